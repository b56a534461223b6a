import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const USERNAME = "e2e.jiangbei.zhang";
const NEW_PASSWORD = "Guanyinqiao-Huangjueshu-2026";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("the admin creates a district official, who signs in with the temporary password, must change it, and sees only their district; disabling ends their session", async ({ page, browser }) => {
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
