// A lift decided by its stairwell unit: the district registers a neighbourhood and its owners from
// its own Excel sheet, creates a project with a lift for one unit on the new-project form with
// JavaScript off (refused first without a unit), opens the ballot and sees what each threshold
// lacks; a resident of that unit, on a phone with JavaScript off, sees their household's estimated
// share and votes; a resident of the other unit is not asked.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const HEADERS = [
  "楼栋",
  "楼栋层数",
  "单元",
  "有无电梯",
  "房号",
  "所在楼层",
  "专有部分面积(平方米)",
  "业主姓名",
  "业主身份证号",
  "业主电话",
  "共有人姓名",
  "共有人身份证号",
];
// Valid check characters (GB 11643). 孙 owns a flat in each unit; 4-1 has a co-owner.
const SUN = "500103195203041239";
const ZHOU = "500103198001015677";
const WU = "500103197507070011";
const NEIGHBORHOOD = "电梯单元测试小区";
const PROJECT = "电梯单元表决测试项目";
const PASSWORD = "Jiefangbei-Lantern-2026!";
const chinaLocal = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

async function official(browser: Browser): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 900 }, javaScriptEnabled: true })
  ).newPage();
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  return page;
}

async function register(phone: Page, code: string, mobile: string) {
  await phone.goto("/b");
  await phone.getByLabel("绑定码").fill(code);
  await phone.getByLabel("手机号码").fill(mobile);
  await phone.getByLabel("设置密码").fill(PASSWORD);
  await phone.getByLabel("再次输入密码").fill(PASSWORD);
  await phone.getByRole("button", { name: "注册并绑定房屋" }).click();
  await expect(phone).toHaveURL(/\/resident\?ok=bound$/);
}

