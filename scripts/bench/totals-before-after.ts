// The two fixes' database work before and after, on a filled database, sequentially (median of 7):
// the neighbourhood list's dwelling column (`_count` of dwellings vs the stored total) and the
// dashboards' housing of started / completed neighbourhoods (summing dwellings vs stored totals).
//   BENCH_DATABASE_URL=postgresql://…/renew_cq npx tsx scripts/bench/totals-before-after.ts
import type { Prisma } from "../../src/generated/prisma/client";
import {
  NEIGHBORHOOD_LIST_ORDER,
  NEIGHBORHOOD_LIST_SELECT,
  neighborhoodWhere,
} from "../../src/modules/neighborhoods/list-filters";
import { completedProjectWhere, startedProjectWhere } from "../../src/modules/programme/rollup-data";
import { createScriptClient } from "../lib/client";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("set BENCH_DATABASE_URL");
  process.exit(2);
}
const db = createScriptClient(url);
const YEAR = 2025;

async function median(work: () => Promise<unknown>) {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[3]!;
}

const { dwellingCount: _stored, ...common } = NEIGHBORHOOD_LIST_SELECT;
const OLD_SELECT = { ...common, _count: { select: { dwellings: true } } } satisfies Prisma.NeighborhoodSelect;

async function oldHousing(project: Prisma.ProjectWhereInput) {
  const links = await db.projectNeighborhood.findMany({
    where: { project },
    distinct: ["neighborhoodId"],
    select: { neighborhoodId: true },
  });
  const ids = links.map((l) => l.neighborhoodId);
  return db.dwelling.aggregate({
    where: { neighborhoodId: { in: ids } },
    _count: { _all: true },
    _sum: { areaM2: true },
  });
}
const newHousing = (project: Prisma.ProjectWhereInput) =>
  db.neighborhood.aggregate({
    where: { projects: { some: { project } } },
    _count: { _all: true },
    _sum: { dwellingCount: true, dwellingAreaM2: true },
  });

try {
  const yz = await db.district.findUniqueOrThrow({ where: { code: "500103" }, select: { id: true } });
  const page =
    (select: Prisma.NeighborhoodSelect, where: Prisma.NeighborhoodWhereInput, n = 1) =>
    () =>
      db.neighborhood.findMany({ where, orderBy: NEIGHBORHOOD_LIST_ORDER, skip: (n - 1) * 20, take: 20, select });
  const district = { AND: [{ districtId: yz.id }, neighborhoodWhere({})] };
  const rows: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["list rows, one district, page 1", page(OLD_SELECT, district), page(NEIGHBORHOOD_LIST_SELECT, district)],
    ["list rows, city, page 1", page(OLD_SELECT, {}), page(NEIGHBORHOOD_LIST_SELECT, {})],
    ["list rows, city, page 400", page(OLD_SELECT, {}, 400), page(NEIGHBORHOOD_LIST_SELECT, {}, 400)],
    [
      `housing of started ${YEAR} (city)`,
      () => oldHousing(startedProjectWhere(YEAR)),
      () => newHousing(startedProjectWhere(YEAR)),
    ],
    [
      `housing of completed ${YEAR} (city)`,
      () => oldHousing(completedProjectWhere(YEAR)),
      () => newHousing(completedProjectWhere(YEAR)),
    ],
    [
      `housing of started ${YEAR} (渝中)`,
      () => oldHousing({ AND: [startedProjectWhere(YEAR), { districtId: yz.id }] }),
      () => newHousing({ AND: [startedProjectWhere(YEAR), { districtId: yz.id }] }),
    ],
  ];
  console.log("| query | before ms | after ms |\n| --- | ---: | ---: |");
  for (const [label, before, after] of rows)
    console.log(`| ${label} | ${(await median(before)).toFixed(1)} | ${(await median(after)).toFixed(1)} |`);
} finally {
  await db.$disconnect();
}
