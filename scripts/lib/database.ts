// Resolves the database a script works on: DATABASE_URL when set, otherwise the embedded one —
// reusing the server `npm start` is running, since two PGlite processes must never open the
// same data directory.
import path from "node:path";
import { dataDir, runningEmbeddedServer } from "./data-dir";
import { startEmbeddedDb } from "./embedded-db";

export type Target = { url: string; embedded: boolean };

export async function withDatabase<T>(work: (target: Target) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work({ url: process.env.DATABASE_URL, embedded: false });
  const running = runningEmbeddedServer();
  if (running) return work({ url: running.url, embedded: true });
  const server = await startEmbeddedDb({ dataDir: path.join(dataDir(), "pglite") });
  try {
    return await work({ url: server.url, embedded: true });
  } finally {
    await server.stop();
  }
}
