// The owner register in the browser: a district imports dwellings with owners from its own Excel
// sheet, sees names and phones masked, opens one record in full (audited), and finds the owner of
// several flats in the owner register.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

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
  "共有人电话",
];
// Valid check characters (GB 11643): 11010519491231002X is the standard's example.
const ZHAO = "11010519491231002X";
const QIAN = "500103198001011238";

async function sheet(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("房屋");
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return {
    name: "业主.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

test("import dwellings with owners, see them masked, open one in full", async ({ page }) => {
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.goto("/district/neighborhoods/new");
  await page.getByLabel("小区名称").fill("业主名册测试小区");
  await page.getByLabel("地址").fill("测试路99号");
  await page.getByLabel("建成年份").fill("1994");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "业主名册测试小区" })).toBeVisible();

  // A wrong check digit: refused with the row and the field, nothing imported.
  const wrong = QIAN.slice(0, 17) + "1";
  await page
    .getByLabel("Excel 文件")
    .setInputFiles(
      await sheet([["1栋", 6, "1单元", "无", "101", 1, "60.5", "钱多多", wrong, "13900001111", "", "", ""]]),
    );
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-errors")).toContainText("第2行:“业主身份证号”有误:身份证号校验位不符");

  await page.getByLabel("Excel 文件").setInputFiles(
    await sheet([
      ["1栋", 6, "1单元", "无", "101", 1, "60.5", "赵小英", ZHAO, "13812345678", "", "", ""],
      ["1栋", 6, "1单元", "无", "102", 1, "55", "赵小英", ZHAO.toLowerCase(), "", "", "", ""],
      ["1栋", 6, "1单元", "无", "201", 2, "70", "钱多多", QIAN, "13900001111", "赵小英", ZHAO, ""],
    ]),
  );
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("房屋 3 户,登记业主 4 位");

  await page.getByRole("link", { name: "房屋与业主" }).click();
  const table = page.getByTestId("dwellings");
  await expect(table).toContainText("赵*英(002X) 138****5678");
  await expect(table).not.toContainText("赵小英");
  await expect(table).not.toContainText("13812345678");

  await table.getByRole("link", { name: "1栋1单元101" }).click();
  await expect(page.getByTestId("masked-owners")).toContainText("赵*英");
  await page.screenshot({ path: "test-results/owners-dwelling-desktop.png", fullPage: true });
  await page.getByRole("button", { name: "查看完整信息" }).click();
  await expect(page.getByTestId("revealed-owners")).toContainText("赵小英 · 身份证号末四位 002X · 13812345678");
  await expect(page.getByTestId("revealed-owners")).toContainText("本次查看已记入操作日志");

  // The owner register: 赵小英 holds three dwellings (two as owner, one as co-owner).
  await page.goto("/district/owners");
  const owners = page.getByTestId("multi-owners");
  await expect(owners.getByRole("row", { name: /赵\*英/ })).toContainText("3");
  await expect(owners).toContainText("业主名册测试小区 1栋1单元201(共有)");
  await expect(owners).not.toContainText("钱*多");
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  test("the owner register reads at 390 px and a record opens in full", async ({ page }) => {
    await signIn(page, "district.yuzhong");
    await expect(page).toHaveURL(/\/district$/);
    await page.goto("/district/owners");
    await expect(page.getByTestId("multi-owners")).toContainText("赵*英");
    await page.screenshot({ path: "test-results/owners-register-390.png", fullPage: true });
    await page.getByRole("link", { name: "业主名册测试小区 1栋1单元201" }).click();
    await expect(page.getByTestId("masked-owners")).toContainText("钱*多");
    await page.getByRole("button", { name: "查看完整信息" }).click();
    await expect(page.getByTestId("revealed-owners")).toContainText("钱多多");
    await expect(page.getByTestId("revealed-owners")).toContainText("13900001111");

    // A dwelling entered by mistake is removed (nothing was counted on it), after a tick.
    await page.goto("/district/owners");
    await page.getByRole("link", { name: "业主名册测试小区 1栋1单元102" }).click();
    await page.getByLabel("确认删除该房屋(删除后不能恢复)").check();
    await page.getByRole("button", { name: "删除该房屋" }).click();
    await expect(page.getByTestId("remove-message")).toContainText("房屋已删除");
    await page.goto("/district/owners");
    await expect(page.getByTestId("multi-owners").getByRole("row", { name: /赵\*英/ })).not.toContainText(
      "1栋1单元102",
    );
  });
});
