// Every page and every GET route handler, asked through the running server with generated URL
// parameters (fast-check): ids in the path, page numbers, years, months, filters, search text —
// real ids found by following the app's own links, mixed with what an attacker types (NUL bytes,
// broken UTF-8 such as a lone surrogate's bytes, numbers past 32 bits, "0x10", impossible dates,
// path tricks). The answer is a page, a redirect or a 4xx with a message — never a 5xx.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { ROUTE_HANDLERS } from "../../src/lib/route-registry";
import { signIn } from "./helpers";

/** Every page.tsx, as its URL pattern: route groups dropped, [param] kept. */
function pagePatterns(): string[] {
  const root = path.resolve(import.meta.dirname, "../../src/app");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "page.tsx")
    .map(
      (f) =>
        `/${path
          .dirname(f)
          .split(path.sep)
          .filter((s) => s !== "." && !/^\(.*\)$/.test(s))
          .join("/")}`,
    )
    .map((p) => (p === "/" ? p : p.replace(/\/$/, "")))
    .sort();
}

const GET_ROUTES = ROUTE_HANDLERS.filter((r) => r.methods.includes("GET")).map((r) => r.path);

/** Who asks for a URL: the role whose page it is (district pages also as the commission, which reads them city-wide). */
function askers(pattern: string): string[] {
  if (pattern.startsWith("/admin")) return ["admin"];
  if (pattern.startsWith("/commission")) return ["commission"];
  if (pattern.startsWith("/department/") || pattern === "/department" || pattern.startsWith("/api/department-tasks"))
    return ["dept.scjgj"];
  if (pattern.startsWith("/resident")) return ["resident.demo"];
  if (pattern.startsWith("/district") || pattern.startsWith("/api/consultation") || pattern.startsWith("/api/feedback"))
    return ["district.yuzhong", "commission"];
  if (["/login", "/progress", "/b", "/api/health", "/api/v1/public/progress"].includes(pattern)) return ["anonymous"];
  return ["district.yuzhong"]; // the shared pages: /, /account, /notifications, /departments
}

/**
 * The query keys pages and routes read (a superset: an unknown key is ignored, so every page gets
 * all of them), each with values it takes when used as meant — so a generated address has one or
 * two wrong values among right ones, and the wrong one reaches the code behind the others.
 */
const QUERY_KEYS: Record<string, string[]> = {
  page: ["1", "2"],
  q: ["%E5%B0%8F%E5%8C%BA", "1-1"],
  year: ["2026", "2025"],
  month: ["2026-03", "2026-11"],
  district: [],
  street: [],
  stage: ["CONSULTATION", "NONE"],
  status: ["OPEN", "active", "SUBMITTED"],
  eligible: ["yes"],
  progress: ["started"],
  role: ["DISTRICT"],
  department: [],
  edit: [],
  neighborhood: [],
  items: ["B01"],
  building: ["1%E6%A0%8B"],
  unit: ["1%E5%8D%95%E5%85%83"],
  dwelling: [],
  removed: ["1"],
  mobile: ["13800000000"],
  overdue: ["1"],
  owners: ["1"],
  format: ["csv", "json"],
  next: ["%2Fdistrict"],
  signedOut: ["1"],
  ok: ["1"],
  error: ["1"],
  code: ["ABCD-EFGH"],
};

/** Values as they travel in a URL, already percent-encoded — including bytes no browser would send. */
const RAW_VALUES = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "%ED%BF%BF",
  "%F0%9F%98",
  "%FF%FE",
  "%C0%AF",
  "%",
  "%%",
  "%zz",
  "%u0000",
  "0",
  "-1",
  "1.5",
  "0x10",
  "1e3",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "%201%20",
  "2147483647",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "99999999999999999999999",
  "2026",
  "2026-02-30",
  "2026-13",
  "2026-00",
  "0001",
  "9999",
  "0001-01-01",
  "9999-12-31",
  "2026-02-30T25%3A61",
  "true",
  "on",
  "null",
  "undefined",
  "%5B%5D",
  "%7B%7D",
  "__proto__",
  "constructor",
  "..%2F..%2Fetc%2Fpasswd",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201%3D1--",
  "%E6%B8%9D%E4%B8%AD%E5%8C%BA",
  "a".repeat(3000),
  "DISTRICT",
  "COMMISSION",
  "OPEN",
  "yes",
  "started",
  "Q1",
];

/** Percent-encodes a JavaScript string, lone surrogates too (as the bytes a careless client sends for them). */
function encodeLoose(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out +=
      code >= 0xd800 && code <= 0xdfff
        ? `%ED%${(0xa0 + ((code >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`
        : encodeURIComponent(ch);
  }
  return out;
}

function valueArbitrary(realIds: string[]) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...RAW_VALUES) },
    { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map(encodeLoose) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.integer(), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.double({ noNaN: false }))
        .map((n) => encodeURIComponent(String(n))),
    },
    { weight: realIds.length ? 3 : 0, arbitrary: realIds.length ? fc.constantFrom(...realIds) : fc.constant("x") },
  );
}

function queryArbitrary(realIds: string[]) {
  const wrong = valueArbitrary(realIds);
  const pairs = Object.entries(QUERY_KEYS).map(([key, meant]) => {
    const right = meant.length
      ? fc.constantFrom(...meant)
      : realIds.length
        ? fc.constantFrom(...realIds)
        : fc.constant("1");
    // Most keys absent; a present one is usually right, sometimes wrong.
    const present = fc
      .oneof({ weight: 2, arbitrary: right }, { weight: 1, arbitrary: wrong })
      .map((v): string | null => `${key}=${v}`);
    return fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: present });
  });
  return fc.tuple(...pairs).map((all) => all.filter((p): p is string => p !== null).join("&"));
}

