// npm run jobs:snapshot — the monthly baseline of the city roll-up, for cron (e.g. `5 0 1 * *`,
// shortly after midnight on the 1st, Chongqing time). Idempotent: a year that already has this
// month's scheduled snapshot is skipped, so running it again (or after the commission took the
// month's baseline with the roll-up page's button) does nothing.
import { ensureMonthlySnapshot, lockSnapshotYear, snapshotYears } from "../src/modules/programme/rollup-data";
import { createScriptClient } from "./lib/client";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async ({ url }) => {
    const client = createScriptClient(url);
    try {
      for (const year of await snapshotYears(client)) {
        // With two machines running this job, or the job racing the commission's button, the
        // month's baseline is taken once.
        const taken = await client.$transaction(
          async (tx) => {
            await lockSnapshotYear(tx, year);
            return ensureMonthlySnapshot(tx, year);
          },
          { maxWait: 60_000, timeout: 300_000 },
        );
        console.log(`${year}: ${taken ? "已生成本月快照 / snapshot taken" : "本月快照已存在 / already taken"}`);
      }
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error("月度快照失败 / monthly snapshot failed:", error);
  process.exitCode = 1;
}
