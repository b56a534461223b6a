import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers";

// The registry's 户数 column reads the stored per-neighbourhood total; the neighbourhood's page
// counts its dwellings directly. Both must agree, also right after a dwelling is added.
const NAME = "枇杷山正街小区";

async function listedCount(page: Page): Promise<number> {
  await page.goto(`/district/neighborhoods?q=${encodeURIComponent("枇杷山正街")}`);
  const row = page
    .getByTestId("neighborhood-list")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: NAME }) });
  await expect(row).toHaveCount(1);
  // 小区 · 街道 · 建成年份 · 户数 (a district official's list has no district column)
  return Number(await row.getByRole("cell").nth(3).innerText());
}

const detailCount = (page: Page) => page.locator("dt", { hasText: /^户数$/ }).locator("xpath=following-sibling::dd[1]");

test("the list's dwelling count is the neighbourhood's, before and after adding a dwelling", async ({ page }) => {
  await signInAndWait(page, "district.yuzhong", /\/district/);
  const before = await listedCount(page);
  expect(before).toBeGreaterThan(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/registry-list-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: "test-results/registry-list-desktop.png", fullPage: true });

  await page.getByRole("link", { name: NAME }).click();
  await expect(detailCount(page)).toHaveText(String(before));

  await page.getByText("逐户登记一套房屋").click();
  const form = page.getByTestId("add-dwelling");
  await form.getByLabel("楼栋", { exact: true }).fill("99栋");
  await form.getByLabel("楼栋层数").fill("6");
  await form.getByLabel("单元", { exact: true }).fill("1单元");
  await form.getByLabel("房号").fill("9-9");
  await form.getByLabel("所在楼层").fill("3");
  await form.getByLabel("专有部分面积(平方米)").fill("66.60");
  await form.getByRole("button", { name: "登记房屋" }).click();
  await expect(form.getByText("已登记。")).toBeVisible();
  await page.reload();
  await expect(detailCount(page)).toHaveText(String(before + 1));
  expect(await listedCount(page)).toBe(before + 1);
});
