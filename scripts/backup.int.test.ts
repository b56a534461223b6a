// Backup and restore round trips: what comes back has the same rows and checksums per table, and
// the same uploaded files. Embedded always; PostgreSQL when the tests run against one (CI).
import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import {
  backupEmbedded,
  backupPostgres,
  differences,
  pgQuery,
  readManifest,
  restoreEmbedded,
  restorePostgres,
  tableFigures,
  uploadFigures,
} from "./lib/backup";

async function scratch() {
  const dir = await mkdtemp(path.join(tmpdir(), "renew-backup-"));
  const uploads = path.join(dir, "uploads");
  await mkdir(path.join(uploads, "2026"), { recursive: true });
  await writeFile(path.join(uploads, "2026", "scan.pdf"), "%PDF-1.4 signed paper ballot");
  return { dir, uploads };
}

describe("embedded database", () => {
  it("a backup restores an identical database and uploads, and a changed database is told apart", async () => {
    const { dir, uploads } = await scratch();
    const dataDir = path.join(dir, "pglite");
    const source = await PGlite.create(dataDir);
    await source.exec(
      `CREATE TABLE "Vote" (id text primary key, choice text, at timestamp); INSERT INTO "Vote" VALUES ('a','AGREE','2026-11-30 10:00'), ('b','DISAGREE',NULL);`,
    );
    await source.close();

    const manifest = await backupEmbedded(dataDir, uploads, path.join(dir, "backup"));
    expect(manifest.tables.Vote!.rows).toBe(2);
    expect(manifest.uploads.files).toBe(1);

    // Something changes after the backup; the restore brings the backup's state back.
    const changed = await PGlite.create(dataDir);
    await changed.exec(`DELETE FROM "Vote" WHERE id = 'b'`);
    const afterChange = await tableFigures(async (sql) => (await changed.query<Record<string, unknown>>(sql)).rows);
    await changed.close();
    expect(differences(manifest, afterChange, manifest.uploads)).toEqual(["Vote: 2 → 1"]);
    await writeFile(path.join(uploads, "2026", "scan.pdf"), "overwritten");

    const outcome = await restoreEmbedded(path.join(dir, "backup"), dataDir, uploads);
    expect(outcome.differences).toEqual([]);
    expect(outcome.dataSetAside).toMatch(/pglite\.before-restore-/);
    expect(await readFile(path.join(uploads, "2026", "scan.pdf"), "utf8")).toBe("%PDF-1.4 signed paper ballot");
    const restored = await PGlite.create(dataDir);
    expect((await restored.query(`SELECT id, choice FROM "Vote" ORDER BY id`)).rows).toEqual([
      { id: "a", choice: "AGREE" },
      { id: "b", choice: "DISAGREE" },
    ]);
    await restored.close();
  }, 180_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)("PostgreSQL", () => {
  it("pg_dump and pg_restore bring back the same rows and checksums in every table", async () => {
    const sourceUrl = inject("databaseUrl");
    const { dir, uploads } = await scratch();
    const manifest = await backupPostgres(sourceUrl, uploads, path.join(dir, "backup"));
    expect(Object.keys(manifest.tables)).toContain("District");
    expect(manifest.tables.District!.rows).toBe(38);

    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS renew_restore_drill WITH (FORCE)");
    await admin.query("CREATE DATABASE renew_restore_drill");
    await admin.end();
    const targetUrl = Object.assign(new URL(sourceUrl), { pathname: "/renew_restore_drill" }).toString();
    const restoredUploads = path.join(dir, "restored-uploads");
    const outcome = await restorePostgres(path.join(dir, "backup"), targetUrl, restoredUploads);
    expect(outcome.differences).toEqual([]);

    const target = pgQuery(targetUrl);
    expect(await tableFigures(target.query)).toEqual((await readManifest(path.join(dir, "backup"))).tables);
    await target.end();
    expect(await uploadFigures(restoredUploads)).toEqual(manifest.uploads);
  });
});
