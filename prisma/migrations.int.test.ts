// The committed migrations, checked against prisma/schema.prisma and against what the stock
// Prisma CLI expects of them (docs/migrations.md):
// - the engine finds no difference between the schema and what the migrations build (the check
//   `prisma migrate diff --from-migrations` makes, and what `prisma migrate dev` would turn into
//   a new migration);
// - applied to an empty database, the migrations give the same catalogue as the schema does;
// - `_prisma_migrations` is kept exactly as `prisma migrate deploy` keeps it, both ways: a
//   database migrated here is up to date for the stock CLI, and one the stock CLI migrated is up to
//   date here;
// - where the stock CLI's native engine is installed (a machine that reached binaries.prisma.sh),
//   the CLI itself agrees.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalogue, readHandWritten, type HandWritten } from "../scripts/lib/catalogue";
import { startEmbeddedDb, type EmbeddedDb } from "../scripts/lib/embedded-db";
import {
  applyMigrations,
  createMigration,
  diffEmptyToSchema,
  diffMigrationsToSchema,
  migrationStatus,
  readMigrationsList,
} from "../scripts/lib/schema-engine";

const PRISMA_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(PRISMA_DIR);
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");

const MAKE_MIGRATION = "run `npm run db:migration -- <name>` and commit the migration";

// Each PGlite takes a few seconds to start, a large schema a few more to diff and apply — several
// times that on a loaded 2-core machine (the integration project's hook timeout is 180 s too).
const SETUP_TIMEOUT = 180_000;
const TEST_TIMEOUT = 240_000;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs a multi-statement script as one simple-protocol query, as the engine applies one. */
function executeScript(url: string, sql: string): Promise<unknown> {
  return withClient(url, (client) => client.query(sql));
}

/** The migrations in the folder, in the order Migrate applies them, with their SQL. */
async function committedMigrations(): Promise<{ name: string; sql: string }[]> {
  const { migrationDirectories } = await readMigrationsList(MIGRATIONS_DIR);
  return migrationDirectories.map(({ path: name, migrationFile }) => {
    if (migrationFile.content.tag !== "ok") throw new Error(`${name}: ${migrationFile.content.value}`);
    return { name, sql: migrationFile.content.value };
  });
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

// The table the schema engine creates before its first migration (prisma-engines,
// sql-schema-connector, PostgreSQL flavour), the same in the native and the WebAssembly build.
const STOCK_MIGRATIONS_TABLE = `
  CREATE TABLE _prisma_migrations (
    id                  VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum            VARCHAR(64) NOT NULL,
    finished_at         TIMESTAMPTZ,
    migration_name      VARCHAR(255) NOT NULL,
    logs                TEXT,
    rolled_back_at      TIMESTAMPTZ,
    started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count INTEGER NOT NULL DEFAULT 0
  )`;

const COLUMNS_OF_MIGRATIONS_TABLE = `
  SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
  ORDER BY ordinal_position`;

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
  started_at: Date;
};

function migrationRows(url: string): Promise<MigrationRow[]> {
  return withClient(url, async (client) => {
    const result = await client.query<MigrationRow>(
      'SELECT * FROM _prisma_migrations ORDER BY migration_name COLLATE "C"',
    );
    return result.rows;
  });
}

// The tables whose writes bump the figures stamp (migration figures_stamp; src/lib/figures-cache.ts).
const FIGURES_STAMPED = [
  "AnnualPlan",
  "AnnualPlanEntry",
  "AnnualPlanVersion",
  "Ballot",
  "BallotItem",
  "CatalogueItem",
  "Department",
  "DepartmentTask",
  "District",
  "DistrictTargetShare",
  "Feedback",
  "FundingRecord",
  "Milestone",
  "Neighborhood",
  "PlanReview",
  "ProgrammeTarget",
  "Project",
  "ProjectItem",
  "ProjectNeighborhood",
  "RollupSnapshot",
  "Setting",
  "Street",
];

/** The hand-written SQL in the migrations (docs/migrations.md lists where each piece comes from). */
const HAND_WRITTEN: HandWritten = {
  functions: ["cast_vote", "figures_stamp_bump", "neighborhood_dwelling_totals"],
  triggers: [
    ...["dwelling_totals_delete", "dwelling_totals_insert", "dwelling_totals_update"].map((name) => ({
      table: "Dwelling",
      name,
      deferred: false,
    })),
    ...FIGURES_STAMPED.flatMap((table) => [
      { table, name: "figures_stamp", deferred: true },
      { table, name: "figures_stamp_truncate", deferred: false },
    ]),
  ].sort((a, b) => (a.table === b.table ? (a.name < b.name ? -1 : 1) : a.table < b.table ? -1 : 1)),
  partialIndexes: [
    {
      table: "ProxyAuthorisation",
      name: "ProxyAuthorisation_one_in_force",
      definition:
        'CREATE UNIQUE INDEX "ProxyAuthorisation_one_in_force" ON public."ProxyAuthorisation" ' +
        'USING btree ("ballotId", "dwellingId") WHERE ("revokedAt" IS NULL)',
    },
  ],
};

