// Paper beside phones: a 南岸区 official (made by the admin, so no other journey's ballot is in the
// way) opens a ballot, prints the binding letters — four to a sheet, no app shell — and downloads
// them as a PDF whose QR code reads PUBLIC_URL/b; enters a whole dwelling's signed paper form on one
// screen; and sees that dwelling leave the door-to-door list.
import { expect, test } from "@playwright/test";
import { decodePdfQr, pdfPageCount } from "../helpers/pdf-qr";
import { newDistrictOfficial } from "./helpers";
import { E2E_PUBLIC_URL } from "./public-url";

const PROJECT = "南坪片区老旧小区改造";
const USERNAME = "e2e.nanan.paper";
const PASSWORD = "Nanping-Tongyuanju-Paper-2026";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const chinaLocal = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

test("letters on paper with a QR code to PUBLIC_URL, a whole dwelling's paper form, the follow-up list", async ({
  browser,
  page: admin,
}) => {
  test.setTimeout(300_000);
  const page = await newDistrictOfficial(browser, admin, {
    username: USERNAME,
    displayName: "南岸区 纸质表决专班",
    district: "南岸区(500108)",
    password: PASSWORD,
  });

  // Open the ballot for the 南坪 project.
  await page.goto("/district/consultations");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(PROJECT) }) });
  const open = card.locator("[data-testid^=open-ballot-]");
  await open.getByLabel("开始时间").fill(chinaLocal(-30));
  // Closes in two to three minutes (minute precision): the paper work below fits before, the
  // count and the printed notice come after.
  await open.getByLabel("截止时间").fill(chinaLocal(3));
  await open.getByRole("button", { name: "发起表决" }).click();
  await expect(page.getByTestId("flash-ok")).toHaveText("表决已发起。");
  const ballotUrl = page.url().split("?")[0]!;

  // Letters: codes, the community's phone, then the print page.
  await page.goto("/district/consultations");
  await card.locator("a[href^='/district/consultations/codes/']").first().click();
  await page.getByRole("button", { name: "为缺码房屋生成绑定码" }).click();
  await expect(page.getByTestId("flash-ok")).toHaveText("绑定码已生成。");
  await page.getByLabel("社区联系电话(印在信件上)").fill("023-62981234");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("contact-phone-message")).toContainText("联系电话已保存");
  const letters = await page.getByTestId("code-letter").count();
  expect(letters).toBeGreaterThan(4);
  await page.getByRole("link", { name: "打印信件(每张 A4 四封)" }).click();
  await expect(page.getByTestId("print-letter")).toHaveCount(letters);
  await expect(page.getByTestId("letter-page")).toHaveCount(Math.ceil(letters / 4));
  await expect(page.getByTestId("letter-page").first().getByTestId("print-letter")).toHaveCount(4);
  // No app shell on the sheet: no site header, no menu; the screen-only toolbar is not printed.
  await expect(page.locator("header")).toHaveCount(0);
  await expect(page.locator("nav")).toHaveCount(0);
  const first = page.getByTestId("print-letter").first();
  await expect(first.getByTestId("letter-address")).toHaveText(`${E2E_PUBLIC_URL}/b`);
  await expect(first).toContainText(PROJECT);
  await expect(first).toContainText("表决时间:");
  await expect(first.getByTestId("letter-contact")).toHaveText("社区联系电话:023-62981234");
  await expect(first).toContainText("1. 扫码或在浏览器输入网址");
  await expect(first).toContainText("3. 进入后查看表决事项并投票");
  await page.screenshot({ path: "test-results/paper-letters-print.png" });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-toolbar")).toBeHidden();
  await page.screenshot({ path: "test-results/paper-letters-print-media.png" });
  await page.emulateMedia({ media: "screen" });

  // The PDF: four letters a page, and its QR code reads PUBLIC_URL/b (not this browser's address).
  const pdfHref = await page.getByRole("link", { name: "下载 PDF" }).getAttribute("href");
  const response = await page.request.get(pdfHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = Buffer.from(await response.body());
  expect(pdfPageCount(pdf)).toBe(Math.ceil(letters / 4));
  expect(decodePdfQr(pdf, 1)).toBe(`${E2E_PUBLIC_URL}/b`);

  // The door-to-door list before any vote: every dwelling.
  await page.goto(`${ballotUrl}/follow-up`);
  const rows = page.getByTestId("follow-up-row");
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  const target = rows.first();
  const [building, unit, room] = await Promise.all([
    target.locator("td").nth(1).innerText(),
    target.locator("td").nth(2).innerText(),
    target.getByTestId("follow-up-room").innerText(),
  ]);
  await page.screenshot({ path: "test-results/paper-follow-up.png", fullPage: true });

  // Enter that dwelling's signed form: every item on one screen, one scan. A missing item first:
  // refused at the item, nothing saved, the choices made kept.
  await page.goto(ballotUrl);
  await page.getByRole("link", { name: "按户录入纸质表决票" }).click();
  const select = page.getByTestId("paper-dwelling-select");
  const option = select.locator("option", { hasText: new RegExp(`${building}${unit} ${room}$`) }).first();
  await select.selectOption(await option.getAttribute("value"));
  await page.getByRole("button", { name: "打开本户" }).click();
  await expect(page).toHaveURL(/\/paper\?dwelling=/);
  await expect(page.getByTestId("paper-dwelling-form")).toBeVisible();
  const itemsOnForm = page.getByTestId("paper-item");
  const count = await itemsOnForm.count();
  expect(count).toBeGreaterThan(0);
  await itemsOnForm.first().getByLabel("同意", { exact: true }).check();
  await page
    .getByLabel("签字表扫描件(图片或 PDF,所有事项共用一份)")
    .setInputFiles({ name: "signed.png", mimeType: "image/png", buffer: PNG });
  if (count > 1) {
    await page.getByRole("button", { name: "录入本户全部事项" }).click();
    await expect(page.getByTestId("paper-dwelling-message")).toContainText(
      "请为每个事项填写纸质表上的意见,未写入任何记录",
    );
    await expect(itemsOnForm.nth(1).getByTestId("error-choice")).toContainText("请按纸质表填写本事项");
    await expect(itemsOnForm.first().getByLabel("同意", { exact: true })).toBeChecked();
    await expect(page.getByTestId("paper-history")).toContainText("暂无");
  }
  for (let i = 1; i < count; i++)
    await itemsOnForm
      .nth(i)
      .getByLabel(i % 2 ? "不同意" : "弃权")
      .check();
  await page
    .getByLabel("签字表扫描件(图片或 PDF,所有事项共用一份)")
    .setInputFiles({ name: "signed.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "录入本户全部事项" }).click();
  await expect(page.getByTestId("paper-dwelling-message")).toContainText(`已录入本户 ${count} 个事项的纸质表决票`);
  await expect(page.getByTestId("paper-history").locator("li")).toHaveCount(count);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/paper-entry-390.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The dwelling has left the list; filtering by its building and unit still works.
  await page.goto(`${ballotUrl}/follow-up`);
  await expect(rows).toHaveCount(before - 1);
  await page.getByLabel("楼栋").selectOption(building);
  await page.getByLabel("单元").selectOption(unit);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("follow-up-summary")).toContainText(`当前筛选 ${building}${unit}`);
  await expect(rows.filter({ has: page.getByTestId("follow-up-room").getByText(room, { exact: true }) })).toHaveCount(
    0,
  );
  const exportHref = await page.getByRole("link", { name: "导出 Excel" }).getAttribute("href");
  const exported = await page.request.get(exportHref!);
  expect(exported.headers()["content-type"]).toContain("spreadsheetml");

  // Printed ballot forms, one per dwelling, each with every item it votes on.
  await page.goto(`${ballotUrl}/forms`);
  await expect(page.getByTestId("ballot-form")).toHaveCount(before);
  await expect(page.getByTestId("ballot-form").first().getByTestId("ballot-form-item")).not.toHaveCount(0);
  await expect(page.locator("header")).toHaveCount(0);
  await page.screenshot({ path: "test-results/paper-ballot-form.png" });
  // The 公示 notice waits for the count.
  await page.goto(`${ballotUrl}/notice`);
  await expect(page.getByTestId("notice-not-counted")).toBeVisible();

  // After the closing time: count, publish, print the notice — both counts and both thresholds per
  // item, the notice period in working days, and how to object.
  await expect(async () => {
    await page.goto(ballotUrl);
    await page.getByRole("button", { name: "截止并计票" }).click();
    await expect(page.getByTestId("ballot-status")).toHaveText("已计票", { timeout: 2_000 });
  }).toPass({ timeout: 200_000, intervals: [5_000] });
  await page.getByRole("button", { name: "公示结果" }).click();
  await expect(page.getByTestId("ballot-status")).toHaveText("公示中");
  await page.getByRole("link", { name: "打印结果公示" }).click();
  const notice = page.getByTestId("notice");
  await expect(notice.getByTestId("notice-item")).toHaveCount(count);
  // One dwelling of many voted: nowhere near two thirds.
  // Every item: one owner of many took part, far from two thirds (owners of several dwellings count once).
  await expect(notice.getByTestId("notice-outcome")).toHaveText(
    Array.from({ length: count }, () => "参与人数或面积不足"),
  );
  for (let i = 0; i < count; i++) {
    await expect(notice.getByTestId("notice-item").nth(i)).toContainText(
      /参与表决人数1 \/ \d+ 人三分之二,至少 \d+ 人未达到/,
    );
    await expect(notice.getByTestId("notice-item").nth(i)).toContainText("本项未通过,暂不实施。");
  }
  await expect(notice.getByTestId("notice-period")).toContainText("公示期:5 个工作日,自");
  await expect(notice.getByTestId("notice-objection")).toContainText("023-62981234");
  await expect(page.locator("header")).toHaveCount(0);
  await page.screenshot({ path: "test-results/paper-notice.png", fullPage: true });
});
