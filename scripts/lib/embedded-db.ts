// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served over the
// Postgres wire protocol, so the app, the migrations and the tests talk to it exactly as they talk
// to a real PostgreSQL server — one code path.
import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Connections the server accepts at once. Every process that connects shares this budget. */
const EMBEDDED_MAX_CONNECTIONS = 24;

export type EmbeddedDb = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

/**
 * Starts PGlite with its data in `dataDir` (or in memory when `dataDir` is null) and serves it on
 * 127.0.0.1:`port` (0 picks a free port).
 */
export async function startEmbeddedDb(options: { dataDir: string | null; port?: number }): Promise<EmbeddedDb> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? undefined);
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({
    db,
    port,
    host: "127.0.0.1",
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