/** What `prisma migrate status` and `deploy` require before they call a database up to date. */
const IN_SYNC = {
  history: null,
  failedMigrationNames: [],
  editedMigrationNames: [],
  hasMigrationsTable: true,
};

describe("prisma migrations", () => {
  let schema: string;
  // One database per build, in memory: nothing to clean up, nothing shared with a dev database.
  let migrated: EmbeddedDb;
  let fromSchema: EmbeddedDb;

  beforeAll(async () => {
    schema = await readFile(SCHEMA_FILE, "utf8");
    [migrated, fromSchema] = await Promise.all([
      startEmbeddedDb({ dataDir: null }),
      startEmbeddedDb({ dataDir: null }),
    ]);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await Promise.all([migrated?.stop(), fromSchema?.stop()]);
  });

  it(
    "leave no schema change without a migration",
    async () => {
      // The engine replays the migrations into a shadow database, reads back what they built and
      // diffs it against the schema: the SQL `npm run db:migration` would write now.
      const pending = await diffMigrationsToSchema(fromSchema.url, MIGRATIONS_DIR, schema);
      expect(
        pending.changed ? pending.sql : "",
        `prisma/schema.prisma has changes that no migration makes: ${MAKE_MIGRATION}`,
      ).toBe("");
    },
    TEST_TIMEOUT,
  );

  it(
    "make the next migration as prisma migrate dev --create-only does",
    async () => {
      // What `npm run db:migration -- add_probe` writes for a new model: the engine's SQL for just
      // that change, in a folder named by the UTC time.
      const changed = `${schema}\nmodel MigrationProbe {\n  id   Int    @id\n  note String @default("a;b")\n}\n`;
      const now = new Date("2027-03-04T05:06:07Z");
      expect(await createMigration(fromSchema.url, MIGRATIONS_DIR, changed, "add_probe", { now })).toEqual({
        directory: "20270304050607_add_probe",
        sql:
          '-- CreateTable\nCREATE TABLE "MigrationProbe" (\n    "id" INTEGER NOT NULL,\n' +
          `    "note" TEXT NOT NULL DEFAULT 'a;b',\n\n` +
          '    CONSTRAINT "MigrationProbe_pkey" PRIMARY KEY ("id")\n);\n',
      });
    },
    TEST_TIMEOUT,
  );

  it(
    "build exactly the schema in prisma/schema.prisma",
    async () => {
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
      await executeScript(fromSchema.url, await diffEmptyToSchema(fromSchema.url, schema));

      const [built, expected] = await Promise.all([readCatalogue(migrated.url), readCatalogue(fromSchema.url)]);
      // Checked first because the usual cause is not a missing migration: Prisma's migration for
      // a new enum value appends it (ADD VALUE), while a fresh database gets the declared order,
      // and the order is what ORDER BY uses on that column.
      expect(
        built.enums,
        "the migrated enums differ from prisma/schema.prisma. If only the order of values " +
          "differs: add new values at the end of the enum, or edit the migration to " +
          `ALTER TYPE … ADD VALUE '…' BEFORE '…'. Otherwise ${MAKE_MIGRATION}`,
      ).toEqual(expected.enums);
      expect(built, `the migrations do not build prisma/schema.prisma: ${MAKE_MIGRATION}`).toEqual(expected);
    },
    TEST_TIMEOUT,
  );

  it(
    "keep the hand-written SQL: triggers, functions, the partial index",
    async () => {
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
      expect(
        await readHandWritten(migrated.url),
        "the migrations no longer create the hand-written triggers, functions or partial index " +
          "(a migration dropped or recreated a table, or was squashed from a fresh diff?). If the " +
          "change is intended, update HAND_WRITTEN here and docs/migrations.md",
      ).toEqual(HAND_WRITTEN);
    },
    TEST_TIMEOUT,
  );

  it(
    "apply nothing the second time",
    async () => {
      // Applies whatever the test above did not (when run on its own), then must find nothing left.
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
      expect(await applyMigrations(migrated.url, MIGRATIONS_DIR)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  describe("bookkeeping, as stock Prisma Migrate keeps it", () => {
    let stockMigrated: EmbeddedDb;

    beforeAll(async () => {
      stockMigrated = await startEmbeddedDb({ dataDir: null });
      // Ensure this block also works when run on its own.
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
    }, SETUP_TIMEOUT + TEST_TIMEOUT);

    afterAll(async () => {
      await stockMigrated?.stop();
    });

    it("keep _prisma_migrations in the table stock Prisma creates", async () => {
      const columnsOf = (url: string) =>
        withClient(url, async (client) => (await client.query(COLUMNS_OF_MIGRATIONS_TABLE)).rows);
      await executeScript(fromSchema.url, `DROP TABLE IF EXISTS _prisma_migrations; ${STOCK_MIGRATIONS_TABLE}`);
      const stock = await columnsOf(fromSchema.url);
      expect(stock.map((column) => column.column_name)).toEqual([
        "id",
        "checksum",
        "finished_at",
        "migration_name",
        "logs",
        "rolled_back_at",
        "started_at",
        "applied_steps_count",
      ]);
      expect(await columnsOf(migrated.url)).toEqual(stock);
    });

    it("record each migration as prisma migrate deploy does: finished, its SQL's SHA-256, one step", async () => {
      const migrations = await committedMigrations();
      const rows = await migrationRows(migrated.url);
      expect(
        rows.map((row) => ({
          migration_name: row.migration_name,
          checksum: row.checksum,
          finished: row.finished_at !== null && row.finished_at >= row.started_at,
          rolled_back_at: row.rolled_back_at,
          logs: row.logs,
          applied_steps_count: row.applied_steps_count,
        })),
      ).toEqual(
        migrations.map((migration) => ({
          migration_name: migration.name,
          checksum: sha256(migration.sql),
          finished: true,
          rolled_back_at: null,
          logs: null,
          applied_steps_count: 1,
        })),
      );
      // A random UUID per row, as the engine's record_migration_started writes.
      for (const row of rows)
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it(
      "leave a database that prisma migrate status calls up to date",
      async () => {
        // The engine's diagnoseMigrationHistory is what `prisma migrate status` reports and what
        // `prisma migrate deploy` checks before applying: no failed, edited or unapplied migration.
        expect(await migrationStatus(migrated.url, MIGRATIONS_DIR)).toMatchObject(IN_SYNC);
      },
      TEST_TIMEOUT,
    );

    it(
      "take a database that stock Prisma migrated as up to date",
      async () => {
        // Built the way `prisma migrate deploy` builds it: its table, each migration's script,
        // and per migration the row its engine writes (started, one step, finished).
        await executeScript(stockMigrated.url, STOCK_MIGRATIONS_TABLE);
        for (const migration of await committedMigrations()) {
          await executeScript(stockMigrated.url, migration.sql);
          await withClient(stockMigrated.url, (client) =>
            client.query(
              `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
               VALUES (gen_random_uuid()::text, $1, $2, now(), now(), 1)`,
              [sha256(migration.sql), migration.name],
            ),
          );
        }
        expect(await applyMigrations(stockMigrated.url, MIGRATIONS_DIR)).toEqual([]);
        expect(await migrationStatus(stockMigrated.url, MIGRATIONS_DIR)).toMatchObject(IN_SYNC);
        const [built, expected] = await Promise.all([readCatalogue(stockMigrated.url), readCatalogue(migrated.url)]);
        expect(built).toEqual(expected);
      },
      TEST_TIMEOUT,
    );
  });

  describe("stock Prisma CLI", () => {
    const engine = nativeSchemaEngine();
    const cli = (args: string[], env: Record<string, string>) =>
      promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({
          code: error.code ?? -1,
          output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
        }),
      );

    it.skipIf(engine === null)(
      // The CLI cannot download its native schema engine from binaries.prisma.sh here; with it
      // (a developer's machine with internet, after any `npx prisma migrate …`), this runs.
      `agrees: prisma migrate diff finds nothing to do, migrate status finds nothing to apply${engine === null ? " (skipped: no native schema engine in node_modules/@prisma/engines)" : ""}`,
      async () => {
        const shadow = await startEmbeddedDb({ dataDir: null });
        try {
          const diff = await cli(
            [
              "migrate",
              "diff",
              "--from-migrations",
              "prisma/migrations",
              "--to-schema",
              "prisma/schema.prisma",
              "--script",
              "--exit-code",
            ],
            { DATABASE_URL: fromSchema.url, SHADOW_DATABASE_URL: shadow.url },
          );
          expect(diff, `prisma migrate diff: ${MAKE_MIGRATION}`).toMatchObject({ code: 0 });
          const status = await cli(["migrate", "status"], { DATABASE_URL: migrated.url });
          expect(status.output).toContain("Database schema is up to date");
          expect(status.code).toBe(0);
        } finally {
          await shadow.stop();
        }
      },
      TEST_TIMEOUT,
    );
  });
});

/**
 * The native engine the stock CLI runs, if this machine has it: where the CLI puts it after a
 * download, or where PRISMA_SCHEMA_ENGINE_BINARY points (unless that is the placeholder
 * `db:generate` passes, which is no engine).
 */
function nativeSchemaEngine(): string | null {
  const fromEnv = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (fromEnv && !fromEnv.endsWith(".json") && existsSync(fromEnv)) return fromEnv;
  const dir = path.join(ROOT, "node_modules/@prisma/engines");
  const found = existsSync(dir) ? readdirSync(dir).find((name) => name.startsWith("schema-engine-")) : undefined;
  return found ? path.join(dir, found) : null;
}
