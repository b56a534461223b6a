// `npm run db:migrate` — applies the migrations in prisma/migrations that the database has not had
// yet, the way `prisma migrate deploy` does (same `_prisma_migrations` bookkeeping), without the
// Prisma CLI's native engine. The database is DATABASE_URL, or the embedded one in .data/pglite
// when DATABASE_URL is unset.
import { startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations, readMigrationsList } from "./lib/schema-engine";

const MIGRATIONS_DIR = "prisma/migrations";
const EMBEDDED_DATA_DIR = ".data/pglite";

/** Where the migrations go, for the messages — never the password. */
function describeTarget(url: string | undefined): string {
  if (!url) return `内置数据库 / embedded database (${EMBEDDED_DATA_DIR})`;
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    throw new Error("DATABASE_URL 不是有效的连接串 / DATABASE_URL is not a valid URL");
  }
}

async function withDatabase<T>(url: string | undefined, use: (url: string) => Promise<T>) {
  if (url) return use(url);
  // PGlite keeps its files open in this process only: stop it so everything is flushed.
  const db = await startEmbeddedDb({ dataDir: EMBEDDED_DATA_DIR });
  try {
    return await use(db.url);
  } finally {
    await db.stop();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || undefined;
  const target = describeTarget(url);
  const { migrationDirectories } = await readMigrationsList(MIGRATIONS_DIR);
  if (migrationDirectories.length === 0) {
    console.warn(
      `${MIGRATIONS_DIR} 中没有迁移,先运行 npm run db:migration -- <name>\n` +
        `No migrations in ${MIGRATIONS_DIR}; create one with npm run db:migration -- <name>`,
    );
  }
  console.log(`迁移数据库 / Migrating: ${target}`);
  const applied = await withDatabase(url, (dbUrl) => applyMigrations(dbUrl, MIGRATIONS_DIR));
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