const RUNS_PER_TARGET = Number(process.env.QUERY_FUZZ_RUNS ?? 16);

type Session = { who: string; request: APIRequestContext };

async function sessionFor(browser: Browser, who: string, baseURL: string): Promise<Session> {
  const context = await browser.newContext({ baseURL });
  if (who !== "anonymous") {
    const page = await context.newPage();
    await signIn(page, who);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.close();
  }
  return { who, request: context.request };
}

/**
 * A few ids of every table of the server's database, when it is PostgreSQL (as in CI): an id of
 * the right kind where the demo data has one, of the wrong kind otherwise — both are what a
 * hand-edited URL carries. The embedded database is not reachable from here; the crawl is then all.
 */
async function databaseIds(): Promise<string[]> {
  if (!process.env.TEST_DATABASE_URL) return [];
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/renew_e2e_${Number(process.env.E2E_PORT ?? 3100)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'text' ORDER BY table_name`,
    );
    const ids: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query<{ id: string }>(`SELECT id FROM "public"."${table_name}" ORDER BY id LIMIT 3`);
      ids.push(...rows.rows.map((r) => r.id));
    }
    return ids;
  } finally {
    await client.end();
  }
}

const toRegex = (pattern: string) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "([^/?#]+)")}$`);

test("every page and GET route answers generated parameters with a page or a 4xx message, never a 5xx", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const patterns = [...new Set([...pagePatterns(), ...GET_ROUTES])];
  expect(patterns.length).toBeGreaterThan(70);
  const dynamic = patterns.filter((p) => p.includes("["));
  const realIds = new Map<string, Set<string>>(dynamic.map((p) => [p, new Set<string>()]));

  const sessions = new Map<string, Session>();
  const session = async (who: string) => {
    if (!sessions.has(who)) sessions.set(who, await sessionFor(browser, who, baseURL!));
    return sessions.get(who)!;
  };

  // Real ids: follow the links of every page without parameters, then of the pages found, as each asker.
  const visited = new Set<string>();
  let frontier = patterns.filter((p) => !p.includes("[") && !p.startsWith("/api"));
  for (let round = 0; round < 3 && frontier.length; round++) {
    const next: string[] = [];
    for (const url of frontier) {
      const pattern = dynamic.find((p) => toRegex(p).test(url)) ?? url;
      for (const who of askers(pattern)) {
        if (visited.has(`${who} ${url}`)) continue;
        visited.add(`${who} ${url}`);
        const response = await (await session(who)).request.get(url, { maxRedirects: 0 });
        if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
        for (const [, href] of (await response.text()).matchAll(/href="([^"?#]+)/g)) {
          const target = dynamic.find((p) => toRegex(p).test(href!));
          if (!target) continue;
          const ids = realIds.get(target)!;
          if (ids.size < 6 && !ids.has(href!)) {
            ids.add(href!);
            next.push(href!);
          }
        }
      }
    }
    frontier = next;
  }
  const idsFromUrls = (pattern: string) =>
    [...(realIds.get(pattern) ?? [])].flatMap((url) => toRegex(pattern).exec(url)!.slice(1));
  const fromDatabase = await databaseIds();
  const everyRealId = [...new Set([...dynamic.flatMap(idsFromUrls), ...fromDatabase])];

  let inputs = 0;
  const statuses: Record<string, number> = {};
  const fiveHundreds: string[] = [];
  const silent4xx: string[] = [];
  for (const pattern of patterns) {
    const ownIds = dynamic.includes(pattern) ? idsFromUrls(pattern) : [];
    const ids = [...ownIds, ...(ownIds.length ? fromDatabase.slice(0, 20) : everyRealId)];
    const segments = (pattern.match(/\[[^\]]+\]/g) ?? []).map(() =>
      valueArbitrary(ids).filter((v) => v.length > 0 && v !== "." && v !== ".."),
    );
    const arbitrary = fc.tuple(fc.tuple(...segments), queryArbitrary(everyRealId));
    for (const who of askers(pattern)) {
      const { request } = await session(who);
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([values, query]) => {
          let i = 0;
          const url = `${pattern.replace(/\[[^\]]+\]/g, () => values[i++]!)}${query ? `?${query}` : ""}`;
          inputs += 1;
          const response = await request.get(url, { maxRedirects: 0 });
          const status = response.status();
          const bucket = `${who === "anonymous" ? "anonymous" : "signed-in"} ${status}`;
          statuses[bucket] = (statuses[bucket] ?? 0) + 1;
          if (status >= 500) fiveHundreds.push(`${status} ${who} ${url.slice(0, 300)}`);
          else if (status >= 400 && !(await response.text()).trim())
            silent4xx.push(`${status} ${who} ${url.slice(0, 300)}`);
        }),
        { numRuns: RUNS_PER_TARGET, seed: 2026, endOnFailure: true },
      );
    }
  }
  console.log(
    `query parameters fuzzed: ${patterns.length} pages and routes (${dynamic.length} with path parameters, real ids for ${[...realIds.values()].filter((s) => s.size).length}), ` +
      `${fromDatabase.length} ids from the database, ${inputs} generated requests, ${fiveHundreds.length} answered 5xx; answers ${JSON.stringify(statuses)}; ` +
      `no real id found for ${dynamic.filter((p) => !realIds.get(p)!.size).join(", ")}`,
  );
  // The signed-in askers reached their pages (not only the login page): many inputs were answered with the page itself.
  expect(statuses["signed-in 200"] ?? 0).toBeGreaterThan(inputs / 4);
  expect(fiveHundreds).toEqual([]);
  expect(silent4xx).toEqual([]);
});
