// npm run db:backup [-- <directory>] — the database and the uploaded files, with a manifest of
// row counts and checksums per table. PostgreSQL (DATABASE_URL): pg_dump's custom format. The
// embedded database: PGlite's own dump of its data directory (stop `npm start` first).
import path from "node:path";
import { backupEmbedded, backupPostgres } from "./lib/backup";
import { dataDir, runningEmbeddedServer } from "./lib/data-dir";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
const out = path.resolve(process.argv[2] ?? path.join("backups", `renew-${stamp}`));
const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? path.join(dataDir(), "uploads"));

try {
  let manifest;
  if (process.env.DATABASE_URL) {
    manifest = await backupPostgres(process.env.DATABASE_URL, uploadDir, out);
  } else {
    if (runningEmbeddedServer()) {
      throw new Error(
        "内置数据库正在被 npm start 使用,请先停止它(Ctrl+C)再备份 / stop `npm start` before backing up the embedded database",
      );
    }
    manifest = await backupEmbedded(path.join(dataDir(), "pglite"), uploadDir, out);
  }
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(`已备份到 / backed up to ${out}`);
  console.log(
    `  ${Object.keys(manifest.tables).length} 张表 ${rows} 行,${manifest.uploads.files} 个上传文件 / tables, rows, uploaded files`,
  );
} catch (error) {
  console.error(`备份失败 / backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
