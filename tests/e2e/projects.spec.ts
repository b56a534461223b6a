// The district's journey: register a neighbourhood, import its dwellings from Excel (a bad file
// first), create a project, move it through two stages with a photo, see a refusal explained —
// and another district cannot open any of it.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const HEADERS = ["楼栋", "楼栋层数", "单元", "有无电梯", "房号", "所在楼层", "专有部分面积(平方米)"];
// A real 1×1 PNG, so the thumbnail renders.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function workbook(dir: string, name: string, rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("房屋");
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

test("a district official registers by Excel import, creates a project and moves it two stages with evidence", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "renew-e2e-"));
  const bad = await workbook(dir, "bad.xlsx", [
    ["1栋", 6, "1单元", "无", "1-1", 1, 60.5],
    ["1栋", 6, "1单元", "无", "1-2", 9, "abc"],
  ]);
  const good = await workbook(dir, "good.xlsx", [
    ["1栋", 6, "1单元", "无", "1-1", 1, 60.5],
    ["1栋", 6, "1单元", "无", "1-2", 1, 72.25],
    ["1栋", 6, "2单元", "有", "1-1", 1, 88],
    ["2栋", 7, "1单元", "无", "7-1", 7, 90.1],
  ]);
  const photo = path.join(dir, "现场.png");
  await writeFile(photo, PNG);

  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.getByRole("link", { name: "小区名录" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "小区名录" })).toBeVisible();
  await page.getByRole("link", { name: "登记小区" }).click();

  // A refused save keeps what was typed.
  await page.getByLabel("小区名称").fill("浏览器测试小区");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请填写地址")).toBeVisible();
  await expect(page.getByLabel("小区名称")).toHaveValue("浏览器测试小区");
  await page.getByLabel("地址").fill("测试路88号");
  await page.getByLabel("建成年份").fill("1996");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "浏览器测试小区" })).toBeVisible();
  await expect(page.getByTestId("eligibility")).toContainText("纳入");
  const neighborhoodUrl = page.url();

  // Excel import: a bad file is refused row by row, nothing imported; then the good one.
  await expect(page.getByRole("link", { name: "下载导入模板" })).toHaveAttribute(
    "href",
    "/district/neighborhoods/import-template",
  );
  await page.getByLabel("Excel 文件").setInputFiles(bad);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("未导入任何数据");
  await expect(page.getByTestId("import-errors")).toContainText("第3行");
  await page.getByLabel("Excel 文件").setInputFiles(good);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("新增楼栋 2 栋、单元 3 个、房屋 4 户");
  await expect(page.getByText("2栋(7层)")).toBeVisible();
  // One more dwelling by hand, with the same checks.
  await page.getByText("逐户登记一套房屋").click();
  const single = page.getByTestId("add-dwelling");
  await single.getByLabel("楼栋", { exact: true }).fill("2栋");
  await single.getByLabel("楼栋层数").fill("7");
  await single.getByLabel("单元", { exact: true }).fill("1单元");
  await single.getByLabel("房号").fill("7-1");
  await single.getByLabel("所在楼层").fill("7");
  await single.getByLabel("专有部分面积(平方米)").fill("66");
  await single.getByRole("button", { name: "登记房屋" }).click();
  await expect(single.getByRole("alert")).toContainText("2栋1单元7-1已登记");
  await single.getByLabel("房号").fill("7-2");
  await single.getByRole("button", { name: "登记房屋" }).click();
  await expect(single.getByText("已登记。")).toBeVisible();
  await page.screenshot({ path: "test-results/neighborhood-imported.png", fullPage: true });

  // A project for it, with one basic item.
  const neighborhoodId = neighborhoodUrl.split("/").pop()!;
  await page.goto(`/district/projects/new?neighborhood=${neighborhoodId}`);
  await page.getByLabel("项目名称").fill("浏览器测试片区改造");
  await page.getByLabel("计划年度").fill("2027");
  await page.getByRole("checkbox", { name: "B01 供水设施改造" }).check();
  await page.getByLabel("供水设施改造数量").fill("120");
  await page.getByLabel("供水设施改造估算费用(元)").fill("350000");
  await page.getByRole("button", { name: "创建项目" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "浏览器测试片区改造" })).toBeVisible();
  await expect(page.getByTestId("project-stage")).toHaveText("储备");
  const projectUrl = page.url();

  // Stage 1: reserve → consultation.
  await page.getByRole("button", { name: "推进到“征求意见”" }).click();
  await expect(page.getByTestId("project-stage")).toHaveText("征求意见");

  // Evidence: a photo, shown as a thumbnail.
  const upload = page.getByTestId("upload-evidence");
  await upload.getByLabel(/^文件/).setInputFiles(photo);
  await upload.getByLabel("说明").fill("入户走访照片");
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(page.getByTestId("evidence").getByRole("img", { name: "入户走访照片" })).toBeVisible();

  // Stage 2: consultation → design (only basic items, so nothing awaits a vote).
  await page.getByRole("button", { name: "推进到“方案设计”" }).click();
  await expect(page.getByTestId("project-stage")).toHaveText("方案设计");

  // Approval without a passed design review is refused, with the reason.
  await page.getByRole("button", { name: "推进到“立项审批”" }).click();
  await expect(page.getByTestId("advance-stage").getByRole("alert")).toContainText("尚无“通过”的方案设计专家评审记录");
  await expect(page.getByTestId("project-stage")).toHaveText("方案设计");

  await expect(page.getByTestId("history")).toContainText("阶段由“征求意见”推进到“方案设计”");
  await expect(page.getByTestId("history")).toContainText("上传照片“现场.png”");
  await page.screenshot({ path: "test-results/project-design.png", fullPage: true });

  // The photo is served to its district…
  const evidenceSrc = await page.getByTestId("evidence").getByRole("img").getAttribute("src");
  const own = await page.request.get(evidenceSrc!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/png");

  // …and another district sees none of it.
  await page.context().clearCookies();
  await signIn(page, "district.jiangbei");
  await expect(page).toHaveURL(/\/district$/);
  for (const url of [projectUrl, neighborhoodUrl]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
  }
  expect((await page.request.get(evidenceSrc!)).status()).toBe(404);
});

test("the commission reads the city's registry and projects but cannot act", async ({ page }) => {
  await signIn(page, "commission");
  await expect(page).toHaveURL(/\/commission$/);
  await page.goto("/district/neighborhoods?eligible=yes");
  await expect(page.getByTestId("neighborhood-list")).toContainText("渝中区");
  await expect(page.getByRole("link", { name: "登记小区" })).toHaveCount(0);
  await page.goto("/district/projects");
  await page.getByRole("link", { name: "七星岗片区老旧小区改造" }).first().click();
  await expect(page.getByTestId("project-stage")).toHaveText("施工");
  await expect(page.getByText("仅本区县工作人员可推进阶段。")).toBeVisible();
});
