// Where the embedded installation keeps its state: the PGlite data, generated secrets, uploads.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data");
}

type Secrets = { authSecret: string };

/** Secrets for the embedded default, generated on first start and kept in the data directory. */
export function embeddedSecrets(dir = dataDir()): Secrets {
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Secrets;
  mkdirSync(dir, { recursive: true });
  const secrets: Secrets = { authSecret: randomBytes(32).toString("base64url") };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

type RunningServer = { url: string; pid: number };

const runningFile = (dir: string) => path.join(dir, "embedded-db.json");

/** The embedded server another process (npm start) is serving from this data directory, if any. */
export function runningEmbeddedServer(dir = dataDir()): RunningServer | null {
  const file = runningFile(dir);
  if (!existsSync(file)) return null;
  const server = JSON.parse(readFileSync(file, "utf8")) as RunningServer;
  try {
    process.kill(server.pid, 0);
    return server;
  } catch {
    return null;
  }
}

export function recordRunningServer(server: RunningServer, dir = dataDir()): void {
  writeFileSync(runningFile(dir), JSON.stringify(server));
}
