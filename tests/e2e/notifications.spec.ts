import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-db";
import { signInAndWait } from "./helpers";

/** What an escalation writes: audit rows, notifications, flagged tasks. */
async function escalationRows() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ audit: number; notices: number; escalated: number }>(
      `SELECT (SELECT count(*) FROM "AuditLog")::int AS audit, (SELECT count(*) FROM "Notification")::int AS notices,
              (SELECT count(*) FROM "DepartmentTask" WHERE "escalatedAt" IS NOT NULL)::int AS escalated`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

test("overdue department work reaches the commission as notifications, which it reads and clears", async ({ page }) => {
  await signInAndWait(page, "commission", /\/commission$/);
  // Opening the follow-up page only reads: it says when escalation last ran and sends nothing.
  const before = await escalationRows();
  await page.goto("/commission/departments");
  await expect(page.getByTestId("escalation-freshness")).toContainText("逾期督办尚未运行");
  expect(await escalationRows()).toEqual(before);
  await expect(page.getByTestId("notifications-link")).toHaveText("通知");
  // The commission runs the daily job's escalation itself; the page then says it ran.
  await page.getByRole("button", { name: "立即督办" }).click();
  await expect(page.getByText("已督办,通知已发送。")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("escalation-freshness")).toContainText("市住房城乡建委手动督办");
  const after = await escalationRows();
  expect(after.escalated).toBeGreaterThan(before.escalated);
  expect(after.notices).toBeGreaterThan(before.notices);
  await page.goto("/notifications");
  const items = page.getByTestId("notification");
  await expect(items.first()).toContainText("逾期");
  await expect(page.getByTestId("notifications-link")).toContainText(String(await items.count()));
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByText("已标为已读。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "未读 0 条" })).toBeVisible();
  await expect(page.getByTestId("notifications-link")).toHaveText("通知");
});
