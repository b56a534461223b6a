// The server the browser tests run against: the real start-up path (migrate, seed, build, serve)
// on a database of its own, created fresh for each run — a new database on TEST_DATABASE_URL's
// server when that is set, otherwise an embedded one in a throw-away data directory.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runPlatform } from "./lib/platform";

const port = Number(process.env.PORT ?? 3100);

async function freshExternalDatabase(adminUrl: string): Promise<string> {
  // One database per port, so two checkouts can run their browser tests at once.
  const name = `renew_e2e_${port}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let databaseUrl: string | undefined;
if (process.env.TEST_DATABASE_URL) {
  databaseUrl = await freshExternalDatabase(process.env.TEST_DATABASE_URL);
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
} else {
  process.env.DATA_DIR = path.resolve(`.data/e2e-${port}`);
  rmSync(process.env.DATA_DIR, { recursive: true, force: true });
}
delete process.env.DATABASE_URL;

const platform = await runPlatform({ port, databaseUrl, seedDemo: true });
console.log(`e2e server ready at ${platform.url}`);
const stop = async () => {
  await platform.stop();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
