// The database integration tests run against: TEST_DATABASE_URL when set (CI points it at the
// machine's PostgreSQL), otherwise an in-memory embedded PGlite server — so `npm test` passes on
// a machine that has nothing but Node.js. Migrations are applied once here.
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/schema-engine";

let embedded: EmbeddedDb | null = null;

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The embedded PGlite server (no TEST_DATABASE_URL): its connections share one session. */
    embeddedDb: boolean;
  }
}

export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (url) {
    // Start from nothing, so a stale schema from an earlier run cannot hide a broken migration.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  } else {
    embedded = await startEmbeddedDb({ dataDir: null });
    url = embedded.url;
  }
  await applyMigrations(url, path.resolve(import.meta.dirname, "../../prisma/migrations"));
  project.provide("databaseUrl", url);
  project.provide("embeddedDb", embedded !== null);
}

export async function teardown() {
  await embedded?.stop();
}
