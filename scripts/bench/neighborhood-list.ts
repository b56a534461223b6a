// Times the registry list query on a large city: fills BENCH_DATABASE_URL (a scratch database,
// migrated and reference-seeded) with N neighbourhoods (default 50,000) and runs the list's
// count + page query for typical filter combinations, printing the median of 5 runs.
//   BENCH_DATABASE_URL=postgresql://… npx tsx scripts/bench/neighborhood-list.ts [N]
import type { Prisma } from "../../src/generated/prisma/client";
import {
  NEIGHBORHOOD_LIST_ORDER,
  NEIGHBORHOOD_LIST_SELECT,
  neighborhoodWhere,
} from "../../src/modules/neighborhoods/list-filters";
import { createScriptClient } from "../lib/client";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error(
    "请设置 BENCH_DATABASE_URL(已迁移并写入基础数据的临时数据库)/ set BENCH_DATABASE_URL to a scratch database",
  );
  process.exit(1);
}
const target = Number(process.argv[2] ?? 50_000);
const db = createScriptClient(url);
const PAGE = 20;

async function fill() {
  const districts = await db.district.findMany({ select: { id: true }, orderBy: { sortOrder: "asc" } });
  const have = await db.neighborhood.count({ where: { name: { startsWith: "压测" } } });
  if (have >= target) return districts;
  for (const [i, d] of districts.entries()) {
    for (let s = 0; s < 8; s++)
      await db.street.upsert({
        where: { districtId_name: { districtId: d.id, name: `压测街道${i}-${s}` } },
        create: { districtId: d.id, name: `压测街道${i}-${s}` },
        update: {},
      });
  }
  const streets = await db.street.findMany({
    where: { name: { startsWith: "压测街道" } },
    select: { id: true, districtId: true },
  });
  const rows: Prisma.NeighborhoodCreateManyInput[] = [];
  for (let n = have; n < target; n++) {
    const street = streets[(n * 7919) % streets.length]!;
    rows.push({
      districtId: street.districtId,
      streetId: street.id,
      name: `压测小区${String(n).padStart(6, "0")}`,
      address: `压测路${n}号`,
      completionYear: 1975 + (n % 40),
      poorCondition: n % 3 === 0,
      buildingCount: 1 + (n % 12),
    });
  }
  for (let i = 0; i < rows.length; i += 5000) await db.neighborhood.createMany({ data: rows.slice(i, i + 5000) });
  await db.$executeRawUnsafe("ANALYZE");
  return districts;
}

async function time(label: string, where: Prisma.NeighborhoodWhereInput, page = 1) {
  const runs: number[] = [];
  let total = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    const [count] = await Promise.all([
      db.neighborhood.count({ where }),
      db.neighborhood.findMany({
        where,
        orderBy: NEIGHBORHOOD_LIST_ORDER,
        skip: (page - 1) * PAGE,
        take: PAGE,
        select: NEIGHBORHOOD_LIST_SELECT,
      }),
    ]);
    runs.push(performance.now() - start);
    total = count;
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} ${String(total).padStart(6)} rows  median ${runs[2]!.toFixed(1)} ms  (min ${runs[0]!.toFixed(1)}, max ${runs[4]!.toFixed(1)})`,
  );
}

try {
  const districts = await fill();
  const total = await db.neighborhood.count();
  console.log(`neighbourhoods in the database: ${total}`);
  const district = { districtId: districts[0]!.id };
  const street = await db.street.findFirstOrThrow({
    where: { districtId: district.districtId, name: { startsWith: "压测街道" } },
    select: { id: true },
  });
  const scoped = (filters: Parameters<typeof neighborhoodWhere>[0]) => ({
    AND: [district, neighborhoodWhere(filters)],
  });
  await time("commission, city, page 1", neighborhoodWhere({}));
  await time("commission, city, page 1000", neighborhoodWhere({}), 1000);
  await time("commission, eligible = yes", neighborhoodWhere({ eligible: "yes" }));
  await time("commission, search “小区0123”", neighborhoodWhere({ q: "小区0123" }));
  await time("commission, stage = not in a project", neighborhoodWhere({ stage: "NONE" }));
  await time("district, page 1", scoped({}));
  await time("district + street + eligible = no", scoped({ street: street.id, eligible: "no" }));
  await time("district, stage = CONSTRUCTION", scoped({ stage: "CONSTRUCTION" }));
} finally {
  await db.$disconnect();
}
