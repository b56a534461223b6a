// Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm, pinned in
// package.json), driven through @prisma/adapter-pg. It is the Rust engine the Prisma CLI runs as a
// native binary — which the CLI downloads from Prisma's binaries host, unreachable on machines
// that only reach the npm registry. Same engine, so the same commands give the same results:
//
//   createMigration        = `prisma migrate dev --create-only`   (npm run db:migration)
//   applyMigrations        = `prisma migrate deploy`              (npm run db:migrate, npm start)
//   diffMigrationsToSchema = `prisma migrate diff --from-migrations … --to-schema …`
//   migrationStatus        = what `prisma migrate status` and `deploy` look at first
//
// Around the engine, this file does what the CLI does — read the migrations folder, give the
// engine a shadow database (here a throw-away in-memory PGlite, so nothing needs CREATE DATABASE
// rights) — and patches two gaps of adapter-pg 7.10 on the engine's connections (patchAdapter).
// docs/migrations.md says more.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

/** The datamodel the engine is constructed with: every operation below passes its own schemas,
 * so the engine only needs to know the provider — and must not depend on a schema file that
 * may be half-edited. */
const PROVIDER_ONLY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let bindingsReady: Promise<typeof wasmBindings> | undefined;

/** Instantiates the engine's WebAssembly once per process: it is 10+ MB and the bindings keep
 * module-level state, so a second instantiation would only cost time and memory. */
function loadBindings(): Promise<typeof wasmBindings> {
  bindingsReady ??= (async () => {
    // A panic in the engine reports its message here before the WebAssembly traps; without the
    // registry the message is lost behind "Cannot read properties of undefined".
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": withUnrefTimers(wasmBindings),
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return wasmBindings;
  })();
  return bindingsReady;
}

/**
 * The engine arms a 10 s timer around the advisory lock it takes in applyMigrations and never
 * clears it (the bindings import setTimeout but not clearTimeout), so a script that is done would
 * hang for 10 s. Unref'd timers do not keep Node alive; while the engine really waits for the
 * lock, its open connection does.
 */
function withUnrefTimers(bindings: typeof wasmBindings): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...bindings };
  for (const name of Object.keys(imports)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports as WebAssembly.ModuleImports;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[][] };
/** adapter-pg internals this file patches (instance properties, never the shared prototype). */
type PgInternals = {
  performIO(query: unknown): Promise<PgResult>;
  onError(error: unknown): never;
};

/** PostgreSQL's internal one-byte `"char"` type (pg_constraint.contype, pg_class.relkind, …). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Two gaps in adapter-pg 7.10 that the native engine does not have, patched on one connection:
 *
 * - `executeScript` splits a script on every ";" — including those inside string literals and
 *   function bodies (the cast_vote function) — and sends each piece as its own pooled query, so a
 *   failing migration leaves its first statements applied. The native engine sends the whole
 *   script as one simple-protocol query, which PostgreSQL runs as one implicit transaction.
 * - Introspection (what a shadow database is for: `createMigration`, a diff from migrations,
 *   drift checks) reads catalogue columns of type `"char"`, which adapter-pg refuses ("Column
 *   type 'char' could not be deserialized"). Its text form is the character itself, so such
 *   columns are read as text and reported to the engine as the Character type it expects.
 */
function patchAdapter(adapter: PgAdapter): PgAdapter {
  const internals = adapter as unknown as PgInternals;
  adapter.executeScript = async (script: string) => {
    try {
      // A query without parameters goes over the simple protocol, which accepts many statements.
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // Keep the adapter's own error mapping, so the engine reports PostgreSQL's message.
      internals.onError(error);
    }
  };

  // queryRaw returns the very `rows` array performIO produced: it is the key that carries which
  // columns were "char" from one to the other, whatever else runs in between.
  const charColumns = new WeakMap<object, number[]>();
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return adapter;
}

/**
 * Runs `work` with an engine connected to `url`, then frees the engine and closes every pool and
 * shadow database it opened: the engine never disposes its adapters, and an open pg pool keeps
 * Node running.
 */
async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const shadows: EmbeddedDb[] = [];
  // One connection, as the native engine uses: the advisory lock it takes around
  // applyMigrations is per session, so every statement must go through the same one. (Enough for
  // the commands used here, none of which opens a transaction alongside other queries.)
  const connectTo = async (connectionString: string) => {
    const adapter = patchAdapter(await new PrismaPg({ connectionString, max: 1 }).connect());
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(url),
    // The shadow database is where the engine replays the migrations to learn the schema they
    // build. The CLI creates (and drops) one on the database server; an in-memory PGlite needs no
    // rights there and cannot touch anyone's data.
    connectToShadowDb: async () => {
      const shadow = await startEmbeddedDb({ dataDir: null });
      shadows.push(shadow);
      return connectTo(shadow.url);
    },
  };
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels: [["schema.prisma", PROVIDER_ONLY_SCHEMA]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work(engine);
  } catch (error) {
    throw toReadableError(error);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    await Promise.allSettled(shadows.map((shadow) => shadow.stop()));
  }
}

