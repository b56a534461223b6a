// npm run jobs:prune — removes spent sign-in throttle counters, and sign-in attempts and ended
// sessions older than the retention period (src/lib/auth/prune.ts). For cron, e.g. daily at
// 03:30 Chongqing time. Idempotent.
import { pruneAuthRecords } from "../src/lib/auth/prune";
import { createScriptClient } from "./lib/client";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async ({ url }) => {
    const client = createScriptClient(url);
    try {
      const { throttles, attempts, sessions } = await pruneAuthRecords(client);
      console.log(
        `已清理 / removed: 限流计数 throttle counters ${throttles}, 登录记录 sign-in attempts ${attempts}, 已结束会话 ended sessions ${sessions}`,
      );
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error("清理失败 / pruning failed:", error);
  process.exitCode = 1;
}
