// Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm, pinned), driven
// through @prisma/adapter-pg. The Prisma CLI cannot download its native engine on machines that
// cannot reach Prisma's binaries host; this is the same engine, so migrations stay standard Prisma
// migrations (the stock `prisma migrate deploy` accepts the same folder and `_prisma_migrations`).
//
// Through the adapter, only what does not introspect a database works: schema-to-schema `diff`,
// `applyMigrations`, `markMigrationRolledBack`. Introspection (a diff from migrations or a live
// database, `createMigration`, `devDiagnostic`) fails: the engine's catalogue queries return
// PostgreSQL's internal "char" type, which adapter-pg cannot deserialize.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

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

type ErrorConverting = { onError(error: unknown): never };

/**
 * adapter-pg 7.10's `executeScript` splits a script on every ";" — including those inside string
 * literals (a `@default("a;b")` breaks the migration) — and sends each piece as its own pooled
 * query, so a failing migration leaves its first statements applied. The native engine sends the
 * whole script as one simple-protocol query, which PostgreSQL runs as a single implicit
 * transaction. Do the same.
 */
function sendScriptWhole(adapter: Awaited<ReturnType<PrismaPg["connect"]>>): void {
  adapter.executeScript = async (script: string) => {
    try {
      // A query without parameters goes over the simple protocol, which accepts many statements.
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // Keep the adapter's own error mapping, so the engine reports PostgreSQL's message.
      (adapter as unknown as ErrorConverting).onError(error);
    }
  };
}

/**
 * Runs `work` with an engine connected to `url`, then frees the engine and closes every pool it
 * opened: the engine never disposes its adapters, and an open pg pool keeps Node running.
 */
async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  // One connection, as the native engine uses: the advisory lock it takes around
  // applyMigrations is per session, so every statement must go through the same one. (Enough for
  // the commands used here, none of which opens a transaction alongside other queries.)
  const factory = new PrismaPg({ connectionString: url, max: 1 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    sendScriptWhole(adapter);
    opened.push(adapter);
    return adapter;
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

/**
 * The SQL script that takes a database from the schema `fromSchema` describes (or from nothing,
 * when null) to the one `toSchema` describes; "" when they need no change. A pure
 * schema-to-schema diff — the database at `url` is connected to but not read.
 */
export async function diffSchemas(url: string, fromSchema: string | null, toSchema: string): Promise<string> {
  const datamodel = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: "schema.prisma", content }],
  });
  const result = await withEngine(url, (engine) =>
    engine.diff({
      from: fromSchema === null ? { tag: "empty" } : datamodel(fromSchema),
      to: datamodel(toSchema),
      script: true,
      // With exitCode the engine says whether the diff is empty (2 = changes) instead of making
      // us recognise its "-- This is an empty migration." text.
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
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

export const MIGRATION_LOCK_FILE = "migration_lock.toml";

/** The migrations folder as the Prisma CLI hands it to the engine: every sub-directory, in name
 * order, with its migration.sql (or the reason it could not be read — the engine then refuses). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name): Promise<MigrationDirectory> => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: unknown) => ({ tag: "error" as const, value: String(error) }),
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