test("a lift for one stairwell unit: its households see their share and vote, the next unit is not asked", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const district = await official(browser);

  // The neighbourhood, its dwellings and owners, from the district's own sheet: unit 1 on floors 3–4, unit 2 beside it.
  const dir = await mkdtemp(path.join(os.tmpdir(), "renew-lifts-"));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("房屋");
  sheet.addRow(HEADERS);
  for (const row of [
    ["1栋", 6, "1单元", "无", "3-1", 3, 70, "孙美兰", SUN, "13812340001", "", ""],
    ["1栋", 6, "1单元", "无", "4-1", 4, 80.5, "周建国", ZHOU, "", "吴秀英", WU],
    ["1栋", 6, "2单元", "无", "3-1", 3, 65, "孙美兰", SUN, "", "", ""],
  ])
    sheet.addRow(row);
  const file = path.join(dir, "dwellings.xlsx");
  await wb.xlsx.writeFile(file);

  await district.goto("/district/neighborhoods/new");
  await district.getByLabel("小区名称").fill(NEIGHBORHOOD);
  await district.getByLabel("地址").fill("测试路 18 号");
  await district.getByLabel("建成年份").fill("1994");
  await district.getByRole("button", { name: "保存" }).click();
  await expect(district.getByRole("heading", { level: 1, name: NEIGHBORHOOD })).toBeVisible();
  const neighborhoodId = district.url().split("/").pop()!;
  await district.getByLabel("Excel 文件").setInputFiles(file);
  await district.getByRole("button", { name: "导入", exact: true }).click();
  await expect(district.getByTestId("import-result")).toContainText("新增楼栋 1 栋、单元 2 个、房屋 3 户");
  await expect(district.getByTestId("import-result")).toContainText("登记业主 4 位");

  // The project, on the new-project form with JavaScript off: find the neighbourhood, list its
  // units, and a lift line without a unit is refused at the field with what was typed kept.
  const form = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
  ).newPage();
  await signIn(form, "district.yuzhong");
  await expect(form).toHaveURL(/\/district$/);
  await form.goto("/district/projects/new");
  await form.getByLabel("项目名称").fill(PROJECT);
  await form.getByLabel("计划年度").fill("2027");
  await form.getByLabel("查找小区").fill(NEIGHBORHOOD);
  await form.getByRole("button", { name: "查找", exact: true }).click();
  await expect(form.getByLabel("项目名称")).toHaveValue(PROJECT);
  await form.getByRole("checkbox", { name: new RegExp(NEIGHBORHOOD) }).check();
  await expect(form.getByTestId("new-lift-units")).toContainText("请先勾选小区");
  await form.getByRole("button", { name: "列出所选小区的楼栋和单元" }).click();
  const units = form.getByTestId("new-lift-units");
  await expect(units.getByRole("checkbox", { name: /^1栋1单元/ })).toBeVisible();
  await expect(units.getByRole("checkbox", { name: /^1栋2单元/ })).toBeVisible();
  await expect(form.getByRole("checkbox", { name: new RegExp(NEIGHBORHOOD) })).toBeChecked();
  await form.getByRole("checkbox", { name: "B01 供水设施改造" }).check();
  await form.getByLabel("供水设施改造数量").fill("1");
  await form.getByLabel("供水设施改造估算费用(元)").fill("100000");
  await form.getByRole("checkbox", { name: "I07 加装电梯" }).check();
  await form.getByLabel("加装电梯估算费用(元)").fill("300000");
  await form.getByRole("button", { name: "创建项目" }).click();
  await expect(form.getByTestId("error-units")).toContainText("请选择楼栋和至少一个单元");
  await expect(form.getByLabel("加装电梯估算费用(元)")).toHaveValue("300000");
  await expect(form.getByLabel("项目名称")).toHaveValue(PROJECT);
  await expect(form.getByRole("checkbox", { name: "B01 供水设施改造" })).toBeChecked();
  await form.screenshot({ path: "test-results/lifts-new-project-refused.png", fullPage: true });
  await form
    .getByTestId("new-lift-units")
    .getByRole("checkbox", { name: /^1栋1单元/ })
    .check();
  await form.getByRole("button", { name: "创建项目" }).click();
  await expect(form.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expect(form.getByRole("cell", { name: "加装电梯 · 1栋1单元" })).toBeVisible();
  await expect(form.getByRole("cell", { name: /加装电梯 · 1栋2单元/ })).toHaveCount(0);
  const projectUrl = form.url();
  await form.context().close();

  await district.goto(projectUrl);
  await district.getByRole("button", { name: "推进到“征求意见”" }).click();
  await expect(district.getByTestId("project-stage")).toHaveText("征求意见");

  // On the project page too a lift needs a unit; 1栋1单元 already has its lift item.
  const add = district.getByTestId("add-item");
  await add.getByLabel("改造内容").selectOption({ label: "I07 加装电梯(完善类)" });
  await add.getByLabel("数量").fill("1");
  await add.getByLabel("估算费用(元)").fill("300000");
  await add.getByRole("button", { name: "增加改造内容" }).click();
  await expect(add.getByTestId("error-unitIds")).toContainText("请选择楼栋和至少一个单元");
  await expect(add.getByLabel("估算费用(元)")).toHaveValue("300000");
  await expect(add.getByRole("checkbox", { name: /^1栋1单元/ })).toBeDisabled();
  await district.screenshot({ path: "test-results/lifts-project.png", fullPage: true });

  // The ballot, open for two hours.
  await district.goto("/district/consultations");
  const open = district
    .locator("[data-testid^=open-ballot-]")
    .filter({ has: district.locator(`input[name=title][value^="${PROJECT}"]`) });
  await open.getByLabel("开始时间").fill(chinaLocal(-30));
  await open.getByLabel("截止时间").fill(chinaLocal(120));
  await open.getByRole("button", { name: "发起表决" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const ballotUrl = district.url();
  // Unit 1: 2 owners, 150.50 m²; two thirds are 2 owners and 100.34 m².
  const liftRow = district.getByTestId("official-item").filter({ hasText: "加装电梯(1栋1单元)" });
  await expect(liftRow.getByTestId("participation-gap")).toHaveText("还差 2 户、100.34 m² 达到参与门槛");

  // While the ballot counts them, the dwellings' owners, areas and existence wait for its close.
  await district.goto(`/district/neighborhoods/${neighborhoodId}/dwellings`);
  await district.getByTestId("dwellings").getByRole("link", { name: "1栋1单元3-1" }).click();
  await expect(district.getByTestId("open-ballot-note")).toContainText(`表决“${PROJECT}`);
  await district.getByLabel("确认删除该房屋(删除后不能恢复)").check();
  await district.getByRole("button", { name: "删除该房屋" }).click();
  await expect(district.getByTestId("remove-message")).toContainText("表决结束前不能删除本户");
  await district.getByTestId("edit-dwelling").getByLabel("专有部分面积(平方米)").fill("71");
  await district.getByRole("button", { name: "保存房屋信息" }).click();
  await expect(district.getByTestId("error-area")).toContainText("面积在表决结束前不能修改");

  // Letters for both units.
  await district.goto(`/district/consultations/codes/${neighborhoodId}`);
  await district.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  const codeOf = async (heading: string) =>
    (await district
      .getByTestId("code-letter")
      .filter({ has: district.getByRole("heading", { name: heading }) })
      .getByTestId("code")
      .textContent())!.trim();
  const unit1Code = await codeOf("1栋1单元 4-1室 业主:");
  const unit2Code = await codeOf("1栋2单元 3-1室 业主:");

  // The resident of 1栋1单元 4-1, JavaScript off: their share and the provident fund, then the vote.
  await register(page, unit1Code, "13912347001");
  await page.getByRole("link", { name: `${PROJECT} · 改造内容表决` }).click();
  const lift = page.getByTestId("ballot-item").filter({ hasText: "加装电梯(1栋1单元)" });
  // 300,000.00 yuan over 0.6 × 70.00 and 0.8 × 80.50: 4-1 carries 64.4 / 106.4, to the fen.
  await expect(lift.getByTestId("lift-share-amount")).toHaveText("181,578.95 元");
  await expect(lift.getByTestId("provident-fund")).toContainText("可以提取住房公积金");
  await page.screenshot({ path: "test-results/lifts-resident-share.png", fullPage: true });
  await lift.getByRole("button", { name: "同意", exact: true }).click();
  await expect(page.getByTestId("flash-ok")).toContainText("已记录您家的选择");
  await expect(
    page.getByTestId("ballot-item").filter({ hasText: "加装电梯(1栋1单元)" }).getByTestId("current-choice"),
  ).toContainText("同意");

  // The resident of 1栋2单元 is not asked about 1栋1单元's lift.
  const other = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
  ).newPage();
  await register(other, unit2Code, "13912347002");
  await other.getByRole("link", { name: `${PROJECT} · 改造内容表决` }).click();
  await expect(other.getByRole("heading", { level: 2, name: /1栋2单元 3-1/ })).toBeVisible();
  await expect(other.getByText("加装电梯(1栋1单元)")).toHaveCount(0);
  await expect(other.getByTestId("ballot-item")).toHaveCount(0);

  // The district sees the vote in the live arithmetic.
  await district.goto(ballotUrl);
  await expect(liftRow.getByTestId("participation-gap")).toHaveText("还差 1 户、19.84 m² 达到参与门槛");
  await expect(liftRow.getByTestId("turnout")).toContainText("1/2 户");
  await expect(liftRow.getByTestId("turnout")).toContainText("80.50/150.50 m²");
  await district.screenshot({ path: "test-results/lifts-district-ballot.png", fullPage: true });
});
