// Every page of every role (and the public pages), in Chinese and in English: each answers with
// a page (never ≥ 400 where a page was expected), without a serious or critical axe violation, with
// its title in the user's language, without Chinese wording in English mode (text that is not
// data: names of districts, neighbourhoods, departments, people… as stored, or marked lang="zh-CN"
// such as a printed document or a policy's title), and with every rate equal to the numbers shown
// with it. The findings are written page by page to test-results/sweep/.
// A page file the sweep does not visit fails the first test, so new pages join it.
import { readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-db";
import { signIn } from "./helpers";
import { chineseLeftovers, collectRates, collectText, rateProblems, type RateSample } from "./sweep-checks";

type Visit = {
  /** The page file's route, e.g. /district/projects/[id]. */
  route: string;
  /** The address, or how to find it: the first link on `from` matching `link`, plus `suffix`. */
  path?: string;
  from?: string;
  /** …or on the page of a route visited before. */
  fromRoute?: string;
  link?: RegExp;
  /** Of the matching links, the first whose text holds this. */
  text?: string;
  suffix?: string;
  /** …or the page of `fromRoute` with this select (by test id) set to its first choice, as its GET form sends it. */
  choose?: string;
  /** The visit's name when a route is visited twice (e.g. with and without a choice). */
  key?: string;
};

const id = "[^/?#]+";
const SWEEP: Record<string, Visit[]> = {
  anonymous: [
    { route: "/", path: "/" },
    { route: "/login", path: "/login" },
    { route: "/b", path: "/b" },
    { route: "/progress", path: "/progress" },
  ],
  admin: [
    { route: "/admin", path: "/admin" },
    { route: "/admin/accounts", path: "/admin/accounts" },
    { route: "/admin/accounts/new", path: "/admin/accounts/new" },
    { route: "/admin/accounts/import", path: "/admin/accounts/import" },
    {
      route: "/admin/accounts/[id]",
      from: "/admin/accounts",
      link: new RegExp(`^/admin/accounts/(?!new|import)${id}$`),
    },
    { route: "/admin/departments", path: "/admin/departments" },
    { route: "/account", path: "/account" },
    { route: "/account/password", path: "/account/password" },
    { route: "/notifications", path: "/notifications" },
  ],
  commission: [
    { route: "/commission", path: "/commission" },
    { route: "/commission/consultations", path: "/commission/consultations" },
    { route: "/commission/departments", path: "/commission/departments" },
    { route: "/commission/funding", path: "/commission/funding" },
    { route: "/commission/plans", path: "/commission/plans" },
    { route: "/commission/plans/[id]", from: "/commission/plans", link: new RegExp(`^/commission/plans/${id}$`) },
    { route: "/commission/rollup", path: "/commission/rollup" },
    { route: "/commission/targets", path: "/commission/targets" },
    { route: "/departments", path: "/departments" },
  ],
  "dept.scjgj": [
    { route: "/department", path: "/department" },
    { route: "/department/tasks", path: "/department/tasks" },
    { route: "/department/tasks/[id]", from: "/department/tasks", link: new RegExp(`^/department/tasks/${id}$`) },
  ],
  "district.yuzhong": [
    { route: "/district", path: "/district" },
    { route: "/district/consultations", path: "/district/consultations" },
    {
      route: "/district/consultations/[id]",
      from: "/district/consultations",
      link: new RegExp(`^/district/consultations/(?!codes)${id}$`),
    },
    ...(["follow-up", "forms", "notice", "paper"] as const).map((tail) => ({
      route: `/district/consultations/[id]/${tail}`,
      from: "/district/consultations",
      link: new RegExp(`^/district/consultations/(?!codes)${id}$`),
      suffix: `/${tail}`,
    })),
    // A dwelling chosen: the paper form and the proxy form.
    {
      route: "/district/consultations/[id]/paper",
      key: "paper, a dwelling chosen",
      fromRoute: "/district/consultations/[id]/paper",
      choose: "paper-dwelling-select",
    },
    {
      route: "/district/consultations/codes/[neighborhoodId]",
      from: "/district/consultations",
      link: new RegExp(`^/district/consultations/codes/${id}$`),
    },
    {
      route: "/district/consultations/codes/[neighborhoodId]/print",
      from: "/district/consultations",
      link: new RegExp(`^/district/consultations/codes/${id}$`),
      suffix: "/print",
    },
    { route: "/district/neighborhoods", path: "/district/neighborhoods" },
    { route: "/district/neighborhoods/new", path: "/district/neighborhoods/new" },
    {
      route: "/district/neighborhoods/[id]",
      from: "/district/neighborhoods",
      link: new RegExp(`^/district/neighborhoods/(?!new)${id}$`),
    },
    ...(["assessment", "dwellings", "edit"] as const).map((tail) => ({
      route: `/district/neighborhoods/[id]/${tail}`,
      from: "/district/neighborhoods",
      link: new RegExp(`^/district/neighborhoods/(?!new)${id}$`),
      suffix: `/${tail}`,
    })),
    { route: "/district/dwellings/[id]", from: "/district/owners", link: new RegExp(`^/district/dwellings/${id}$`) },
    { route: "/district/owners", path: "/district/owners" },
    { route: "/district/feedback", path: "/district/feedback" },
    { route: "/district/funding", path: "/district/funding" },
    { route: "/district/funding/lift-coefficients", path: "/district/funding/lift-coefficients" },
    { route: "/district/plans", path: "/district/plans" },
    { route: "/district/projects", path: "/district/projects" },
    { route: "/district/projects/new", path: "/district/projects/new" },
    // The demo resident's project: it has a lift item with a cost split.
    {
      route: "/district/projects/[id]",
      from: "/district/projects",
      link: new RegExp(`^/district/projects/(?!new)${id}$`),
      text: "枇杷山正街片区",
    },
    {
      route: "/district/projects/[id]/funding",
      from: "/district/projects",
      link: new RegExp(`^/district/projects/(?!new)${id}$`),
      text: "枇杷山正街片区",
      suffix: "/funding",
    },
    {
      route: "/district/projects/[id]/funding/lift/[itemId]",
      fromRoute: "/district/projects/[id]/funding",
      link: new RegExp(`^/district/projects/${id}/funding/lift/${id}$`),
    },
    { route: "/district/residents", path: "/district/residents" },
  ],
  // 渝中 has no plan in the demo (a browser test enters one); 江北's is there.
  "district.jiangbei": [
    { route: "/district/plans/[id]", from: "/district/plans", link: new RegExp(`^/district/plans/${id}$`) },
  ],
  "resident.demo": [
    { route: "/resident", path: "/resident" },
    { route: "/resident/bind", path: "/resident/bind" },
    { route: "/resident/ballots/[id]", from: "/resident", link: new RegExp(`^/resident/ballots/${id}$`) },
    { route: "/resident/projects/[id]", from: "/resident", link: new RegExp(`^/resident/projects/${id}$`) },
  ],
};

/** Every page file's route, from src/app (route groups dropped). */
function pageRoutes(dir = path.resolve("src/app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith("(") && name.endsWith(")") ? "" : `/${name}`;
      routes.push(...pageRoutes(full, prefix + segment));
    } else if (name === "page.tsx") {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

test("the sweep visits every page the app has", () => {
  const swept = new Set(
    Object.values(SWEEP)
      .flat()
      .map((v) => v.route),
  );
  expect(
    pageRoutes()
      .filter((route) => !swept.has(route))
      .sort(),
  ).toEqual([]);
});

// The checks themselves, on crafted fragments: each must fail on what it is there to catch.
test("the rate check fails on a rate that does not equal the numbers shown with it", async ({ page }) => {
  const rates = async (html: string) => {
    await page.setContent(`<html><body>${html}</body></html>`);
    return rateProblems(await page.evaluate(collectRates));
  };
  const row = (started: number, planned: number, part: number, shown: string) =>
    `<table><tr><td>全市</td><td>${planned}</td><td>${started}</td><td><span data-rate-part="${part}" data-rate-whole="${planned}">${shown}</span></td></tr></table>`;
  // 43 of 66 is 65.2 %.
  expect(await rates(row(43, 66, 43, "65.2%"))).toEqual([]);
  // The figures: 43 of 66 shown beside 63.6 %, a rate that silently counted 42.
  expect(await rates(row(43, 66, 43, "63.6%"))).toEqual([expect.stringContaining("43 / 66 is 65.15%")]);
  expect(await rates(row(43, 66, 42, "63.6%"))).toEqual([expect.stringContaining("its part 42 is not shown with it")]);
  // …unless the page shows the number the rate counts (and says why).
  expect(
    await rates(
      `<div data-rate-scope><p>已开工 43</p><p>开工率 <span data-rate-part="42" data-rate-whole="66">63.6%</span>,按 42 个计算</p><p>计划 66</p></div>`,
    ),
  ).toEqual([]);
  // Another rate's digits are not the numbers shown with this one; nor are cells run together.
  expect(
    await rates(
      `<table><tr><td>66</td><td>4</td><td>3</td><td><span data-rate-part="43" data-rate-whole="66">65.2%</span></td></tr></table>`,
    ),
  ).toEqual([expect.stringContaining("its part 43 is not shown")]);
  expect(await rates(`<p>43 / 66 <span data-rate-part="43" data-rate-whole="66">65.2%</span></p>`)).toEqual([
    expect.stringContaining("not in a row"),
  ]);
  expect(
    await rates(
      `<table><tr><td>0</td><td>0</td><td><span data-rate-part="0" data-rate-whole="0">0%</span></td></tr></table>`,
    ),
  ).toEqual([expect.stringContaining("should read")]);
  expect(
    await rates(
      `<table><tr><td>0</td><td>0</td><td><span data-rate-part="0" data-rate-whole="0">—</span></td></tr></table>`,
    ),
  ).toEqual([]);
});

test("the Chinese check finds wording, not names that are data", async ({ page }) => {
  await page.setContent(`<html><body>
    <p>Neighbourhood <span>枇杷山正街小区</span>, resident 张*英</p>
    <p>Lifts: 3 台</p>
    <p lang="zh-CN">业主纸质表决票</p>
    <p>Policy: <cite lang="zh-CN">《重庆市人民政府办公厅关于全面推进城镇老旧小区改造和社区服务提升工作的实施意见》</cite></p>
    <p>Feedback: <span>居民自述的问题</span> (as typed)</p>
  </body></html>`);
  expect(
    chineseLeftovers(await page.evaluate(collectText), "枇杷山正街小区\n渝中区\n居民自述的问题,楼道灯不亮"),
  ).toEqual(["台"]);
});

/** Stored names and texts: Chinese in English mode is fine where it is data. */
async function dataTexts(): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const queries = [
      `SELECT name AS t FROM "District" UNION ALL SELECT name FROM "Street" UNION ALL SELECT name FROM "Community"`,
      `SELECT name FROM "Neighborhood" UNION ALL SELECT address FROM "Neighborhood" UNION ALL SELECT notes FROM "Neighborhood"`,
      `SELECT name FROM "Building" UNION ALL SELECT name FROM "StairUnit" UNION ALL SELECT room FROM "Dwelling"`,
      `SELECT name FROM "Department" UNION ALL SELECT text FROM "DepartmentDuty" UNION ALL SELECT title FROM "RoutingRule"`,
      `SELECT "displayName" FROM "User" UNION ALL SELECT name FROM "Project" UNION ALL SELECT note FROM "ProjectItem"`,
      // The catalogue's names and units have English wording (nameEn, unitLabel); its descriptions none.
      `SELECT description FROM "CatalogueItem" UNION ALL SELECT title FROM "Ballot" UNION ALL SELECT title FROM "BallotItem" UNION ALL SELECT description FROM "BallotItem"`,
      `SELECT title FROM "DepartmentTask" UNION ALL SELECT "resultNote" FROM "DepartmentTask" UNION ALL SELECT title FROM "Notification" UNION ALL SELECT body FROM "Notification"`,
      `SELECT body FROM "Feedback" UNION ALL SELECT answer FROM "Feedback" UNION ALL SELECT note FROM "AnnualPlanEntry" UNION ALL SELECT caption FROM "Evidence"`,
      `SELECT comment FROM "PlanReview" UNION ALL SELECT body FROM "PlanReviewComment" UNION ALL SELECT reason FROM "PlanAmendment"`,
      `SELECT "documentRef" FROM "FundingRecord" UNION ALL SELECT note FROM "FundingRecord" UNION ALL SELECT note FROM "ProjectStageChange"`,
      `SELECT description FROM "Project" UNION ALL SELECT "managementNote" FROM "Project" UNION ALL SELECT name FROM "Milestone"`,
    ];
    const texts: string[] = [];
    for (const sql of queries) {
      try {
        // A UNION's column is named after its first SELECT: take each row's only value.
        texts.push(
          ...(await client.query<Record<string, string | null>>(sql)).rows.map((r) => Object.values(r)[0] ?? ""),
        );
      } catch (error) {
        throw new Error(`sweep data query failed: ${sql}\n${String(error)}`);
      }
    }
    return texts.join("\n");
  } finally {
    await client.end();
  }
}

type Finding = {
  role: string;
  route: string;
  locale: string;
  url: string;
  status: number;
  axe: string[];
  chinese: string[];
  ratesChecked: number;
  rates: string[];
};
const findings: Finding[] = [];

async function resolve(page: Page, visit: Visit, resolved: Map<string, string>): Promise<string | null> {
  if (visit.path) return visit.path;
  const from = visit.fromRoute ? resolved.get(visit.fromRoute)! : visit.from!;
  await page.goto(from);
  if (visit.choose) {
    const select = page.getByTestId(visit.choose);
    const name = await select.getAttribute("name");
    const value = await select.locator("option:not([disabled])").first().getAttribute("value");
    return name && value ? `${from}?${new URLSearchParams({ [name]: value })}` : null;
  }
  const links = await page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" })));
  const found = links
    .map((l) => ({ ...l, href: l.href.split("?")[0]!.split("#")[0]! }))
    .find((l) => visit.link!.test(l.href) && (!visit.text || l.text.includes(visit.text)));
  return found ? `${found.href}${visit.suffix ?? ""}` : null;
}

async function setLocale(page: Page, baseURL: string, locale: "zh" | "en") {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

const LOCALE_COOKIE = "locale";
/** Pages whose figures include rates: a sweep that found none there would check nothing. */
const RATE_PAGES = new Set(["/progress", "/commission", "/commission/rollup", "/district"]);

/**
 * The demo has no ballot; the sweep opens one for the demo resident's project (as the district
 * would), so the ballot pages of the district and the resident are visited too.
 */
async function ensureOpenBallot() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ project: string; item: string; matter: string; cost: string; title: string }>(
      `SELECT p.id AS project, pi.id AS item, pi.matter::text AS matter, pi."estimatedCostFen"::text AS cost, c.name AS title
         FROM "Project" p
         JOIN "ProjectNeighborhood" pn ON pn."projectId" = p.id
         JOIN "Neighborhood" n ON n.id = pn."neighborhoodId" AND n.name = '枇杷山正街小区'
         JOIN "ProjectItem" pi ON pi."projectId" = p.id AND pi."unitId" IS NULL
         JOIN "CatalogueItem" c ON c.id = pi."catalogueItemId"
        ORDER BY pi."createdAt" LIMIT 1`,
    );
    const first = rows[0];
    if (!first) throw new Error("sweep: the demo resident's project has no item to ask about");
    const ballotId = `sweep-ballot-${Date.now()}`;
    await client.query(
      `INSERT INTO "Ballot" (id, "projectId", title, status, "opensAt", "closesAt", "updatedAt")
       VALUES ($1, $2, '巡检用表决', 'OPEN', now() - interval '1 day', now() + interval '7 days', now())`,
      [ballotId, first.project],
    );
    await client.query(
      `INSERT INTO "BallotItem" (id, "ballotId", "projectItemId", matter, title, "estimatedCostFen")
       VALUES ($1, $2, $3, $4::"MatterType", $5, $6::bigint)`,
      [`${ballotId}-1`, ballotId, first.item, first.matter, first.title, first.cost],
    );
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await ensureOpenBallot();
});

