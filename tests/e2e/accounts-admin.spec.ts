import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const USERNAME = "e2e.jiangbei.zhang";
const NEW_PASSWORD = "Guanyinqiao-Huangjueshu-2026";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("the admin creates a district official, who signs in with the temporary password, must change it, and sees only their district; disabling ends their session", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation").getByRole("link", { name: "账号管理" }).click();
  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await page.getByRole("link", { name: "新建账号" }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/new$/);

  // A taken username is refused at the field and what was typed stays.
  await page.getByLabel("用户名", { exact: true }).fill("district.jiangbei");
  await page.getByLabel("姓名/单位").fill("江北区 张伟");
  await page.getByLabel("角色", { exact: true }).selectOption({ label: "区县" });
  await page.getByLabel("所属区县(区县角色必填)").selectOption({ label: "江北区(500105)" });
  await page.getByLabel("观音桥街道").check();
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByTestId("error-username")).toContainText("已被使用");
  await expect(page.getByLabel("姓名/单位")).toHaveValue("江北区 张伟");
  await expect(page.locator("#field-districtId option:checked")).toHaveText("江北区(500105)");
  await expect(page.getByLabel("观音桥街道")).toBeChecked();

  await page.getByLabel("用户名", { exact: true }).fill(USERNAME);
  await page.getByLabel("联系电话(选填)").fill("13800001234");
  await page.getByRole("button", { name: "创建账号" }).click();
  const panel = page.getByTestId("temporary-password-panel");
  await expect(panel).toContainText("请当面或电话告知本人,首次登录须修改密码");
  const temporary = (await page.getByTestId("temporary-password").innerText()).trim();
  expect(temporary).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}$/);
  await page.getByRole("link", { name: "查看该账号" }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/c[a-z0-9]+$/);
  await expect(page.getByTestId("account-summary")).toContainText("江北区(观音桥街道)");
  await expect(page.getByTestId("account-history")).toContainText("创建账号");
  // Shown once: the account page never shows it again.
  await expect(page.getByText(temporary)).toHaveCount(0);
  const accountUrl = page.url();
  await signOut(page);

  // The new official, in a browser of their own.
  const officialContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const official = await officialContext.newPage();
  await signIn(official, USERNAME, temporary);
  await expect(official).toHaveURL(/\/account\/password$/);
  await official.getByLabel("临时密码").fill(temporary);
  await official.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await official.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
  await official.getByRole("button", { name: "保存新密码" }).click();
  await expect(official).toHaveURL(/\/district/);
  await official.goto("/district");
  await expect(official.getByTestId("current-user")).toContainText("江北区");
  await expect(official.getByTestId("current-user")).not.toContainText("渝中区");

  // The admin disables the account: the official's open session is refused at the next page.
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(accountUrl);
  await expect(page.getByTestId("sign-in-attempts")).toContainText("成功");
  await page.getByRole("button", { name: "停用账号" }).click();
  await expect(page.getByTestId("active-message")).toContainText("账号已停用");
  await expect(page.getByTestId("account-status")).toContainText("停用");
  await expect(page.getByTestId("account-history")).toContainText("状态:启用 → 停用");

  await official.goto("/district/neighborhoods");
  await expect(official).toHaveURL(/\/login/);
  await expect(official.getByRole("heading", { name: "登录" })).toBeVisible();
  await signIn(official, USERNAME, NEW_PASSWORD);
  await expect(official.getByTestId("login-error")).toBeVisible();
  await expect(official).toHaveURL(/\/login/);
  await officialContext.close();
});

test("the accounts list filters by role and finds by name", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/accounts?role=DEPARTMENT");
  await expect(page.getByTestId("accounts-table")).toContainText("dept.scjgj");
  await expect(page.getByTestId("accounts-table")).not.toContainText("district.yuzhong");
  await page.getByLabel("用户名或姓名").fill("渝中");
  await page.locator('select[name="role"]').selectOption("");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("accounts-table")).toContainText("district.yuzhong");
  await expect(page.getByTestId("accounts-table")).not.toContainText("dept.scjgj");
});

test("without JavaScript the admin still creates an account and reads its temporary password once", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/accounts/new");
  await page.getByLabel("用户名", { exact: true }).fill("nojs.commission");
  await page.getByLabel("姓名/单位").fill("市住房城乡建委 无脚本");
  await page.getByLabel("角色", { exact: true }).selectOption({ label: "市住房城乡建委" });
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByTestId("temporary-password")).toHaveText(/^\w{4}-\w{4}-\w{4}$/);
  await page.reload();
  await expect(page.getByTestId("temporary-password")).toHaveCount(0);
  await context.close();
});

test("the admin imports accounts from Excel: a bad row is named and nothing is made; a good sheet downloads the passwords once", async ({
  page,
}) => {
  const ExcelJS = (await import("exceljs")).default;
  const sheetOf = async (rows: string[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("账号");
    sheet.addRow(["用户名", "姓名/单位", "角色", "区县", "市级部门", "街道", "手机号"]);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/accounts/import");
  await page.getByLabel("Excel 文件").setInputFiles({
    name: "账号.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await sheetOf([
      ["imp.e2e.one", "江北 一", "区县", "江北区", "", "观音桥街道", ""],
      ["imp.e2e.two", "江北 二", "区县", "江北区", "", "解放碑街道", ""],
    ]),
  });
  await page.getByRole("button", { name: "导入并生成临时密码" }).click();
  await expect(page.getByTestId("import-errors")).toContainText("第3行:街道“解放碑街道”不属于江北区");

  await page.getByLabel("Excel 文件").setInputFiles({
    name: "账号.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await sheetOf([
      ["imp.e2e.one", "江北 一", "区县", "江北区", "", "观音桥街道", ""],
      ["imp.e2e.two", "市场监管 二", "市级部门", "", "市市场监管局", "", "13900001111"],
    ]),
  });
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "导入并生成临时密码" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("账号临时密码-2个.xlsx");
  await expect(page.getByTestId("import-result")).toContainText("已创建 2 个账号");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows = workbook.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
  expect(rows.map((r) => r[1])).toEqual(["imp.e2e.one", "imp.e2e.two"]);
  for (const r of rows) expect(String(r[3])).toMatch(/^\w{4}-\w{4}-\w{4}$/);

  await page.goto("/admin/accounts?q=imp.e2e");
  await expect(page.getByTestId("accounts-table")).toContainText("imp.e2e.one");
  await expect(page.getByTestId("accounts-table")).toContainText("待改密码");
});
