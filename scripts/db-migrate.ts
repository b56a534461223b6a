// `npm run db:migrate` — applies the migrations in prisma/migrations that the database has not had
// yet, the way `prisma migrate deploy` does (same `_prisma_migrations` bookkeeping), without the
// Prisma CLI's native engine. `npm run db:migrate -- --status` only reports, as `prisma migrate
// status` does, and exits non-zero when the database is not up to date. See docs/migrations.md. The database is DATABASE_URL, or the embedded one (.data/pglite)
// when DATABASE_URL is unset — through the server `npm start` runs, if it is running, since two
// processes must never open the same PGlite directory.
import path from "node:path";
import { withDatabase, type Target } from "./lib/database";
import { dataDir } from "./lib/data-dir";
import { applyMigrations, migrationStatus, readMigrationsList } from "./lib/schema-engine";

const MIGRATIONS_DIR = "prisma/migrations";

/** Where the migrations go, for the messages — never the password. */
function describeTarget({ url, embedded }: Target): string {
  if (embedded) {
    const dir = path.relative(process.cwd(), path.join(dataDir(), "pglite"));
    return `内置数据库 / embedded database (${dir})`;
  }
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    throw new Error("DATABASE_URL 不是有效的连接串 / DATABASE_URL is not a valid URL");
  }
}

async function migrate(target: Target): Promise<string[]> {
  console.log(`迁移数据库 / Migrating: ${describeTarget(target)}`);
  return applyMigrations(target.url, MIGRATIONS_DIR);
}

/** What is out of step, one line each; [] when the database is up to date. */
async function status(target: Target): Promise<string[]> {
  console.log(`检查数据库 / Checking: ${describeTarget(target)}`);
  const { history, failedMigrationNames, editedMigrationNames, hasMigrationsTable } = await migrationStatus(
    target.url,
    MIGRATIONS_DIR,
  );
  const problems: string[] = [];
  if (!hasMigrationsTable) problems.push("尚未迁移 / never migrated (no _prisma_migrations table)");
  for (const name of failedMigrationNames) problems.push(`失败 / failed: ${name}`);
  for (const name of editedMigrationNames) problems.push(`应用后被修改 / edited after it was applied: ${name}`);
  if (history && "unappliedMigrationNames" in history) {
    for (const name of history.unappliedMigrationNames) problems.push(`未应用 / not yet applied: ${name}`);
  }
  if (history && "unpersistedMigrationNames" in history) {
    for (const name of history.unpersistedMigrationNames) {
      problems.push(`数据库有而目录中没有 / applied but not in ${MIGRATIONS_DIR}: ${name}`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  if (process.argv.includes("--status")) {
    const problems = await withDatabase(status);
    if (problems.length === 0) {
      console.log("数据库已是最新 / Database is up to date");
      return;
    }
    for (const problem of problems) console.log(`  - ${problem}`);
    process.exitCode = 1;
    return;
  }
  const { migrationDirectories } = await readMigrationsList(MIGRATIONS_DIR);
  if (migrationDirectories.length === 0) {
    console.warn(
      `${MIGRATIONS_DIR} 中没有迁移,先运行 npm run db:migration -- <name>\n` +
        `No migrations in ${MIGRATIONS_DIR}; create one with npm run db:migration -- <name>`,
    );
  }
  const applied = await withDatabase(migrate);
  if (applied.length === 0) {
    console.log("数据库已是最新 / Database is up to date");
    return;
  }
  console.log(`已应用迁移 ${applied.length} 个 / Applied ${applied.length} migration(s):`);
  for (const name of applied) console.log(`  - ${name}`);
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`迁移失败 / Migration failed:\n${message}`);
  process.exitCode = 1;
}