for (const [who, visits] of Object.entries(SWEEP)) {
  test(`every page of ${who}, in Chinese and in English`, async ({ page, baseURL }) => {
    test.setTimeout(visits.length * 2 * 20_000 + 60_000);
    const data = await dataTexts();
    if (who !== "anonymous") {
      await signIn(page, who);
      await expect(page).not.toHaveURL(/\/login/);
    }
    const addresses = new Map<string, string>();
    for (const visit of visits) {
      const address = await resolve(page, visit, addresses);
      expect(address, `${who}: no link to ${visit.route} on ${visit.from ?? visit.fromRoute}`).not.toBeNull();
      addresses.set(visit.key ?? visit.route, address!);
    }
    for (const locale of ["zh", "en"] as const) {
      await setLocale(page, baseURL!, locale);
      for (const visit of visits) {
        const url = addresses.get(visit.key ?? visit.route)!;
        const response = await page.goto(url);
        const status = response?.status() ?? 0;
        // axe once per page (contrast and structure do not change with the language), to keep CI short.
        const axe =
          locale === "en"
            ? []
            : (await new AxeBuilder({ page }).analyze()).violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
        // Text marked as Chinese (lang="zh…") is left out; stored names and texts are data.
        const chinese = locale === "en" ? chineseLeftovers(await page.evaluate(collectText), data) : [];
        const samples: RateSample[] = await page.evaluate(collectRates);
        const rates = rateProblems(samples);
        findings.push({
          role: who,
          route: visit.route,
          locale,
          url,
          status,
          axe,
          chinese,
          ratesChecked: samples.length,
          rates,
        });
        expect.soft(status, `${who} ${locale} ${url}`).toBeLessThan(400);
        expect.soft(axe, `${who}: axe serious/critical on ${url}`).toEqual([]);
        // Every page's title is in the user's language.
        if (locale === "en") expect.soft(await page.title(), `${who} title of ${url}`).not.toMatch(/\p{Script=Han}/u);
        expect.soft(chinese, `${who}: Chinese wording in English mode on ${url}`).toEqual([]);
        expect.soft(rates, `${who}: rates that disagree with their numbers on ${url}`).toEqual([]);
        if (RATE_PAGES.has(visit.route))
          expect.soft(samples.length, `${who}: no rate marked on ${url}`).toBeGreaterThan(0);
      }
    }
    report(
      who,
      findings.filter((f) => f.role === who),
    );
  });
}

/** One file per role (a failed test restarts the worker, so nothing is kept in memory across tests). */
function report(who: string, mine: Finding[]) {
  mkdirSync("test-results/sweep", { recursive: true });
  writeFileSync(`test-results/sweep/${who}.json`, JSON.stringify(mine, null, 2));
  const axe = mine.reduce((n, f) => n + f.axe.length, 0);
  const chinese = mine.reduce((n, f) => n + f.chinese.length, 0);
  const withChinese = mine.filter((f) => f.chinese.length > 0).length;
  const rates = mine.reduce((n, f) => n + f.ratesChecked, 0);
  const wrongRates = mine.reduce((n, f) => n + f.rates.length, 0);
  console.log(
    `sweep ${who}: ${mine.length} page visits; axe serious/critical nodes ${axe}; Chinese left in English mode ${chinese} (on ${withChinese} visits); rates checked ${rates}, disagreeing ${wrongRates}`,
  );
}