/** The engine's errors end with a Rust span trace (`   0: sql_schema_connector::…`) that says
 * nothing to someone running a migration, apart from which migration failed; keep the message
 * above it and that name. */
function toReadableError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const trace = error.message.search(/^\s+0: /m);
  if (trace < 0) return error;
  const message = error.message
    .slice(0, trace)
    .replace(/^external connector error\n/, "")
    .trimEnd();
  const migration = /migration_name="([^"]+)"/.exec(error.message.slice(trace))?.[1];
  const readable = new Error(migration ? `migration ${migration}: ${message}` : message, {
    cause: error,
  });
  readable.name = error.name;
  return readable;
}

const datamodel = (content: string) => ({
  tag: "schemaDatamodel" as const,
  files: [{ path: "schema.prisma", content }],
});

/**
 * The SQL script that takes a database from nothing to the one `schema` describes. A pure
 * schema-to-schema diff — the database at `url` is connected to but not read.
 */
export async function diffEmptyToSchema(url: string, schema: string): Promise<string> {
  const result = await withEngine(url, (engine) =>
    engine.diff({ from: { tag: "empty" }, to: datamodel(schema), script: true, exitCode: false, filters: NO_FILTER }),
  );
  return result.stdout ?? "";
}

/**
 * What `prisma migrate diff --from-migrations <dir> --to-schema <schema> --script` prints: the SQL
 * that takes the database the migrations build to the one `schema` describes. The migrations are
 * replayed into a shadow database (an in-memory PGlite) and read back from it.
 */
export async function diffMigrationsToSchema(
  url: string,
  migrationsDir: string,
  schema: string,
): Promise<{ changed: boolean; sql: string }> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const result = await withEngine(url, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: datamodel(schema),
      script: true,
      // With exitCode the engine says whether the diff is empty (2 = changes) instead of making
      // us recognise its "-- This is an empty migration." text.
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  return { changed: result.exitCode === 2, sql: result.stdout ?? "" };
}

/** `20261201134500`: the engine's migration timestamp, UTC so that migrations made in different
 * time zones still sort in the order they were made. */
function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * `prisma migrate dev --create-only --name <name>` without writing: the next migration — its
 * directory name (`<UTC timestamp>_<name>`) and SQL — or null when the schema needs none. With
 * `empty`, a migration is made even then (the start of one with hand-written SQL), as the CLI's
 * `--create-only` does.
 *
 * The engine's own createMigration would do exactly this, but its WebAssembly build does not
 * take the shadow database from the adapter there ("shadow DB must be provided through an
 * external factory"), while its diff does; the SQL is the same diff the CLI's createMigration
 * renders.
 */
export async function createMigration(
  url: string,
  migrationsDir: string,
  schema: string,
  name: string,
  { empty = false, now = new Date() } = {},
): Promise<{ directory: string; sql: string } | null> {
  const { changed, sql } = await diffMigrationsToSchema(url, migrationsDir, schema);
  if (!changed && !empty) return null;
  return { directory: `${migrationTimestamp(now)}_${name}`, sql };
}

/**
 * Applies the migrations in `migrationsDir` that the database at `url` has not had yet, recording
 * them in `_prisma_migrations` as `prisma migrate deploy` does. Returns the names it applied, in
 * order; [] when the database was up to date.
 */
export async function applyMigrations(url: string, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const output = await withEngine(url, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTER }));
  return output.appliedMigrationNames;
}

/**
 * How the database's `_prisma_migrations` compares with the migrations folder, as the engine
 * tells `prisma migrate status` (and `prisma migrate deploy`, before it applies anything). In
 * sync when `history` is null and no migration failed.
 */
export async function migrationStatus(url: string, migrationsDir: string): Promise<DiagnoseMigrationHistoryOutput> {
  const migrationsList = await readMigrationsList(migrationsDir);
  return withEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
  );
}

export const MIGRATION_LOCK_FILE = "migration_lock.toml";

/** The migrations folder as the Prisma CLI hands it to the engine (its `listMigrations`): every
 * sub-directory, in localeCompare order, with its migration.sql (or the reason it could not be
 * read — the engine then refuses). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    names.map(async (name): Promise<MigrationDirectory> => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: unknown) => ({ tag: "error" as const, value: (error as Error).message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockfileContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(() => null);
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
