import { expect, type Page } from "@playwright/test";

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
