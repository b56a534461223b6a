// A resident who has nothing but the letter: on an old phone with JavaScript off, they open the
// short address, register with the binding code (a wrong code first: told at the field, nothing
// typed lost), land signed in with the dwelling bound, and vote. A resident who forgot their
// password gets a temporary one from the district after an identity check; their old sign-in ends.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const PROJECT = "化龙桥片区老旧小区改造";
const PASSWORD = "Jiefangbei-Lantern-2026!";

/** China time as a datetime-local value, `minutes` from now. */
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

/** The 化龙桥 project's card on the consultation page. */
const card = (page: Page) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(PROJECT) }) });

/** Letters of the project's neighbourhood, codes issued; returns the neighbourhood's name and an unused code. */
async function freshCode(district: Page): Promise<{ neighborhood: string; code: string }> {
  await district.goto("/district/consultations");
  const link = card(district).locator("a[href^='/district/consultations/codes/']").first();
  const neighborhood = (await link.textContent())!.trim();
  await link.click();
  await district.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  // Letters are in building/unit/room order: the first is in 1栋1单元, the unit the lift item is put to.
  const letter = district.getByTestId("code-letter").filter({ hasText: "已绑定账号 0 个" }).first();
  const code = (await letter.getByTestId("code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  return { neighborhood, code };
}

async function registerAtB(phone: Page, code: string, mobile: string) {
  await phone.goto("/b");
  await phone.getByLabel("绑定码").fill(code);
  await phone.getByLabel("手机号码").fill(mobile);
  await phone.getByLabel("设置密码").fill(PASSWORD);
  await phone.getByLabel("再次输入密码").fill(PASSWORD);
  await phone.getByRole("button", { name: "注册并绑定房屋" }).click();
}

test("from the letter to a cast vote, JavaScript off", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const district = await official(browser);

  // The district puts the demo project to the residents: consultation, then a ballot open for two hours.
  await district.goto("/district/projects");
  await district.getByRole("link", { name: PROJECT }).first().click();
  await district.getByRole("button", { name: "推进到“征求意见”" }).click();
  await expect(district.getByTestId("project-stage")).toHaveText("征求意见");
  await district.goto("/district/consultations");
  const open = district
    .locator("[data-testid^=open-ballot-]")
    .filter({ has: district.locator(`input[name=title][value^="${PROJECT}"]`) });
  await open.getByLabel("开始时间").fill(chinaLocal(-30));
  await open.getByLabel("截止时间").fill(chinaLocal(120));
  await open.getByRole("button", { name: "发起表决" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const { neighborhood, code } = await freshCode(district);

  // The short address explains itself and offers the way in for those who already have an account.
  await page.goto("/b");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("凭信件上的绑定码注册");
  await expect(page.getByRole("link", { name: "已有账号?请先登录,再输入绑定码" })).toHaveAttribute(
    "href",
    "/login?next=/resident/bind",
  );
  await page.screenshot({ path: "test-results/resident-letter-b.png", fullPage: true });

  // A mistyped code: told at the code field; the code and the number stay typed, the passwords do not.
  const wrong = code.replace(/^./, (c) => (c === "A" ? "B" : "A"));
  await registerAtB(page, wrong, "139 1234 0001");
  await expect(page.getByTestId("error-code")).toContainText(
    "绑定码不正确、已使用或已作废,请核对信件,或联系社区重新发放",
  );
  await expect(page.getByLabel("绑定码")).toHaveValue(wrong);
  await expect(page.getByLabel("手机号码")).toHaveValue("139 1234 0001");
  await expect(page.getByLabel("设置密码")).toHaveValue("");
  await page.screenshot({ path: "test-results/resident-letter-wrong-code.png", fullPage: true });

  // The right code: signed in, at home, the dwelling bound.
  await page.getByLabel("绑定码").fill(code.toLowerCase());
  await page.getByLabel("设置密码").fill(PASSWORD);
  await page.getByLabel("再次输入密码").fill(PASSWORD);
  await page.getByRole("button", { name: "注册并绑定房屋" }).click();
  await expect(page).toHaveURL(/\/resident\?ok=bound$/);
  await expect(page.getByTestId("flash-ok")).toHaveText("房屋绑定成功。");
  await expect(page.getByRole("heading", { level: 2, name: neighborhood })).toBeVisible();
  await page.screenshot({ path: "test-results/resident-letter-home.png", fullPage: true });

  // The ballot, and a vote.
  await page.getByRole("link", { name: /改造内容表决/ }).click();
  const item = page.getByTestId("ballot-item").first();
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: "同意", exact: true }).click();
  await expect(page.getByTestId("flash-ok")).toContainText("已记录您家的选择");
  await expect(page.getByTestId("ballot-item").first().getByTestId("current-choice")).toContainText("同意");
  await page.screenshot({ path: "test-results/resident-letter-voted.png", fullPage: true });

  // Signed in, the short address leads to binding a further code.
  await page.goto("/b");
  await expect(page).toHaveURL(/\/resident\/bind$/);
});

test("a forgotten password: the district resets it after an identity check", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const district = await official(browser);
  const { code } = await freshCode(district);
  await registerAtB(page, code, "13912340002");
  await expect(page).toHaveURL(/\/resident\?ok=bound$/);

  await district.goto("/district");
  await district.getByRole("link", { name: "居民账号" }).click();
  await district.getByLabel("居民手机号码").fill("139-1234-0002");
  await district.getByRole("button", { name: "查找" }).click();
  const account = district.getByTestId("resident-account");
  await expect(account).toHaveCount(1);
  await expect(account).toContainText("139****0002");
  await expect(account.getByTestId("resident-dwelling")).toHaveCount(1);
  await account.getByLabel("已在社区当面核验本人身份证件").check();
  await account.getByRole("button", { name: "重置密码" }).click();
  const temporary = (await district.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  await expect(district.getByTestId("reset-done")).toContainText("必须立即设置自己的新密码");
  await district.screenshot({ path: "test-results/resident-reset.png", fullPage: true });

  // The phone's session has ended; the old password no longer works; the temporary one leads to choosing a new one.
  await page.goto("/resident");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "13912340002", PASSWORD);
  await expect(page.getByTestId("login-error")).toBeVisible();
  await signIn(page, "13912340002", temporary);
  await expect(page).toHaveURL(/\/account\/password/);
});
