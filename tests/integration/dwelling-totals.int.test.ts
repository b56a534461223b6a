// The per-neighbourhood dwelling totals (kept by triggers on "Dwelling") against a direct count
// after every kind of write, and the dashboard and list figures built on them after writes.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commissionDashboard } from "@/modules/dashboards/queries";
import { listNeighborhoods } from "@/modules/neighborhoods/queries";
import { createNeighborhood, createUser } from "../helpers/fixtures";

const YEAR = 2021;
let commission = "";
const n: { id: string; dwellings: { id: string }[] }[] = [];

async function direct(id: string) {
  const [row] = await db.$queryRawUnsafe<{ c: bigint; a: string | null }[]>(
    `SELECT count(*) AS c, sum("areaM2")::text AS a FROM "Dwelling" WHERE "neighborhoodId" = $1`,
    id,
  );
  return { count: Number(row!.c), area: Number(row!.a ?? 0) };
}
async function stored(id: string) {
  const row = await db.neighborhood.findUniqueOrThrow({
    where: { id },
    select: { dwellingCount: true, dwellingAreaM2: true },
  });
  return { count: row.dwellingCount, area: Number(row.dwellingAreaM2) };
}
async function expectAllMatch() {
  const mismatches = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT n.id FROM "Neighborhood" n LEFT JOIN (SELECT "neighborhoodId" AS id, count(*) AS c, sum("areaM2") AS a FROM "Dwelling" GROUP BY 1) d ON d.id = n.id
     WHERE n."dwellingCount" <> coalesce(d.c, 0) OR n."dwellingAreaM2" <> coalesce(d.a, 0)`,
  );
  expect(mismatches).toEqual([]);
}

beforeAll(async () => {
  commission = (await createUser({ role: "COMMISSION" })).id;
  for (const areas of [
    ["60.50", "72.25", "88.00"],
    ["50.00", "45.10"],
  ])
    n.push(await createNeighborhood({ districtCode: "500103", areas }));
  const yz = (await db.district.findUniqueOrThrow({ where: { code: "500103" }, select: { id: true } })).id;
  await db.project.create({
    data: {
      code: "T-1",
      name: "开工项目",
      districtId: yz,
      year: YEAR,
      stage: "CONSTRUCTION",
      neighborhoods: { create: [{ neighborhoodId: n[0]!.id }, { neighborhoodId: n[1]!.id }] },
    },
  });
});

describe("a neighbourhood's stored dwelling totals", () => {
  it("equal a direct count after inserts one by one", async () => {
    expect(await stored(n[0]!.id)).toEqual({ count: 3, area: 220.75 });
    expect(await stored(n[0]!.id)).toEqual(await direct(n[0]!.id));
    await expectAllMatch();
  });

  it("follow a bulk insert, an area change, a move to another neighbourhood and a delete", async () => {
    const unit = await db.stairUnit.findFirstOrThrow({
      where: { building: { neighborhoodId: n[1]!.id } },
      select: { id: true },
    });
    await db.dwelling.createMany({
      data: ["70.00", "80.05", "90.95"].map((areaM2, i) => ({
        unitId: unit.id,
        neighborhoodId: n[1]!.id,
        room: `9-${i}`,
        floor: 9,
        areaM2,
      })),
    });
    expect(await stored(n[1]!.id)).toEqual({ count: 5, area: 336.1 });
    await db.dwelling.updateMany({ where: { neighborhoodId: n[1]!.id, room: "9-0" }, data: { areaM2: "71.00" } });
    expect(await stored(n[1]!.id)).toEqual({ count: 5, area: 337.1 });
    // A dwelling re-attached to the other neighbourhood leaves one total and joins the other.
    await db.dwelling.updateMany({
      where: { neighborhoodId: n[1]!.id, room: "9-1" },
      data: { neighborhoodId: n[0]!.id },
    });
    expect(await stored(n[0]!.id)).toEqual({ count: 4, area: 300.8 });
    expect(await stored(n[1]!.id)).toEqual({ count: 4, area: 257.05 });
    await db.dwelling.deleteMany({ where: { neighborhoodId: n[1]!.id, room: "9-2" } });
    expect(await stored(n[1]!.id)).toEqual({ count: 3, area: 166.1 });
    await expectAllMatch();
  });

  it("follow a cascade from a deleted building", async () => {
    const extra = await createNeighborhood({ districtCode: "500103", areas: ["33.33"] });
    const building = await db.building.create({
      data: { neighborhoodId: extra.id, name: "2栋", floors: 3 },
      select: { id: true },
    });
    const unit = await db.stairUnit.create({
      data: { buildingId: building.id, name: "1单元", floors: 3 },
      select: { id: true },
    });
    await db.dwelling.create({
      data: { unitId: unit.id, neighborhoodId: extra.id, room: "101", floor: 1, areaM2: "66.67" },
    });
    expect(await stored(extra.id)).toEqual({ count: 2, area: 100 });
    await db.building.delete({ where: { id: building.id } });
    expect(await stored(extra.id)).toEqual({ count: 1, area: 33.33 });
    await expectAllMatch();
  });
});

describe("figures built on the totals, after writes", () => {
  it("the dashboard's started housing and the list's dwelling column equal direct counts", async () => {
    const actor = await loadActor(db, commission);
    const before = await commissionDashboard(actor, YEAR);
    const sum = async () => {
      const [row] = await db.$queryRawUnsafe<{ c: bigint; a: string }[]>(
        `SELECT count(*) AS c, sum("areaM2")::text AS a FROM "Dwelling" WHERE "neighborhoodId" IN ($1, $2)`,
        n[0]!.id,
        n[1]!.id,
      );
      return { households: Number(row!.c), floorAreaM2: Number(row!.a) };
    };
    expect({ households: before.started.households, floorAreaM2: Number(before.started.floorAreaM2) }).toEqual(
      await sum(),
    );
    const unit = await db.stairUnit.findFirstOrThrow({
      where: { building: { neighborhoodId: n[0]!.id } },
      select: { id: true },
    });
    await db.dwelling.create({
      data: { unitId: unit.id, neighborhoodId: n[0]!.id, room: "7-7", floor: 7, areaM2: "99.99" },
    });
    const after = await commissionDashboard(actor, YEAR);
    expect(after.started.households).toBe(before.started.households + 1);
    expect({ households: after.started.households, floorAreaM2: Number(after.started.floorAreaM2) }).toEqual(
      await sum(),
    );
    const list = await listNeighborhoods(actor, { page: 1 });
    for (const row of list.rows) expect(row.dwellingCount).toBe((await direct(row.id)).count);
  });
});
