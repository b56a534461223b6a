// Times each dashboard's data loading (the same functions the pages call) on the demo data:
// BENCH_DATABASE_URL must point at a migrated database seeded with the demo data, e.g.
//   createdb renew_bench
//   DATABASE_URL=postgresql://…/renew_bench SEED_DEMO=1 npm run db:migrate && DATABASE_URL=… SEED_DEMO=1 npm run db:seed
//   BENCH_DATABASE_URL=postgresql://…/renew_bench npx tsx scripts/bench/dashboards.ts [runs]
// Prints the median (and min/max) server time of `runs` runs (default 9) after one warm-up.
import {
  loadDepartmentQueue,
  loadDistrictWork,
  loadProgrammeDashboard,
  loadPublicProgress,
  loadResidentTimeline,
} from "../../src/modules/dashboards/data";
import { chongqingYear } from "../../src/lib/dates";
import { createScriptClient } from "../lib/client";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error(
    "请设置 BENCH_DATABASE_URL(已迁移并写入演示数据的数据库)/ set BENCH_DATABASE_URL to a database with the demo data",
  );
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 9);
const db = createScriptClient(url);

async function time(label: string, load: () => Promise<unknown>) {
  await load();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await load();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(40)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(6)} ms  (min ${ms[0]!.toFixed(1)}, max ${ms[ms.length - 1]!.toFixed(1)})`,
  );
}

try {
  const [neighborhoods, projects] = await Promise.all([db.neighborhood.count(), db.project.count()]);
  console.log(
    `demo data: ${neighborhoods} neighbourhoods, ${projects} projects, ${await db.dwelling.count()} dwellings; ${runs} runs each`,
  );
  const year = chongqingYear(new Date());
  const yuzhong = await db.district.findUniqueOrThrow({ where: { code: "500103" }, select: { id: true } });
  const department = await db.department.findUniqueOrThrow({ where: { code: "scjgj" }, select: { id: true } });
  const resident = await db.user.findUniqueOrThrow({ where: { username: "resident.demo" }, select: { id: true } });
  await time(`commission /commission (${year})`, () => loadProgrammeDashboard(db, { year }));
  await time("commission /commission (2025)", () => loadProgrammeDashboard(db, { year: 2025 }));
  await time(`district /district 渝中 (${year})`, () =>
    Promise.all([loadProgrammeDashboard(db, { year, districtId: yuzhong.id }), loadDistrictWork(db, yuzhong.id, year)]),
  );
  await time("department /department 市场监管局", () => loadDepartmentQueue(db, department.id));
  await time("resident /resident resident.demo", () => loadResidentTimeline(db, resident.id));
  await time(`public /progress + API (${year})`, () => loadPublicProgress(db, year));
} finally {
  await db.$disconnect();
}
