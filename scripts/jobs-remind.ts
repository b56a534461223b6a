// npm run jobs:remind — tells residents two days before a ballot closes (on Chongqing's
// calendar: a ballot closing on the 10th is reminded on the 8th). For cron, daily in the morning
// (e.g. `0 9 * * *`, Chongqing time) — or hourly: it is idempotent, a resident is reminded of
// one closing time once however often it runs.
import { remindClosingBallots } from "../src/modules/notifications/reminders";
import { createScriptClient } from "./lib/client";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async ({ url }) => {
    const client = createScriptClient(url);
    try {
      const result = await remindClosingBallots(client);
      console.log(
        `已提醒 ${result.ballots} 个即将截止的表决,发送通知 ${result.notified} 条 / reminded ${result.ballots} ballot(s), ${result.notified} notification(s)`,
      );
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error("截止提醒失败 / reminders failed:", error);
  process.exitCode = 1;
}
