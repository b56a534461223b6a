// The database the e2e server runs on (scripts/e2e-server.ts): a database of its own on
// TEST_DATABASE_URL's server, else the embedded one it records in its data directory. For tests
// that need to read data the pages show (e.g. which names are data, not wording).
import path from "node:path";
import pg from "pg";
import { runningEmbeddedServer } from "../../scripts/lib/data-dir";

export function e2eDatabaseUrl(port = Number(process.env.E2E_PORT ?? 3100)): string {
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/renew_e2e_${port}`;
    return url.toString();
  }
  const server = runningEmbeddedServer(path.resolve(`.data/e2e-${port}`));
  if (!server) throw new Error("找不到 e2e 服务的内置数据库 / the e2e server's embedded database is not running");
  return server.url;
}

/** One query on the e2e server's database, on a connection of its own (for checking what a page did not write). */
export async function queryE2eDatabase<T extends Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
