// npm start: embedded database (or DATABASE_URL), migrations, seed, build when needed, serve.
// npm run dev (--dev): the same, with `next dev` and hot reload instead of a production build.
import { ensurePrismaClient } from "./lib/prisma-client";

// The client must exist before anything that imports it is loaded.
ensurePrismaClient();
const { printBanner, runPlatform } = await import("./lib/platform");

const port = Number(process.env.PORT ?? 3000);
const databaseUrl = process.env.DATABASE_URL || undefined;
// Demo accounts only ever reach an external database when asked for.
const seedDemo = !databaseUrl || process.env.SEED_DEMO === "1";
const dev = process.argv.includes("--dev");

try {
  const platform = await runPlatform({ port, databaseUrl, seedDemo, dev });
  printBanner(platform.url, seedDemo);
  const shutdown = async () => {
    await platform.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  console.error(`\n启动失败 / start-up failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
