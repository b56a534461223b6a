// The consultation journey: a district official opens a ballot and prints binding codes; a
// resident on an old phone (JavaScript off) redeems a code, votes and changes the vote; a paper
// ballot overrides the online vote; the official closes, counts and publishes. Officials of
// another district see nothing.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./e2e-db";
import { expectErrorAt, signedInPage, signIn } from "./helpers";

const PHONE = { width: 390, height: 844 };
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

/** China time as a datetime-local value, `minutes` from now. */
const chinaLocal = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

/** A phone with JavaScript switched off, signed in as `username` (sign-in itself uses a normal context). */
async function oldPhone(browser: Browser, username: string): Promise<Page> {
  const login = await browser.newContext({ viewport: PHONE });
  const loginPage = await login.newPage();
  await signIn(loginPage, username);
  await expect(loginPage).toHaveURL(/\/resident$/);
  const storageState = await login.storageState();
  await login.close();
  const context = await browser.newContext({
    viewport: PHONE,
    javaScriptEnabled: false,
    storageState,
    locale: "zh-CN",
  });
  return context.newPage();
}

const HAN = /\p{Script=Han}/u;
const ballotCount = async () =>
  Number((await queryE2eDatabase<{ n: string }>(`SELECT count(*) AS n FROM "Ballot"`))[0]!.n);

async function official(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(page, username);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("a closing time before the opening is refused at its field, everything typed kept (JavaScript off)", async ({
  browser,
}) => {
  const signedIn = await official(browser, "district.yuzhong");
  const storageState = await signedIn.context().storageState();
  const page = await (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage();
  await page.goto("/district/consultations");
  const form = page.locator("[data-testid^=open-ballot-]");
  await expect(form).toHaveCount(1);
  const opensAt = chinaLocal(24 * 60);
  const closesAt = chinaLocal(60);
  await form.getByLabel("表决标题").fill("第一次试填的表决标题");
  await form.getByLabel("开始时间").fill(opensAt);
  await form.getByLabel("截止时间").fill(closesAt);
  await form.getByLabel("截止前向居民显示实时统计").check();
  await form.getByRole("button", { name: "发起表决" }).click();

  const again = page.locator("[data-testid^=open-ballot-]");
  await expect(again.getByTestId("error-closesAt")).toHaveText("截止时间须晚于开始时间");
  await expectErrorAt(again.getByLabel("截止时间"), "截止时间须晚于开始时间");
  await expect(again.getByTestId("error-closesAt")).not.toContainText("Closing");
  await expect(again.getByLabel("表决标题")).toHaveValue("第一次试填的表决标题");
  await expect(again.getByLabel("开始时间")).toHaveValue(opensAt);
  await expect(again.getByLabel("截止时间")).toHaveValue(closesAt);
  await expect(again.getByLabel("截止前向居民显示实时统计")).toBeChecked();
  // Nothing was opened.
  await page.goto("/district/consultations");
  await expect(page.locator("[data-testid^=open-ballot-]")).toHaveCount(1);
});

test("in English: a closing time before the opening is told at the closing field in English only, everything kept", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "district.yuzhong", { locale: "en" });
  const ballots = await ballotCount();
  await page.goto("/district/consultations");
  const form = page.locator("[data-testid^=open-ballot-]").first();
  const opensAt = chinaLocal(2 * 24 * 60);
  const closesAt = chinaLocal(24 * 60);
  await form.getByLabel("Title").fill("Field errors test ballot");
  await form.getByLabel("Opens").fill(opensAt);
  await form.getByLabel("Closes").fill(closesAt);
  await form.getByLabel("Notice period (working days)").fill("7");
  await form.getByRole("button", { name: "Open ballot" }).click();

  const again = page.locator("[data-testid^=open-ballot-]").first();
  const closes = again.getByLabel("Closes");
  await expectErrorAt(closes, "Closing must follow opening");
  await expect(again.getByTestId("error-closesAt")).not.toHaveText(HAN);
  await expect(again.getByRole("alert")).not.toHaveText(HAN);
  await expect(again.getByLabel("Opens")).not.toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("Title")).toHaveValue("Field errors test ballot");
  await expect(again.getByLabel("Opens")).toHaveValue(opensAt);
  await expect(closes).toHaveValue(closesAt);
  await expect(again.getByLabel("Notice period (working days)")).toHaveValue("7");
  expect(await ballotCount()).toBe(ballots);
});

