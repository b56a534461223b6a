// The committed migrations must build exactly the schema in prisma/schema.prisma. Proven by
// building it twice — once by replaying prisma/migrations, once from a single from-empty diff of
// the schema — and comparing what PostgreSQL says each database contains.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalogue } from "../scripts/lib/catalogue";
import { startEmbeddedDb, type EmbeddedDb } from "../scripts/lib/embedded-db";
import { applyMigrations, diffSchemas } from "../scripts/lib/schema-engine";

const PRISMA_DIR = path.dirname(fileURLToPath(import.meta.url));
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");
const SNAPSHOT_FILE = path.join(PRISMA_DIR, "schema.migrated.prisma");

const MAKE_MIGRATION = "run `npm run db:migration -- <name>` and commit the migration";

// Each PGlite takes a few seconds to start; a large schema takes a few more to diff and apply.
const SETUP_TIMEOUT = 60_000;
const TEST_TIMEOUT = 120_000;

/** Runs a multi-statement script as one simple-protocol query, as the engine applies one. */
async function executeScript(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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
    "build exactly the schema in prisma/schema.prisma",
    async () => {
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
      await executeScript(fromSchema.url, await diffSchemas(fromSchema.url, null, schema));

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
    "apply nothing the second time",
    async () => {
      // Applies whatever the test above did not (when run on its own), then must find nothing left.
      await applyMigrations(migrated.url, MIGRATIONS_DIR);
      expect(await applyMigrations(migrated.url, MIGRATIONS_DIR)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "leave no schema change without a migration",
    async () => {
      const snapshot = await readFile(SNAPSHOT_FILE, "utf8").catch(() => null);
      expect(snapshot, `prisma/schema.migrated.prisma is missing: ${MAKE_MIGRATION}`).not.toBeNull();

      const pending = await diffSchemas(fromSchema.url, snapshot, schema);
      expect(pending, `prisma/schema.prisma has changes that no migration makes: ${MAKE_MIGRATION}`).toBe("");
    },
    TEST_TIMEOUT,
  );
});
