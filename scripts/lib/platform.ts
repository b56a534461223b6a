// Brings the platform up: database (embedded or external), migrations, seed, build, serve.
// `npm start` and the browser tests both go through here, so what the tests run is what a user runs.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { seedDemo } from "../../prisma/seed/demo";
import { seedReference } from "../../prisma/seed/reference";
import { createScriptClient } from "./client";
import { dataDir, embeddedSecrets, recordRunningServer } from "./data-dir";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { applyMigrations } from "./schema-engine";

export type PlatformOptions = {
  port: number;
  /** External PostgreSQL; absent means the embedded database in the data directory. */
  databaseUrl?: string;
  seedDemo: boolean;
  /** `next dev` with hot reload instead of a production build. */
  dev?: boolean;
  log?: (line: string) => void;
};

export type RunningPlatform = {
  url: string;
  /** The server process (the benchmark samples its memory). */ pid: number;
  stop: () => Promise<void>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function runPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const log = options.log ?? ((line: string) => console.log(line));
  // No telemetry: a government installation does not report to third parties.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: EmbeddedDb | null = null;

  if (options.databaseUrl) {
    if (!process.env.AUTH_SECRET || process.env.AUTH_SECRET.length < 32) {
      throw new Error(
        "使用外部数据库(DATABASE_URL)时必须设置 AUTH_SECRET(至少 32 个字符的随机串,例如 `openssl rand -base64 32` 的输出)。\n" +
          "AUTH_SECRET must be set (32+ random characters) when DATABASE_URL points at an external database.",
      );
    }
    env.DATABASE_URL = options.databaseUrl;
  } else {
    const dir = dataDir();
    log(`• 启动内置数据库(PGlite,数据目录 ${path.relative(ROOT, dir) || dir})/ starting the embedded database`);
    embedded = await startEmbeddedDb({
      dataDir: path.join(dir, "pglite"),
      port: numberFrom(process.env.EMBEDDED_DB_PORT),
    });
    recordRunningServer({ url: embedded.url, pid: process.pid }, dir);
    env.DATABASE_URL = embedded.url;
    env.AUTH_SECRET = process.env.AUTH_SECRET ?? embeddedSecrets(dir).authSecret;
    env.UPLOAD_DIR = process.env.UPLOAD_DIR ?? path.join(dir, "uploads");
    // One session serves every connection of the embedded server: one pool connection keeps two
    // requests' statements from interleaving in it.
    env.DB_POOL_MAX = process.env.DB_POOL_MAX ?? "1";
  }
  env.NEXTAUTH_URL ??= `http://localhost:${options.port}`;

  try {
    const applied = await applyMigrations(env.DATABASE_URL!, path.join(ROOT, "prisma/migrations"));
    log(
      applied.length
        ? `• 已应用迁移 / migrations applied: ${applied.join(", ")}`
        : "• 数据库结构已是最新 / schema up to date",
    );

    const client = createScriptClient(env.DATABASE_URL!);
    try {
      // The seeds are idempotent but walk every project; a restart with the same seed code skips them.
      const stamp = seedStamp(options.seedDemo);
      const seeded = await client.setting.findUnique({ where: { key: SEED_STAMP_KEY }, select: { value: true } });
      if (seeded?.value === stamp) {
        log("• 基础数据已是最新 / reference data up to date");
      } else {
        await seedReference(client);
        if (options.seedDemo) {
          const { created } = await seedDemo(client);
          log(created ? "• 已写入演示数据 / demo data seeded" : "• 演示数据已更新 / demo data brought up to date");
        }
        await client.setting.upsert({
          where: { key: SEED_STAMP_KEY },
          create: { key: SEED_STAMP_KEY, value: stamp },
          update: { value: stamp },
        });
      }
    } finally {
      await client.$disconnect();
    }

    if (!options.dev) await buildIfChanged(env, log);
    // Production runs the front server as plain JavaScript: with tsx's loader the process carried
    // a loader thread and source-map support (Node then keeps the map of every chunk Next loads),
    // ~75 MB resident for nothing (docs/performance.md, "Memory"). `next dev` keeps tsx.
    const entry = options.dev ? ["--import", "tsx", "scripts/serve.ts", "--dev"] : [await bundleFrontServer()];
    const server = spawn(process.execPath, [...serverHeap(env, options.dev), ...entry, "-p", String(options.port)], {
      cwd: ROOT,
      env: { ...env, APP_DIR: ROOT, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));
    server.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    const url = `http://localhost:${options.port}`;
    await waitForHealth(url, server);
    return {
      url,
      pid: server.pid!,
      stop: async () => {
        await stopChild(server);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export function printBanner(url: string, demo: boolean): void {
  const lines = [
    "",
    "  重庆市老旧小区改造与社区服务提升管理平台已启动 / the platform is running",
    `  地址 / URL: ${url}`,
  ];
  if (demo) {
    lines.push(`  演示账号(密码均为 ${DEMO_PASSWORD})/ demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(20)} ${a.role.padEnd(11)} ${a.scope}`);
  }
  lines.push("  按 Ctrl+C 停止 / press Ctrl+C to stop", "");
  console.log(lines.join("\n"));
}

/**
 * The production server's heap, fixed (SERVER_HEAP_MB, default 512; `next build` and `next dev`
 * keep V8's own sizing). V8 sizes its heap from the machine's memory and collects lazily, so under
 * a burst the server grew past 1 GB resident though its live data stays small (requests are
 * admitted a few dozen at a time, scripts/lib/admission.ts). 288 MB kept one process within
 * 512 MB resident before the catalogues came, but then a 5,000-row plan import ran out of heap
 * and killed the server: 512 MB leaves an import its room (docs/performance.md, "Memory").
 * An explicit --max-old-space-size in NODE_OPTIONS wins.
 */
function serverHeap(env: NodeJS.ProcessEnv, dev: boolean | undefined): string[] {
  if (dev || /max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return [];
  const mb = Number(env.SERVER_HEAP_MB);
  return [`--max-old-space-size=${Number.isInteger(mb) && mb >= 128 ? mb : 512}`];
}

function nextBin(): string {
  return path.join(ROOT, "node_modules/.bin/next");
}

function numberFrom(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

/**
 * scripts/serve.ts and what it imports, bundled into one ES module beside the build (packages stay
 * in node_modules). Bundled on every start: it takes well under a second and can never be stale.
 */
async function bundleFrontServer(): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "renew-serve.mjs");
  await build({
    entryPoints: [path.join(ROOT, "scripts/serve.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}

/** Rebuilds only when the sources changed since the last build, so a restart is quick. */
async function buildIfChanged(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const stamp = sourceStamp();
  const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
  const stampFile = path.join(distDir, "renew-build-stamp");
  if (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp
  ) {
    log("• 使用已有构建 / using the existing build");
    return;
  }
  log("• 正在构建(首次约需 1–3 分钟)/ building (first time takes 1–3 minutes)…");
  await run(nextBin(), ["build"], env);
  writeFileSync(stampFile, stamp);
}

const SEED_STAMP_KEY = "seed.stamp";

/** A hash of the seed code (and whether the demo is wanted): when it changes, the seeds run again. */
function seedStamp(demo: boolean): string {
  const hash = createHash("sha256").update(demo ? "demo\0" : "reference\0");
  const dir = path.join(ROOT, "prisma/seed");
  for (const name of readdirSync(dir).sort())
    hash
      .update(`${name}\0`)
      .update(readFileSync(path.join(dir, name)))
      .update("\0");
  for (const name of readdirSync(path.join(ROOT, "prisma/migrations")).sort()) hash.update(`${name}\0`);
  return hash.digest("hex");
}

/**
 * A hash of what the build is made of, by content: `npm start` regenerates the Prisma client
 * under src/generated first, which rewrites those files with new times but the same bytes, so
 * file times would force a rebuild on every start.
 */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(ROOT, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
    } else {
      hash.update(`${relative}\0`).update(readFileSync(full)).update("\0");
    }
  };
  for (const entry of [
    "src",
    "messages",
    "public",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
    "prisma/schema.prisma",
  ]) {
    visit(entry);
  }
  return hash.digest("hex");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
    child.on("error", reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error("Next.js 服务未能启动 / the Next.js server exited during start-up");
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("Next.js 服务在 120 秒内未就绪 / the server did not become healthy within 120 s");
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}
