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
export async function signedInPage(browser: Browser, username: string, options: { javaScriptEnabled?: boolean; locale?: "zh" | "en" } = {}): Promise<Page> {
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
