// The annual plan's journey: a district enters and imports its plan and submits it; the
// commission returns it with a comment; the district fixes and resubmits; the commission
// approves; the city roll-up shows it.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./e2e-db";
import { signIn } from "./helpers";

const HEADERS = [
  "小区名称",
  "小区地址",
  "改造面积(平方米)",
  "受益户数",
  "楼栋数",
  "计划投资(万元)",
  "计划开工季度",
  "改造内容类别",
  "是否已征求居民意见",
  "备注",
];

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("年度计划");
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function switchUser(page: Page, username: string) {
  await page.context().clearCookies();
  await signIn(page, username);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

test("a plan goes from district entry and import, through return and resubmission, to approval and the roll-up", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "district.yuzhong");
  await page.getByRole("link", { name: "年度计划" }).click();
  await page.getByRole("button", { name: "新建年度计划" }).click();
  await page.waitForURL(/\/district\/plans\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年度改造计划");
  await page.waitForLoadState("networkidle");
  const planUrl = page.url();

  // Names of three in-scope neighbourhoods of the district, from the form's own list.
  const options = await page.locator("#field-neighborhoodId option").allTextContents();
  const [first, second, third] = options.slice(1, 4).map((o) => o.split(/[(\uFF08]/)[0]!.trim());

  // A refusal explains itself in Chinese and keeps what was typed.
  const select = page.getByLabel("小区(仅列出本区县纳入改造范围的小区)");
  await select.selectOption({ label: options[1]! });
  await expect(select).not.toHaveValue("");
  await page.getByLabel("改造面积(平方米)").fill("20000");
  await page.getByLabel("受益户数").fill("250");
  await page.getByLabel("楼栋数").fill("1");
  await page.getByLabel("计划投资(万元)").fill("0");
  await page.getByRole("button", { name: "添加条目" }).click();
  await expect(page.getByTestId("error-investmentWan")).toHaveText("计划投资必须大于0(单位为万元)。");
  await expect(page.getByLabel("改造面积(平方米)")).toHaveValue("20000");
  await page.getByLabel("计划投资(万元)").fill("600");
  await page.getByRole("button", { name: "添加条目" }).click();
  await expect(page.getByTestId("plan-entries")).toContainText(first!);

  // A file with one bad row writes nothing and says which row and why.
  await page.getByLabel("导入Excel文件").setInputFiles({
    name: "计划.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await workbook([
      [second!, "", 12000, 150, 1, 360, "二季度", "基础类、完善类", "是", ""],
      ["不存在的小区", "", 8000, 100, 1, 200, "三季度", "基础类", "否", ""],
    ]),
  });
  await expect(page.getByTestId("import-errors")).toContainText("第3行");
  await expect(page.getByTestId("import-errors")).toContainText("本区县小区名录中没有「不存在的小区」");
  await expect(page.getByTestId("plan-entries")).not.toContainText(second!);

  await page.getByLabel("导入Excel文件").setInputFiles({
    name: "计划.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await workbook([
      [second!, "", 12000, 150, 1, 360, "二季度", "基础类、完善类", "是", ""],
      [third!, "", 8000, 100, 1, 200, 3, "基础类", "否", ""],
    ]),
  });
  await expect(page.getByText("已导入2条。")).toBeVisible();
  await expect(page.getByTestId("plan-entries")).toContainText(third!);
  await page.screenshot({ path: "test-results/plans-district-draft.png", fullPage: true });

  await page.getByRole("button", { name: "报送市住房城乡建委" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已报送待审核");
  await expect(page.getByText("计划已报送,正在等待市住房城乡建委审核")).toBeVisible();

  // The commission returns it with a comment.
  await switchUser(page, "commission");
  await page.goto("/commission/plans");
  await page.getByRole("link", { name: "渝中区" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已报送待审核");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("退回时请写明意见")).toBeVisible();
  await page.getByLabel("审核意见(退回时必填)").fill("请核实第一个小区的受益户数。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已退回修改");

  // The district sees the comment, fixes the entry and resubmits.
  await switchUser(page, "district.yuzhong");
  await page.goto(planUrl);
  await expect(page.getByTestId("return-comment")).toHaveText("请核实第一个小区的受益户数。");
  await page
    .getByTestId("plan-entries")
    .getByRole("row", { name: new RegExp(first!) })
    .getByRole("link", { name: "修改" })
    .click();
  await expect(page.getByLabel("受益户数")).toHaveValue("250");
  await page.getByLabel("受益户数").fill("240");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByTestId("plan-entries").getByRole("row", { name: new RegExp(first!) })).toContainText("240");
  await page.getByRole("button", { name: "重新报送市住房城乡建委" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已报送待审核");

  // The commission sees what changed and approves.
  await switchUser(page, "commission");
  await page.goto("/commission/plans");
  await page.getByRole("link", { name: "渝中区" }).click();
  await expect(page.getByTestId("plan-changes")).toContainText(`修改:${first}`);
  await expect(page.getByTestId("plan-changes")).toContainText("受益户数 250 → 240");
  await page.screenshot({ path: "test-results/plans-commission-review.png", fullPage: true });
  await page.getByRole("button", { name: "批准" }).click();
  // Approval asks first; cancelling changes nothing.
  await expect(page.getByRole("alertdialog")).toContainText("考核基数");
  await page.getByRole("button", { name: "取消" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已报送待审核");
  await page.getByRole("button", { name: "批准" }).click();
  await page.getByRole("button", { name: "确认批准" }).click();
  await expect(page.getByTestId("plan-status")).toHaveText("已批准");

  // The roll-up counts it.
  await page.getByRole("link", { name: "全市汇总" }).click();
  await expect(page.getByTestId("rollup-渝中区")).toBeVisible();
  const cells = page.getByTestId("rollup-渝中区").locator("td");
  await expect(cells.nth(2)).toHaveText("3");
  // The demo's 渝中 2026 projects: one under construction, so 1 of 3 planned has started.
  await expect(cells.nth(6)).toHaveText("1");
  await expect(cells.nth(7)).toHaveText("33.3%");
  // The city adds 渝中's 3 to the demo's other approved 2026 plans: the sum of the district rows.
  const districtRows = page.getByTestId("rollup-table").locator("tbody tr:not([data-testid=rollup-city])");
  const planned = (
    await districtRows.evaluateAll((rows) =>
      rows.map((r) => parseInt(r.querySelectorAll("td")[2]?.textContent ?? "0", 10)),
    )
  ).reduce((a, b) => a + b, 0);
  expect(planned).toBeGreaterThan(3);
  await expect(page.getByTestId("rollup-city").locator("td").nth(2)).toHaveText(String(planned));
  await page.screenshot({ path: "test-results/plans-rollup.png", fullPage: true });

  // No job has taken this month's baseline: the page says so and takes none itself; the button does.
  const monthlySnapshots = async () =>
    Number(
      (await queryE2eDatabase<{ n: string }>(`SELECT count(*) AS n FROM "RollupSnapshot" WHERE kind = 'MONTHLY'`))[0]!
        .n,
    );
  await expect(page.getByTestId("baseline-missing")).toBeVisible();
  await page.reload();
  expect(await monthlySnapshots()).toBe(0);
  await page.getByRole("button", { name: "立即生成快照" }).click();
  await expect(page.getByText(/已生成\d{4}-\d{2}快照/)).toBeVisible();
  expect(await monthlySnapshots()).toBe(1);
  await page.reload();
  await expect(page.getByTestId("baseline-missing")).toHaveCount(0);

  // The commission maintains the targets; 2021's are seeded from the policy.
  await page.goto("/commission/targets?year=2021");
  await expect(page.getByLabel("小区数(个)")).toHaveValue("831");
  await expect(page.getByLabel("受益户数(户)")).toHaveValue("292000");
  await page.screenshot({ path: "test-results/plans-targets.png" });
  await page.goto("/commission/rollup");

  // The bulletin downloads as a workbook.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出通报Excel" }).click();
  expect((await download).suggestedFilename()).toContain("定期通报");
});
