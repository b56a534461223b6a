import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../../src/lib/i18n/locale";

export const DEMO_PASSWORD = "Renew-2026";

/** Signs in through the login form and waits for the role's home page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function signInAndWait(page: Page, username: string, homePath: RegExp) {
  await signIn(page, username);
  await expect(page).toHaveURL(homePath);
}

/**
 * A page of its own browser context, signed in as `username` (and waited past the login page):
 * with JavaScript off if asked (the login form works without it), and in English if asked
 * (switched after signing in, since the login form's labels are read in Chinese).
 */
export async function signedInPage(
  browser: Browser,
  username: string,
  options: { javaScriptEnabled?: boolean; locale?: "zh" | "en" } = {},
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await signIn(page, username);
  // Signing in hashes the password (deliberately slow): on a loaded machine it takes a while.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  if (options.locale === "en") await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: page.url() }]);
  return page;
}

/** The control is marked invalid and its accessible description (the error its aria-describedby names) says `message`. */
export async function expectErrorAt(control: Locator, message: string) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  await expect(control).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

/**
 * The admin makes a district official; the new official signs in in a browser of their own and
 * replaces the temporary password. Returns the official's page, on their home.
 */
export async function newDistrictOfficial(
  browser: Browser,
  admin: Page,
  account: { username: string; displayName: string; district: string; password: string },
): Promise<Page> {
  await signIn(admin, "admin");
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto("/admin/accounts/new");
  await admin.getByLabel("用户名", { exact: true }).fill(account.username);
  await admin.getByLabel("姓名/单位").fill(account.displayName);
  await admin.getByLabel("角色", { exact: true }).selectOption({ label: "区县" });
  await admin.getByLabel("所属区县(区县角色必填)").selectOption({ label: account.district });
  await admin.getByRole("button", { name: "创建账号" }).click();
  const temporary = (await admin.getByTestId("temporary-password").innerText()).trim();
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" })
  ).newPage();
  await signIn(page, account.username, temporary);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("临时密码").fill(temporary);
  await page.getByLabel("新密码", { exact: true }).fill(account.password);
  await page.getByLabel("再次输入新密码").fill(account.password);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page).toHaveURL(/\/district/);
  return page;
}
