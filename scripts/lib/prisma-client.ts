// The Prisma client under src/generated is made from prisma/schema.prisma by `prisma generate`.
// Start-up regenerates it only when what it is made of changed, so a restart stays quick.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Outside src/, so the stamp itself never changes what the build stamp hashes.
const STAMP = path.join(ROOT, "node_modules/.cache/renew/prisma-schema-stamp");

function schemaStamp(): string {
  const hash = createHash("sha256");
  for (const file of ["prisma/schema.prisma", "prisma.config.ts", "package-lock.json"]) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(ROOT, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

/** Runs `prisma generate` when the client is missing or older than the schema it came from. */
export function ensurePrismaClient(log: (line: string) => void = console.log): void {
  const stamp = schemaStamp();
  if (
    existsSync(path.join(ROOT, "src/generated/prisma/client.ts")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === stamp
  )
    return;
  log("• 正在生成数据库客户端 / generating the database client…");
  const result = spawnSync("npm", ["run", "--silent", "db:generate"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("prisma generate 失败 / prisma generate failed");
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, stamp);
}
