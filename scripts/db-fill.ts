// `npm run db:fill -- --scale small|chongqing|national-fifth [--seed N] [--force]`
// Fills DATABASE_URL (migrated and reference-seeded: `npm run db:migrate && npm run db:seed`,
// SEED_DEMO unset) with a generated city for load tests and benchmarks. Reproducible: the same
// scale and seed give the same rows. Refuses a database holding neighbourhoods that were not
// generated unless --force, and one already filled.
import { fill } from "./lib/fill/fill";
import { SCALES } from "./lib/fill/scales";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scale = SCALES[arg("scale") ?? "small"];
const seed = Number(arg("seed") ?? 1);
const url = process.env.DATABASE_URL;
if (!scale || !Number.isInteger(seed) || !url) {
  console.error(
    "用法 / usage: DATABASE_URL=postgresql://… npm run db:fill -- --scale small|chongqing|national-fifth [--seed N] [--force]\n" +
      (url ? "" : "需要 DATABASE_URL(外部 PostgreSQL)/ DATABASE_URL (an external PostgreSQL) is required\n"),
  );
  process.exit(2);
}
const tty = process.stderr.isTTY;
try {
  const summary = await fill({
    url,
    scale,
    seed,
    force: process.argv.includes("--force"),
    log: (line) => console.log(line),
    progress: (line) => (tty ? process.stderr.write(`\r${line}\x1b[K`) : console.error(line)),
  });
  if (tty) process.stderr.write("\n");
  const { seconds, ...tables } = summary;
  for (const [table, rows] of Object.entries(tables)) console.log(`  ${table.padEnd(22)} ${String(rows).padStart(10)}`);
  console.log(`• 完成 / done in ${seconds.toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
