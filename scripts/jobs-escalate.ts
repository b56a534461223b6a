// npm run jobs:escalate — escalates overdue department tasks: flags each once and notifies the
// project's district officials and the commission. For cron, daily (e.g. `15 7 * * *`, Chongqing
// time). Idempotent: a task already escalated is skipped, so running it again, or after the
// commission's "escalate now", does nothing more. Each run is recorded (the pages show it).
import { escalateOverdueTasks } from "../src/modules/departments/escalation";
import { createScriptClient } from "./lib/client";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async ({ url }) => {
    const client = createScriptClient(url);
    try {
      const result = await escalateOverdueTasks(client);
      console.log(
        result.skipped
          ? "另一次督办正在进行,已跳过 / another run holds the lock, skipped"
          : `已督办 ${result.escalated} 项逾期任务,发送通知 ${result.notified} 条 / escalated ${result.escalated} task(s), ${result.notified} notification(s)`,
      );
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error("逾期督办失败 / escalation failed:", error);
  process.exitCode = 1;
}