test("redeem a code, vote, change the vote, paper ballot overrides, close and publish", async ({ browser }) => {
  test.setTimeout(240_000);
  const district = await official(browser, "district.yuzhong");

  // Open the ballot.
  await district.goto("/district/consultations");
  const form = district.locator("[data-testid^=open-ballot-]");
  await expect(form).toHaveCount(1);
  await form.getByLabel("开始时间").fill(chinaLocal(-60));
  // Voting closes in one to two minutes (the field has minute precision); the journey fits before.
  const closesAt = chinaLocal(2);
  await form.getByLabel("截止时间").fill(closesAt);
  await form.getByLabel("截止前向居民显示实时统计").check();
  await form.getByRole("button", { name: "发起表决" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const ballotUrl = district.url().split("?")[0]!;
  await expect(district.getByTestId("official-item")).toHaveCount(3); // two improvements/upgrades + the lift
  await district.screenshot({ path: "test-results/consultation-official-ballot.png", fullPage: true });

  // Binding-code letters; take the code of resident.demo's dwelling, for their co-owner.
  await district.goto("/district/consultations");
  await district.getByRole("link", { name: "枇杷山正街小区" }).click();
  await district.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  const letter = district.getByTestId("code-letter").filter({ hasText: "已绑定账号 1 个" }).first();
  const code = (await letter.getByTestId("code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await district.screenshot({ path: "test-results/consultation-letters.png" });

  // The co-owner redeems the code on an old phone.
  const phone = await oldPhone(browser, "resident.neighbor");
  await phone.goto("/resident/bind");
  await phone.getByLabel("绑定码").fill(code.toLowerCase());
  await phone.getByRole("button", { name: "绑定" }).click();
  await expect(phone).toHaveURL(/\/resident\?ok=bound/);
  await expect(phone.getByTestId("flash-ok")).toHaveText("房屋绑定成功。");
  // One-time: the same code again is refused.
  await phone.goto("/resident/bind");
  await phone.getByLabel("绑定码").fill(code);
  await phone.getByRole("button", { name: "绑定" }).click();
  await expect(phone.getByTestId("error-code")).toContainText("绑定码不正确、已使用或已作废");
  await expect(phone.getByLabel("绑定码")).toHaveValue(code);

  // Vote, then change the vote.
  await phone.goto("/resident");
  await phone.getByRole("link", { name: /改造内容表决/ }).click();
  const items = phone.getByTestId("ballot-item");
  await expect(items).toHaveCount(3); // the demo dwelling is in the lift's unit
  await expect(phone.getByText("基础类改造内容(已纳入,无需表决)")).toBeVisible();
  const first = items.first();
  const anchor = (await first.getAttribute("id"))!; // item-<ballotItemId>-<dwellingId>
  await first.getByRole("button", { name: "同意", exact: true }).click();
  await expect(phone.getByTestId("flash-ok")).toContainText("已记录您家的选择");
  await expect(phone.getByTestId("ballot-item").first().getByTestId("current-choice")).toContainText("同意");
  await phone.getByTestId("ballot-item").first().getByRole("button", { name: "不同意" }).click();
  await expect(phone.getByTestId("ballot-item").first().getByTestId("current-choice")).toContainText("不同意");
  await expect(phone.getByTestId("ballot-item").first().getByTestId("item-result")).toContainText("参与表决");
  await phone.screenshot({ path: "test-results/consultation-phone-vote.png", fullPage: true });

  // A signed paper form for the same dwelling and item overrides the online vote.
  const [, ballotItemId, dwellingId] = anchor.match(/^item-([^-]+)-(.+)$/)!;
  await district.goto(ballotUrl);
  const paper = district.getByTestId("paper-form");
  await paper.getByLabel("事项").selectOption(ballotItemId!);
  await paper.getByLabel("房屋").selectOption(dwellingId!);
  await paper.getByLabel("同意", { exact: true }).check();
  await paper.getByLabel(/签字表扫描件/).setInputFiles({ name: "signed.png", mimeType: "image/png", buffer: PNG });
  await paper.getByRole("button", { name: "录入" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("纸质表决票已录入。");
  await expect(district.getByTestId("paper-ballot").first().getByTestId("conflict")).toHaveText(
    "线上:不同意(以纸质票为准)",
  );
  await district.screenshot({ path: "test-results/consultation-paper.png", fullPage: true });

  await phone.reload();
  const overridden = phone.locator(`#${anchor}`);
  await expect(overridden.getByTestId("current-choice")).toContainText("同意");
  await expect(overridden.getByTestId("current-choice")).toContainText("以社区录入的纸质签字表决票为准");
  await expect(overridden.getByRole("button", { name: "不同意" })).toHaveCount(0);

  // Counting before the closing time is refused; after it, close, count and publish.
  await district.getByRole("button", { name: "截止并计票" }).click();
  await expect(district.getByTestId("flash-error")).toContainText("不能提前计票");
  // Then ask again until the server allows it: the closing time has passed on its clock, not ours.
  await expect(async () => {
    await district.goto(ballotUrl);
    await district.getByRole("button", { name: "截止并计票" }).click();
    await expect(district.getByTestId("ballot-status")).toHaveText("已计票", { timeout: 3_000 });
  }).toPass({ intervals: [5_000], timeout: 180_000 });
  await expect(district.getByTestId("outcome").first()).not.toHaveText("待计票");
  await district.getByRole("button", { name: "公示结果" }).click();
  await expect(district.getByTestId("ballot-status")).toHaveText("公示中");
  await expect(district.getByTestId("notice-ends")).toContainText("5 个工作日");

  // After closing the resident can no longer vote, sees the result and may object.
  await phone.goto(phone.url().split("?")[0]!);
  await expect(phone.getByTestId("ballot-status")).toContainText("公示中");
  await expect(phone.getByRole("button", { name: "同意", exact: true })).toHaveCount(0);
  await expect(phone.getByTestId("item-result").first()).toBeVisible();
  await phone.getByLabel("异议内容").fill("电梯事项的计票请再核实一次。");
  await phone.getByRole("button", { name: "提交异议" }).click();
  await expect(phone.getByTestId("flash-ok")).toHaveText("异议已提交,区县将答复。");
  await phone.screenshot({ path: "test-results/consultation-phone-published.png", fullPage: true });
  await district.reload();
  await expect(district.getByTestId("objection")).toContainText("电梯事项的计票请再核实一次。");

  // Another district's official cannot see it; the commission reads it without controls; a resident is sent home.
  const jiangbei = await official(browser, "district.jiangbei");
  const response = await jiangbei.goto(ballotUrl);
  expect(response?.status()).toBe(404);
  await jiangbei.goto("/district/consultations");
  await expect(jiangbei.getByText("枇杷山正街片区老旧小区改造")).toHaveCount(0);
  const commission = await official(browser, "commission");
  await commission.goto("/commission/consultations");
  await commission
    .getByRole("link", { name: /改造内容表决/ })
    .first()
    .click();
  await expect(commission.getByTestId("ballot-status")).toHaveText("公示中");
  await expect(commission.getByRole("button", { name: "确认结果并纳入项目" })).toHaveCount(0);
  await phone.goto(ballotUrl);
  await expect(phone).toHaveURL(/\/resident$/);
});

test("feedback pages: the district's reports and ratings, the resident's project page on a phone", async ({
  browser,
}) => {
  const district = await official(browser, "district.yuzhong");
  await district.getByRole("link", { name: "居民反馈" }).click();
  await expect(district.getByRole("heading", { level: 1, name: "居民反馈" })).toBeVisible();
  const phone = await oldPhone(browser, "resident.demo");
  await phone.goto("/resident");
  await phone.getByRole("link", { name: "枇杷山正街片区老旧小区改造", exact: true }).click();
  await expect(phone.getByRole("heading", { name: "我反映的问题" })).toBeVisible();
});
