// Residents are told: a resident bound to a dwelling, on a 390 px phone with JavaScript off,
// finds the notice of the ballot the district just opened on their home page (unread count in
// the header and beside the list), follows it to the ballot and votes; the notice is then read.
// A resident of another neighbourhood is told nothing. English is one cookie away.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const PHONE = { width: 390, height: 844 };
const NEIGHBORHOOD = "通知测试小区";
const PROJECT = "通知测试改造项目";
const PASSWORD = "Eling-Park-Steps-2026!";
const HEADERS = ["楼栋", "楼栋层数", "单元", "有无电梯", "房号", "所在楼层", "专有部分面积(平方米)"];
const chinaLocal = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

async function official(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  return page;
}

async function oldPhone(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: "zh-CN" })).newPage();
}

async function register(phone: Page, code: string, mobile: string) {
  await phone.goto("/b");
  await phone.getByLabel("绑定码").fill(code);
  await phone.getByLabel("手机号码").fill(mobile);
  await phone.getByLabel("设置密码").fill(PASSWORD);
  await phone.getByLabel("再次输入密码").fill(PASSWORD);
  await phone.getByRole("button", { name: "注册并绑定房屋" }).click();
  await expect(phone).toHaveURL(/\/resident\?ok=bound$/);
}

test("a resident with JavaScript off sees the opened ballot's notice on the home page, follows it and votes", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const district = await official(browser);

  // A neighbourhood of two dwellings, from the district's sheet.
  const dir = await mkdtemp(path.join(os.tmpdir(), "renew-notify-"));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("房屋");
  sheet.addRow(HEADERS);
  for (const row of [
    ["1栋", 6, "1单元", "无", "1-1", 1, 62.5],
    ["1栋", 6, "1单元", "无", "1-2", 1, 58],
  ])
    sheet.addRow(row);
  const file = path.join(dir, "dwellings.xlsx");
  await wb.xlsx.writeFile(file);
  await district.goto("/district/neighborhoods/new");
  await district.getByLabel("小区名称").fill(NEIGHBORHOOD);
  await district.getByLabel("地址").fill("测试路 21 号");
  await district.getByLabel("建成年份").fill("1993");
  await district.getByRole("button", { name: "保存" }).click();
  await expect(district.getByRole("heading", { level: 1, name: NEIGHBORHOOD })).toBeVisible();
  const neighborhoodId = district.url().split("/").pop()!;
  await district.getByLabel("Excel 文件").setInputFiles(file);
  await district.getByRole("button", { name: "导入", exact: true }).click();
  await expect(district.getByTestId("import-result")).toContainText("房屋 2 户");

  // A project with one item to vote on (greening), moved to consultation.
  await district.goto(`/district/projects/new?neighborhood=${neighborhoodId}`);
  await district.getByLabel("项目名称").fill(PROJECT);
  await district.getByLabel("计划年度").fill("2027");
  await district.getByRole("checkbox", { name: "I02 绿化提升" }).check();
  await district.getByLabel("绿化提升数量").fill("300");
  await district.getByLabel("绿化提升估算费用(元)").fill("90000");
  await district.getByRole("button", { name: "创建项目" }).click();
  await expect(district.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await district.getByRole("button", { name: "推进到“征求意见”" }).click();
  await expect(district.getByTestId("project-stage")).toHaveText("征求意见");

  // The resident of 1-1 opens an account with the letter's code, before the ballot exists: the
  // stage change just made is not theirs (they were not bound yet), so nothing is waiting.
  await district.goto(`/district/consultations/codes/${neighborhoodId}`);
  await district.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  const code = (await district
    .getByTestId("code-letter")
    .filter({ has: district.getByRole("heading", { name: "1栋1单元 1-1室 业主:" }) })
    .getByTestId("code")
    .textContent())!.trim();
  const phone = await oldPhone(browser);
  await register(phone, code, "13912348101");
  await expect(phone.getByTestId("resident-notices")).toHaveCount(0);
  await expect(phone.getByTestId("notifications-link")).toHaveText("通知");

  // The district opens the ballot.
  await district.goto("/district/consultations");
  const open = district
    .locator("[data-testid^=open-ballot-]")
    .filter({ has: district.locator(`input[name=title][value^="${PROJECT}"]`) });
  await open.getByLabel("开始时间").fill(chinaLocal(-30));
  await open.getByLabel("截止时间").fill(chinaLocal(24 * 60));
  await open.getByRole("button", { name: "发起表决" }).click();
  await expect(district.getByTestId("flash-ok")).toHaveText("表决已发起。");

  // The resident's home page: the notice, unread, counted in the header and beside the list.
  await phone.goto("/resident");
  const notices = phone.getByTestId("resident-notices");
  await expect(notices.getByTestId("notification")).toHaveCount(1);
  const notice = notices.getByTestId("notification").first();
  await expect(notice).toContainText("[未读]请您投票:");
  await expect(notice).toContainText(PROJECT);
  await expect(notice).toContainText("每户一票");
  await expect(phone.getByTestId("resident-unread")).toHaveText("1 条未读");
  await expect(phone.getByTestId("notifications-link")).toContainText("1");
  // Fits a 390 px phone: nothing wider than the screen.
  const width = await notice.boundingBox();
  expect(width!.x + width!.width).toBeLessThanOrEqual(PHONE.width);
  await phone.screenshot({ path: "test-results/resident-notice-home.png", fullPage: true });

  // Following it: marked read, on the ballot, and the vote is taken.
  await notice.getByRole("button", { name: "去投票" }).click();
  await expect(phone).toHaveURL(/\/resident\/ballots\/[^/?]+$/);
  const item = phone.getByTestId("ballot-item").filter({ hasText: "绿化提升" });
  await item.getByRole("button", { name: "同意", exact: true }).click();
  await expect(phone.getByTestId("flash-ok")).toContainText("已记录您家的选择");
  await expect(
    phone.getByTestId("ballot-item").filter({ hasText: "绿化提升" }).getByTestId("current-choice"),
  ).toContainText("同意");

  await phone.goto("/resident");
  await expect(phone.getByTestId("resident-unread")).toHaveCount(0);
  await expect(phone.getByTestId("notification").first()).not.toContainText("[未读]");
  await expect(phone.getByTestId("notifications-link")).toHaveText("通知");

  // The same notice in English, from the stored facts.
  await phone.context().addCookies([{ name: "locale", value: "en", url: phone.url() }]);
  await phone.goto("/notifications");
  await expect(phone.getByTestId("notification").first()).toContainText("Please vote:");
  await expect(phone.getByTestId("notification").first()).toContainText("One vote per household");

  // The demo resident of another neighbourhood was told nothing of it.
  const demo = await oldPhone(browser);
  const login = await browser.newContext({ viewport: PHONE });
  const loginPage = await login.newPage();
  await signIn(loginPage, "resident.demo");
  await expect(loginPage).toHaveURL(/\/resident$/);
  await demo.context().addCookies((await login.storageState()).cookies);
  await login.close();
  await demo.goto("/notifications");
  await expect(demo.getByText(PROJECT)).toHaveCount(0);
});
