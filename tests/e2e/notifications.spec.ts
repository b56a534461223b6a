import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers";

test("overdue department work reaches the commission as notifications, which it reads and clears", async ({ page }) => {
  await signInAndWait(page, "commission", /\/commission$/);
  // Opening the follow-up page escalates the demo's overdue tasks (the daily job does the same).
  await page.goto("/commission/departments");
  await page.goto("/notifications");
  const items = page.getByTestId("notification");
  await expect(items.first()).toContainText("逾期");
  await expect(page.getByTestId("notifications-link")).toContainText(String(await items.count()));
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByText("已标为已读。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "未读 0 条" })).toBeVisible();
  await expect(page.getByTestId("notifications-link")).toHaveText("通知");
});
