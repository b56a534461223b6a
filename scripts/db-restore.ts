// npm run db:restore -- <backup directory> --yes
// Replaces the database and the uploads with the backup's, then checks every table's row count
// and checksum against the backup's manifest. What was there before is moved aside for the
// embedded database and the uploads (…before-restore-<time>); an external database's public
// schema is replaced, so take a backup of it first.
import path from "node:path";
import { restoreEmbedded, restorePostgres } from "./lib/backup";
import { dataDir, runningEmbeddedServer } from "./lib/data-dir";

const args = process.argv.slice(2);
const backup = args.find((a) => !a.startsWith("--"));
if (!backup || !args.includes("--yes")) {
  console.error(
    "用法 / usage: npm run db:restore -- <备份目录 backup directory> --yes\n恢复会替换当前数据库和上传文件 / restoring replaces the current database and uploads.",
  );
  process.exit(2);
}
const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? path.join(dataDir(), "uploads"));

try {
  let outcome;
  if (process.env.DATABASE_URL) {
    outcome = await restorePostgres(path.resolve(backup), process.env.DATABASE_URL, uploadDir);
  } else {
    if (runningEmbeddedServer()) throw new Error("请先停止 npm start 再恢复 / stop `npm start` before restoring");
    outcome = await restoreEmbedded(path.resolve(backup), path.join(dataDir(), "pglite"), uploadDir);
    if (outcome.dataSetAside)
      console.log(`原数据库已移到 / the previous database was moved to ${outcome.dataSetAside}`);
  }
  if (outcome.uploadsSetAside)
    console.log(`原上传文件已移到 / the previous uploads were moved to ${outcome.uploadsSetAside}`);
  if (outcome.differences.length) {
    console.error(
      `恢复后与备份不一致 / the restored data differs from the backup:\n  ${outcome.differences.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log("已恢复,每张表的行数和校验和与备份一致 / restored; every table's rows and checksum match the backup");
} catch (error) {
  console.error(`恢复失败 / restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
