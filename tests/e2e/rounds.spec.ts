// Proxies and second rounds: a 沙坪坝区 official (made by the admin, so no other journey's ballot is
// in the way) puts a new project to the residents; a resident registers from the letter with
// JavaScript off; the official records the owner's proxy with the scan of the signed authorisation
// and enters the proxy's signed form; the resident sees that the proxy's vote counts. The ballot
// fails (one household of many), is published, and the failed item goes to a second round: the
// resident, JavaScript still off, reads what the result means and votes in the second round, and
// the first round's records stay on its page.
import { expect, test } from "@playwright/test";
import { newDistrictOfficial } from "./helpers";

const PROJECT = "沙坪坝委托与第二轮试点改造";
const USERNAME = "e2e.shapingba.rounds";
const PASSWORD = "Shapingba-Rounds-Proxy-2026";
const RESIDENT_PASSWORD = "Ciqikou-Laojie-8866";
const MOBILE = "13987650014";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const chinaLocal = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);

test("record a proxy with its scan; a failed ballot goes to a second round, residents with JavaScript off", async ({
  browser,
  page: admin,
}) => {
  test.setTimeout(420_000);
  const page = await newDistrictOfficial(browser, admin, {
    username: USERNAME,
    displayName: "沙坪坝区 征求意见专班",
    district: "沙坪坝区(500106)",
    password: PASSWORD,
  });

  // A project with one item to vote on, in consultation.
  await page.goto("/district/projects/new");
  await page.getByLabel("项目名称").fill(PROJECT);
  await page.getByLabel("计划年度").fill("2027");
  const hoods = page.locator("fieldset").filter({ hasText: "片区内小区" }).getByRole("checkbox");
  await hoods.last().check();
  await page.getByRole("checkbox", { name: "I02 绿化提升" }).check();
  await page.getByLabel("绿化提升数量").fill("800");
  await page.getByLabel("绿化提升估算费用(元)").fill("260000");
  await page.getByRole("button", { name: "创建项目" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await page.getByRole("button", { name: "推进到“征求意见”" }).click();
  await expect(page.getByTestId("project-stage")).toHaveText("征求意见");

  // A ballot closing in two to three minutes: the proxy work fits before, the count comes after.
  const closesAt = Math.ceil((Date.now() + 150_000) / 60_000) * 60_000;
  await page.goto("/district/consultations");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(PROJECT) }) });
  const open = card.locator("[data-testid^=open-ballot-]");
  await open.getByLabel("开始时间").fill(chinaLocal(Date.now() - 30 * 60_000));
  await open.getByLabel("截止时间").fill(chinaLocal(closesAt));
  await open.getByRole("button", { name: "发起表决" }).click();
  await expect(page.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const ballotUrl = page.url().split("?")[0]!;

  // Letters, and one household registers from its letter on a phone without JavaScript.
  await page.goto("/district/consultations");
  await card.locator("a[href^='/district/consultations/codes/']").first().click();
  await page.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(page.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  const letter = page.getByTestId("code-letter").first();
  const code = (await letter.getByTestId("code").textContent())!.trim();
  const dwellingLabel = (await letter.getByRole("heading").innerText()).replace(/室 业主:$/, "").trim();
  const phone = await (
    await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    })
  ).newPage();
  await phone.goto("/b");
  await phone.getByLabel("绑定码").fill(code);
  await phone.getByLabel("手机号码").fill(MOBILE);
  await phone.getByLabel("设置密码").fill(RESIDENT_PASSWORD);
  await phone.getByLabel("再次输入密码").fill(RESIDENT_PASSWORD);
  await phone.getByRole("button", { name: "注册并绑定房屋" }).click();
  await expect(phone).toHaveURL(/\/resident/);

  // The owner authorised a relative: the official records it with the scan of the signed 委托书.
  await page.goto(`${ballotUrl}/paper`);
  const select = page.getByTestId("paper-dwelling-select");
  const [building, room] = [dwellingLabel.split(" ")[0]!, dwellingLabel.split(" ").pop()!];
  const option = select.locator("option", { hasText: new RegExp(`${building} ${room}$`) }).first();
  await select.selectOption(await option.getAttribute("value"));
  await page.getByRole("button", { name: "打开本户" }).click();
  await expect(page.getByTestId("proxy-list")).toContainText("本户没有委托");
  const proxyForm = page.getByTestId("proxy-form");
  await proxyForm.getByLabel("委托人(业主)姓名").fill("陈桂芳");
  await proxyForm.getByLabel("受托人姓名").fill("陈晓华");
  await proxyForm.getByLabel("受托人电话(选填)").fill("13600001111");
  // A wrong last-four is refused at its field, what was typed kept.
  await proxyForm.getByLabel("受托人身份证号后四位(选填)").fill("12A4");
  await proxyForm
    .getByLabel("签字委托书扫描件(图片或 PDF)")
    .setInputFiles({ name: "weituoshu.png", mimeType: "image/png", buffer: PNG });
  await proxyForm.getByRole("button", { name: "登记委托" }).click();
  await expect(proxyForm.getByTestId("error-proxyIdLast4")).toContainText("身份证号后四位");
  await expect(proxyForm.getByLabel("受托人姓名")).toHaveValue("陈晓华");
  await proxyForm.getByLabel("受托人身份证号后四位(选填)").fill("123X");
  await proxyForm
    .getByLabel("签字委托书扫描件(图片或 PDF)")
    .setInputFiles({ name: "weituoshu.png", mimeType: "image/png", buffer: PNG });
  await proxyForm.getByRole("button", { name: "登记委托" }).click();
  await expect(page.getByTestId("proxy-entry")).toContainText("有效");
  await expect(page.getByTestId("proxy-entry")).toContainText("受托人 陈*华");
  // The scan is there for officials.
  const scanHref = await page
    .getByTestId("proxy-entry")
    .getByRole("link", { name: "委托书扫描件" })
    .getAttribute("href");
  const scan = await page.request.get(scanHref!);
  expect(scan.status()).toBe(200);
  expect(scan.headers()["content-type"]).toBe("image/png");

  // The proxy's signed form, entered as the proxy's.
  const form = page.getByTestId("paper-dwelling-form");
  await form
    .getByTestId("paper-signed-by")
    .getByLabel(/受托人 陈\*华/)
    .check();
  await form.getByTestId("paper-item").first().getByLabel("同意", { exact: true }).check();
  await form
    .getByLabel("签字表扫描件(图片或 PDF,所有事项共用一份)")
    .setInputFiles({ name: "signed.png", mimeType: "image/png", buffer: PNG });
  await form.getByRole("button", { name: "录入本户全部事项" }).click();
  await expect(page.getByTestId("paper-dwelling-message")).toContainText(
    "已录入受托人签字的本户 1 个事项表决票(委托投票)",
  );
  await expect(page.getByTestId("paper-history-proxy")).toContainText("委托投票 · 受托人 陈*华 签字");
  await expect(page.getByTestId("vote-history-row")).toHaveText([
    /登记委托.*受托人 陈\*华/,
    /录入受托人签字票\(委托投票\):同意.*受托人 陈\*华/,
  ]);
  await page.screenshot({ path: "test-results/rounds-proxy-entry.png", fullPage: true });

  // The ballot page and the door-to-door list say so too.
  await page.goto(ballotUrl);
  await expect(page.getByTestId("proxy-count")).toHaveText("其中委托投票 1 户");
  await expect(page.getByTestId("paper-ballot-proxy")).toContainText("委托投票(受托人 陈*华 签字");
  await page.goto(`${ballotUrl}/follow-up`);
  const summary = await page.getByTestId("follow-up-summary").innerText();
  const [, total, missing] = summary.match(/共 (\d+) 户,(\d+) 户尚未投票/)!;
  expect(Number(missing)).toBe(Number(total) - 1);

  // The resident, JavaScript off: the proxy's vote counts; no buttons to vote beside it.
  await phone.goto(ballotUrl.replace("/district/consultations/", "/resident/ballots/"));
  const item = phone.getByTestId("ballot-item").first();
  await expect(item.getByTestId("current-choice")).toContainText("同意");
  await expect(item.getByTestId("proxy-note")).toHaveText("(委托投票:以受托人 陈*华 签字的表决票为准)");
  await expect(item.getByRole("button", { name: "不同意" })).toHaveCount(0);

  // After the closing time: one household of many took part — not quorate. Count and publish.
  await expect(async () => {
    await page.goto(ballotUrl);
    await page.getByRole("button", { name: "截止并计票" }).click();
    await expect(page.getByTestId("ballot-status")).toHaveText("已计票", { timeout: 2_000 });
  }).toPass({ timeout: 240_000, intervals: [5_000] });
  await expect(page.getByTestId("outcome")).toHaveText(["参与人数或面积不足"]);
  // A second round waits for the published result.
  await expect(page.getByTestId("second-round-form")).toHaveCount(0);
  await page.getByRole("button", { name: "公示结果" }).click();
  await expect(page.getByTestId("ballot-status")).toHaveText("公示中");

  // The resident reads what the result means before any second round.
  await phone.reload();
  await expect(phone.getByTestId("outcome-meaning")).toContainText("本项未通过,暂不实施;社区将组织第二轮征求意见");

  // The second round, for the failed item only.
  const second = page.getByTestId("second-round-form");
  await expect(page.getByTestId("second-round-items")).toHaveText("绿化提升");
  await expect(second.getByLabel("第二轮标题")).toHaveValue(/^第二轮:/);
  await second.getByRole("button", { name: "发起第二轮表决" }).click();
  await expect(page.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const secondUrl = page.url().split("?")[0]!;
  expect(secondUrl).not.toBe(ballotUrl);
  await expect(page.getByTestId("ballot-status")).toHaveText("表决中");
  await expect(page.getByTestId("official-item")).toHaveCount(1);
  await expect(page.getByTestId("previous-round")).toContainText("第一轮");

  // The first round's records stay: its result, the proxy count, the proxy's form, the link onward.
  await page.getByTestId("previous-round").click();
  await expect(page.getByTestId("ballot-status")).toHaveText("公示中");
  await expect(page.getByTestId("outcome")).toHaveText(["参与人数或面积不足"]);
  await expect(page.getByTestId("proxy-count")).toHaveText("其中委托投票 1 户");
  await expect(page.getByTestId("paper-ballot-proxy")).toHaveCount(1);
  await expect(page.getByTestId("next-round")).toContainText("第二轮");
  await expect(page.getByTestId("second-round-form")).toHaveCount(0);

  // The resident, still without JavaScript, is sent to the second round and votes there.
  await phone.reload();
  await expect(phone.getByTestId("outcome-meaning")).toContainText(
    "本项未通过,暂不实施;社区已组织第二轮征求意见,请参加第二轮表决",
  );
  await phone.getByTestId("next-round-link").click();
  await expect(phone).toHaveURL(secondUrl.replace("/district/consultations/", "/resident/ballots/"));
  await expect(phone.getByTestId("round-note")).toContainText("这是第二轮征求意见");
  const again = phone.getByTestId("ballot-item").first();
  // The proxy was authorised for the first round only: here the household votes itself.
  await expect(again.getByTestId("current-choice")).toContainText("尚未表决");
  await again.getByRole("button", { name: "同意", exact: true }).click();
  await expect(phone.getByTestId("flash-ok")).toContainText("已记录您家的选择");
  await expect(phone.getByTestId("ballot-item").first().getByTestId("current-choice")).toContainText("同意");
  await phone.screenshot({ path: "test-results/rounds-resident-second-round-390.png", fullPage: true });

  // On the home page the item is no longer "awaiting" as if nothing happened: the first round's
  // result says what it means, and the item is marked as in the second round.
  await phone.goto("/resident");
  const timeline = phone.getByTestId("project-timeline").filter({ hasText: PROJECT });
  await expect(timeline.getByTestId("timeline-outcome")).toContainText("社区已组织第二轮征求意见");
  await expect(timeline.getByTestId("proposed-items")).toContainText("第二轮表决中");
});
