import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const homes = [
  { username: "admin", path: "/admin", heading: "系统管理", scope: "账号与基础数据" },
  { username: "commission", path: "/commission", heading: "全市工作台", scope: "全市" },
  { username: "district.yuzhong", path: "/district", heading: "区县工作台", scope: "渝中区" },
  { username: "district.jiangbei", path: "/district", heading: "区县工作台", scope: "江北区" },
  { username: "dept.scjgj", path: "/department", heading: "市市场监管局", scope: "市市场监管局" },
  { username: "resident.demo", path: "/resident", heading: "我的小区", scope: "已绑定 1 户" },
];

for (const home of homes) {
  test(`${home.username} lands on their own home page`, async ({ page }) => {
    await signIn(page, home.username);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText(home.scope);
  });
}

test("a wrong password is refused with a message, and the user stays on the login page", async ({ page }) => {
  await signIn(page, "district.yuzhong", "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("用户名或密码不正确。");
  await expect(page).toHaveURL(/\/login/);
});

test("anonymous visitors are sent to the login page", async ({ page }) => {
  for (const path of ["/district", "/commission", "/resident", "/admin", "/"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login(\?next=.*)?$/);
  }
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("a signed-in user opening another role's page is sent to their own", async ({ page }) => {
  await signIn(page, "district.jiangbei");
  await expect(page).toHaveURL(/\/district$/);
  for (const path of ["/commission", "/admin", "/department", "/resident"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/district$/);
  }
  await expect(page.getByTestId("current-user")).toContainText("江北区");
});

test("the language switch turns the interface to English and back", async ({ page }) => {
  await signIn(page, "commission");
  await expect(page.getByRole("heading", { level: 1, name: "全市工作台" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "City overview" })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "全市工作台" })).toBeVisible();
});

test("a district official edits a neighbourhood's notes; another district gets not-found", async ({ page }) => {
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  // The registry lives on its own page (the home page is the dashboard).
  await page.goto("/district/neighborhoods");
  await page.getByTestId("neighborhood-list").locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/district\/neighborhoods\//);
  const yuzhongUrl = page.url();
  await expect(page.getByTestId("eligibility")).toBeVisible();
  await page.getByLabel("备注").fill("2号楼屋面渗漏,需优先处理");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await page.reload();
  await expect(page.getByLabel("备注")).toHaveValue("2号楼屋面渗漏,需优先处理");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "district.jiangbei");
  await expect(page).toHaveURL(/\/district$/);
  const response = await page.goto(yuzhongUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("渝中区")).toHaveCount(0);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("signing in posts the form (no password in any address), a wrong one keeps the username", async ({ page }) => {
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    await page.goto("/login");
    await page.getByLabel("用户名").fill("district.yuzhong");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("用户名或密码不正确。");
    await expect(page.getByLabel("用户名")).toHaveValue("district.yuzhong");
    await expect(page.getByLabel("密码")).toHaveValue("");
    await page.getByLabel("密码").fill("Renew-2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/district$/);
    await expect(page.getByTestId("current-user")).toContainText("渝中区");
    expect(addresses.filter((url) => /password|Renew-2026|not-the-password/.test(url))).toEqual([]);
  });

  test("signing out ends the session on the server: the copied cookie no longer opens a page", async ({
    page,
    browser,
  }) => {
    await signIn(page, "commission");
    await expect(page).toHaveURL(/\/commission$/);
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByTestId("login-notice")).toHaveText("您已安全退出。");

    const replay = await browser.newContext({ javaScriptEnabled: false });
    await replay.addCookies(copied);
    const other = await replay.newPage();
    await other.goto("/commission");
    await expect(other).toHaveURL(/\/login/);
    await replay.close();
  });

  test("a sign-in link keeps where the user was going", async ({ page }) => {
    await page.goto("/district/projects");
    await expect(page).toHaveURL(/\/login\?next=%2Fdistrict%2Fprojects$/);
    await page.getByLabel("用户名").fill("district.jiangbei");
    await page.getByLabel("密码").fill("Renew-2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/district\/projects$/);
  });
});

test("signing in as someone else on the same device ends the session it replaces", async ({
  browser,
  page,
  context,
}) => {
  // A sign-in form left open in one tab…
  await page.goto("/login");
  // …while someone signs in in another tab of the same browser.
  const other = await context.newPage();
  await signIn(other, "resident.demo");
  await expect(other).toHaveURL(/\/resident$/);
  const earlier = await context.storageState();

  // Another person uses the open form without signing the first one out.
  await page.getByLabel("用户名").fill("district.jiangbei");
  await page.getByLabel("密码").fill("Renew-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/district$/);

  // The first session's cookie, kept elsewhere, no longer opens anything.
  const copied = await browser.newContext({ storageState: earlier });
  const stale = await copied.newPage();
  await stale.goto("/resident");
  await expect(stale).toHaveURL(/\/login/);
  await copied.close();
});
