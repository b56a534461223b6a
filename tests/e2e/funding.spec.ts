// The funding journey: a district official opens a project's ledger, records three sources (one
// refused first, with the reason, and corrected), sees the government / residents / society shares
// and the shortfall, then finds the project on the district's summary. Another district cannot
// open the ledger.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a district official records three sources and sees the three shares", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.goto("/district/projects");
  await page.getByRole("link", { name: "大坪片区老旧小区改造" }).click();
  await page.getByTestId("funding-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("资金台账");
  const ledgerUrl = page.url();
  await expect(page.getByTestId("funding-balance")).toHaveAttribute("data-kind", "SHORTFALL");

  const form = page.getByTestId("new-record");
  const record = async (
    source: string,
    status: string,
    planned: string,
    committed: string,
    paid: string,
    ref: string,
  ) => {
    await form.getByLabel("资金来源").selectOption(source);
    await form.getByLabel("状态").selectOption(status);
    await form.getByLabel("计划金额(元)").fill(planned);
    await form.getByLabel("已承诺金额(元)").fill(committed);
    await form.getByLabel("已到位金额(元)").fill(paid);
    await form.getByLabel("文件文号").fill(ref);
    await form.getByRole("button", { name: "登记资金" }).click();
  };

  await record("CENTRAL_SUBSIDY", "COMMITTED", "100000", "100000", "40000", "渝财建〔2026〕88号");
  await expect(form.getByText("已登记。")).toBeVisible();
  await expect(page.getByTestId("funding-records")).toContainText("中央补助资金");

  // A paid record whose payment falls short of the commitment is refused, with the reason, and the typed values stay.
  await record("RESIDENT_DIRECT", "PAID", "20000", "20000", "5000", "业主出资协议");
  await expect(form.getByRole("alert")).toContainText("状态为“已到位”时,到位金额应等于已承诺金额");
  await expect(form.getByLabel("计划金额(元)")).toHaveValue("20000");
  await form.getByLabel("已到位金额(元)").fill("20000");
  await form.getByRole("button", { name: "登记资金" }).click();
  await expect(form.getByText("已登记。")).toBeVisible();

  await record("UTILITY_COMPANY", "PLANNED", "30000", "0", "0", "燃气公司承诺函");
  await expect(form.getByText("已登记。")).toBeVisible();
  await expect(page.getByTestId("funding-records").locator("tbody tr")).toHaveCount(3);

  // 100 000 + 20 000 + 30 000 yuan planned: government 66.7%, residents 13.3%, society 20.0%.
  await expect(page.getByTestId("share-GOVERNMENT-percent")).toHaveText("66.7%");
  await expect(page.getByTestId("share-RESIDENTS-percent")).toHaveText("13.3%");
  await expect(page.getByTestId("share-SOCIETY-percent")).toHaveText("20.0%");
  await expect(page.getByTestId("share-GOVERNMENT-planned")).toHaveText("10 万元");
  await expect(page.getByTestId("by-source")).toContainText("水电气讯等专营单位");
  await expect(page.getByTestId("funding-balance")).toContainText("资金缺口");
  await page.screenshot({ path: "test-results/funding-ledger.png", fullPage: true });

  // The district summary lists the project with its funding, and offers the export.
  await page.getByRole("link", { name: "资金汇总" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("渝中区");
  await expect(page.getByTestId("funding-shares")).toBeVisible();
  await expect(page.getByTestId("project-funding").getByRole("row", { name: /大坪片区老旧小区改造/ })).toContainText(
    "15 万元",
  );
  await page.screenshot({ path: "test-results/funding-district.png", fullPage: true });
  const download = await page.request.get("/district/funding/export");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");

  // Another district's official gets "not found" for this ledger.
  await page.context().clearCookies();
  await signIn(page, "district.jiangbei");
  await expect(page).toHaveURL(/\/district$/);
  const response = await page.goto(ledgerUrl);
  expect(response?.status()).toBe(404);
});

test("the lift cost split: an owner's payment is marked, recomputing is then refused, the resident sees their share, the commission reads the city", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const district = await (await browser.newContext()).newPage();
  await signIn(district, "district.yuzhong");
  await expect(district).toHaveURL(/\/district$/);
  await district.goto("/district/projects");
  await district.getByRole("link", { name: "枇杷山正街片区老旧小区改造" }).click();
  await district.getByTestId("funding-link").click();
  await expect(district).toHaveURL(/\/district\/projects\/[^/]+\/funding$/);
  const projectId = district.url().split("/").at(-2)!;
  await district.getByTestId("lift-items").getByRole("link").first().click();
  await expect(district.getByRole("heading", { level: 1 })).toContainText("加装电梯费用分摊");
  // The demo split: the parts add up to the residents' share after the subsidy.
  const residents = (await district.getByTestId("residents-total").innerText()).replace(/^.*居民分摊\s*/, "");
  await expect(district.getByTestId("shares-total")).toContainText(residents);

  const top = district.getByTestId("lift-shares").locator("tbody tr").last();
  await expect(top.getByTestId("share-payment")).toHaveText("未缴");
  await top.getByRole("combobox").selectOption("PROVIDENT_FUND");
  await top.getByRole("button", { name: "登记" }).click();
  await expect(top.getByTestId("share-payment")).toContainText("已缴(提取公积金)");
  await district.getByRole("button", { name: "重新计算分摊" }).click();
  await expect(district.getByTestId("split-lift").getByRole("alert")).toContainText(
    "已有 1 户登记缴纳,不能重新计算分摊",
  );
  await district.screenshot({ path: "test-results/funding-lift.png", fullPage: true });
  // The district's table (the demo starts from the default) is what the split used.
  await district.goto("/district/funding/lift-coefficients");
  await expect(district.getByLabel("2 层", { exact: true })).toHaveValue("0");
  await expect(district.getByLabel("3 层", { exact: true })).toHaveValue("0.6");
  await expect(district.getByLabel("33 层", { exact: true })).toHaveValue("6.6");

  // The resident of the unit's first-floor dwelling sees their own share: nothing to pay.
  const resident = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(resident, "resident.demo");
  await expect(resident).toHaveURL(/\/resident$/);
  await resident.goto(`/resident/projects/${projectId}`);
  await expect(resident.getByTestId("lift-share-none")).toHaveText("本户无需分摊费用");
  await expect(resident.getByTestId("my-lift-share")).not.toContainText("未缴");
  await expect(resident.getByTestId("my-lift-share")).toContainText("1 层");

  // The commission reads every district's funding and each ledger, without the forms.
  const commission = await (await browser.newContext()).newPage();
  await signIn(commission, "commission");
  await expect(commission).toHaveURL(/\/commission$/);
  await commission.getByRole("link", { name: "资金汇总" }).click();
  await expect(commission.getByTestId("by-district")).toContainText("渝中区");
  await expect(commission.getByTestId("by-district")).toContainText("江北区");
  await commission.screenshot({ path: "test-results/funding-city.png", fullPage: true });
  await commission.getByTestId("by-district").getByRole("link", { name: "渝中区" }).click();
  await expect(commission.getByRole("heading", { level: 1 })).toContainText("渝中区");
  await commission.goto(`/district/projects/${projectId}/funding`);
  await expect(commission.getByTestId("funding-shares")).toBeVisible();
  await expect(commission.getByTestId("new-record")).toHaveCount(0);
});
