// Backups: the database (pg_dump's custom format for PostgreSQL, PGlite's own data-directory dump
// for the embedded database) plus the uploaded files, with a manifest of row counts and checksums
// per table so a restore can prove it brought back exactly what was saved.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type TableFigures = Record<string, { rows: number; checksum: string }>;
export type Manifest = {
  format: 1;
  createdAt: string;
  kind: "postgresql" | "embedded";
  tables: TableFigures;
  uploads: { files: number; bytes: number; checksum: string };
};

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Row count and an order-independent checksum of every table in the public schema. */
export async function tableFigures(query: Query): Promise<TableFigures> {
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const out: TableFigures = {};
  for (const { tablename } of tables) {
    const name = String(tablename);
    const [row] = await query(
      `SELECT count(*)::bigint AS rows, coalesce(md5(string_agg(h, '' ORDER BY h)), '') AS checksum FROM (SELECT md5(t::text) AS h FROM "public"."${name.replace(/"/g, '""')}" t) s`,
    );
    out[name] = { rows: Number(row!.rows), checksum: String(row!.checksum) };
  }
  return out;
}

export async function uploadFigures(dir: string): Promise<Manifest["uploads"]> {
  const hash = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const visit = async (relative: string) => {
    const full = path.join(dir, relative);
    for (const entry of (await readdir(full, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await visit(child);
      else if (entry.isFile()) {
        const content = await readFile(path.join(dir, child));
        files += 1;
        bytes += content.length;
        hash.update(`${child}\n`).update(createHash("sha256").update(content).digest("hex"));
      }
    }
  };
  if (existsSync(dir)) await visit("");
  return { files, bytes, checksum: hash.digest("hex") };
}

export function pgQuery(url: string): { query: Query; end: () => Promise<void> } {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  return {
    query: async (sql) => {
      await connected;
      return (await client.query(sql)).rows as Record<string, unknown>[];
    },
    end: async () => {
      await connected.catch(() => {});
      await client.end();
    },
  };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              `找不到 ${command}。请安装 PostgreSQL 客户端(Debian: apt-get install postgresql-client)/ ${command} not found: install the PostgreSQL client tools`,
            )
          : error,
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} 失败 / failed (${code}):\n${stderr.trim()}`)),
    );
  });
}

async function copyUploads(from: string, to: string): Promise<void> {
  if (existsSync(from)) await cp(from, to, { recursive: true });
  else await mkdir(to, { recursive: true });
}

/** Backs up an external PostgreSQL database and the uploads into `out` (a new directory). */
export async function backupPostgres(url: string, uploadDir: string, out: string): Promise<Manifest> {
  await mkdir(out, { recursive: false });
  await run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${path.join(out, "database.pgdump")}`,
    `--dbname=${url}`,
  ]);
  const db = pgQuery(url);
  try {
    return await finish(out, "postgresql", await tableFigures(db.query), uploadDir);
  } finally {
    await db.end();
  }
}

/** Backs up the embedded database (its data directory must not be open elsewhere) and the uploads. */
export async function backupEmbedded(dataDir: string, uploadDir: string, out: string): Promise<Manifest> {
  await mkdir(out, { recursive: false });
  const db = await PGlite.create(dataDir);
  try {
    const figures = await tableFigures(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    const dump = await db.dumpDataDir("gzip");
    await writeFile(path.join(out, "pglite.tar.gz"), Buffer.from(await dump.arrayBuffer()));
    return await finish(out, "embedded", figures, uploadDir);
  } finally {
    await db.close();
  }
}

async function finish(out: string, kind: Manifest["kind"], tables: TableFigures, uploadDir: string): Promise<Manifest> {
  await copyUploads(uploadDir, path.join(out, "uploads"));
  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    kind,
    tables,
    uploads: await uploadFigures(path.join(out, "uploads")),
  };
  await writeFile(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, "manifest.json");
  if (!existsSync(file)) throw new Error(`${dir} 不是备份目录(缺少 manifest.json)/ not a backup directory`);
  return JSON.parse(await readFile(file, "utf8")) as Manifest;
}

/** Tables and uploads whose figures differ from the manifest (empty = identical). */
export function differences(expected: Manifest, tables: TableFigures, uploads: Manifest["uploads"]): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(expected.tables), ...Object.keys(tables)])) {
    const a = expected.tables[name];
    const b = tables[name];
    if (!a || !b || a.rows !== b.rows || a.checksum !== b.checksum)
      out.push(`${name}: ${a?.rows ?? "—"} → ${b?.rows ?? "—"}`);
  }
  if (expected.uploads.checksum !== uploads.checksum)
    out.push(`uploads: ${expected.uploads.files} → ${uploads.files} files`);
  return out;
}

/** Moves what is at `target` aside (nothing is deleted) and returns where it went. */
async function setAside(target: string): Promise<string | null> {
  if (!existsSync(target)) return null;
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}`;
  await rename(target, aside);
  return aside;
}

async function restoreUploads(backup: string, uploadDir: string): Promise<string | null> {
  const aside = await setAside(uploadDir);
  await copyUploads(path.join(backup, "uploads"), uploadDir);
  return aside;
}

/** Restores into an external database: its public schema is replaced by the backup's. */
export async function restorePostgres(
  backup: string,
  url: string,
  uploadDir: string,
): Promise<{ differences: string[]; uploadsSetAside: string | null }> {
  const manifest = await readManifest(backup);
  if (manifest.kind !== "postgresql")
    throw new Error("这是内置数据库的备份,请在未设置 DATABASE_URL 时恢复 / this backup is of the embedded database");
  const db = pgQuery(url);
  try {
    await db.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await run("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      `--dbname=${url}`,
      path.join(backup, "database.pgdump"),
    ]);
    const uploadsSetAside = await restoreUploads(backup, uploadDir);
    return {
      differences: differences(manifest, await tableFigures(db.query), await uploadFigures(uploadDir)),
      uploadsSetAside,
    };
  } finally {
    await db.end();
  }
}

/** Restores the embedded database: the current data directory is moved aside, never deleted. */
export async function restoreEmbedded(
  backup: string,
  dataDir: string,
  uploadDir: string,
): Promise<{ differences: string[]; dataSetAside: string | null; uploadsSetAside: string | null }> {
  const manifest = await readManifest(backup);
  if (manifest.kind !== "embedded")
    throw new Error("这是 PostgreSQL 的备份,请设置 DATABASE_URL 后恢复 / this backup is of a PostgreSQL database");
  const dump = await readFile(path.join(backup, "pglite.tar.gz"));
  const dataSetAside = await setAside(dataDir);
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([dump]) });
  try {
    const tables = await tableFigures(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    const uploadsSetAside = await restoreUploads(backup, uploadDir);
    return {
      differences: differences(manifest, tables, await uploadFigures(uploadDir)),
      dataSetAside,
      uploadsSetAside,
    };
  } finally {
    await db.close();
  }
}
