// Each role's dashboard and the public progress page: they load on the demo data, show figures
// that link to their records, a screenshot of each is saved, and axe finds no serious or critical
// accessibility violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

test("the commission's dashboard: targets, ranking, tile map, funnel, follow-up list", async ({ page }) => {
  await signIn(page, "commission");
  await expect(page).toHaveURL(/\/commission$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("全市工作台");
  await expect(page.getByTestId("tile-map").getByRole("link")).toHaveCount(38);
  await expect(page.getByTestId("funnel-table")).toContainText("施工");
  // The demo's 2026 plans: the approved districts ranked by start rate, a laggard among them.
  await page.goto("/commission?year=2026");
  await expect(page.getByTestId("ranking-table").locator("tbody tr")).toHaveCount(10);
  await expect(page.getByTestId("rank-大渡口区")).toContainText("100%");
  await expect(page.getByTestId("rank-大渡口区")).toContainText("正常");
  await expect(page.getByTestId("rank-万州区")).toHaveClass(/bg-red-50/);
  await shot(page, "commission-2026");
  // The demo's 2025 projects: a year is chosen in the URL.
  await page.getByLabel("年度").fill("2025");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/year=2025/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2025年");
  const started = page.getByTestId("kpi-started").getByRole("link");
  const count = Number(await started.textContent());
  expect(count).toBeGreaterThan(0);
  await shot(page, "commission");
  await noSeriousViolations(page);
  // The started figure opens the neighbourhoods it counts.
  await started.click();
  await expect(page).toHaveURL(/\/district\/neighborhoods\?progress=started&year=2025/);
  await expect(page.getByTestId("progress-filter")).toBeVisible();
  await expect(page.getByTestId("neighborhood-list").locator("tbody tr")).toHaveCount(count);
});

test("a district's dashboard: its own figures and to-do list", async ({ page }) => {
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("区县工作台");
  await expect(page.getByText("渝中区的改造进度与待办")).toBeVisible();
  await expect(page.getByTestId("district-todo")).toBeVisible();
  await expect(page.getByTestId("overdue-milestones")).not.toContainText("江北");
  await shot(page, "district");
  await noSeriousViolations(page);
});

test("a department's dashboard: its queue in numbers", async ({ page }) => {
  await signIn(page, "dept.scjgj");
  await expect(page).toHaveURL(/\/department$/);
  await expect(page.getByTestId("queue-open")).toBeVisible();
  await expect(page.getByRole("link", { name: "进入任务列表" })).toHaveAttribute("href", "/department/tasks");
  await shot(page, "department");
  await noSeriousViolations(page);
});

test("the resident follows the project as a timeline on a phone, also without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const phone = { baseURL, viewport: { width: 390, height: 844 }, locale: "zh-CN" };
  const withJs = await browser.newContext(phone);
  const page = await withJs.newPage();
  await signIn(page, "resident.demo");
  await expect(page).toHaveURL(/\/resident$/);
  await expect(page.getByTestId("project-timeline").first()).toContainText("当前阶段");
  // Nothing wider than the phone's screen; axe runs with JavaScript on.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await noSeriousViolations(page);
  const storageState = await withJs.storageState();
  await withJs.close();

  // The same page with JavaScript off: everything is there as plain HTML.
  const noJs = await browser.newContext({ ...phone, storageState, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto("/resident");
  const timeline = plain.getByTestId("project-timeline").first();
  await expect(timeline).toContainText("当前阶段");
  await expect(timeline).toContainText("要改造的内容");
  // The demo resident's project is in consultation: no "report a problem" button leading to a page
  // without a form (reports open in construction, ratings after completion).
  await expect(timeline).toContainText("当前阶段:征求意见");
  await expect(timeline.getByRole("link", { name: /反映|评价/ })).toHaveCount(0);
  await shot(plain, "resident");
  await noJs.close();
});

test("the public progress page and its open data need no sign-in", async ({ page, request }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: /查看全市老旧小区改造进度/ }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("全市老旧小区改造进度");
  await page.goto("/progress?year=2026");
  await expect(page.getByTestId("public-target")).not.toContainText("未公布");
  await expect(page.getByTestId("public-districts")).toContainText("渝北区");
  // The chart says what its bars measure, without JavaScript too (a caption, not only the SVG).
  await expect(page.getByTestId("chart-legend")).toHaveText("已开工小区数(个)");
  await shot(page, "public-2026");
  await page.goto("/progress?year=2025");
  await expect(page.getByTestId("public-districts")).toContainText("渝中区");
  await expect(page.getByText("政策简介")).toBeVisible();
  await shot(page, "public");
  await noSeriousViolations(page);

  const json = await request.get("/api/v1/public/progress?year=2025");
  expect(json.status()).toBe(200);
  expect(json.headers()["cache-control"]).toBe("public, max-age=300");
  expect((await json.json()).city.startedNeighborhoods).toBeGreaterThan(0);
  const csv = await request.get("/api/v1/public/progress?year=2025&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await request.get("/api/v1/public/progress?year=1900")).status()).toBe(400);
});
