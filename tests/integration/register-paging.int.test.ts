// The owner register's lists a page at a time: a neighbourhood's dwellings and the district's
// owners of several dwellings, 50 a page, filters kept, nothing counted beyond the page.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildWorkbook, readSheetRows } from "@/lib/xlsx";
import { importDwellings } from "@/modules/neighborhoods/actions";
import {
  listDwellings,
  ownersWithSeveralDwellings,
  REGISTER_PAGE_SIZE,
} from "@/modules/neighborhoods/dwelling-queries";
import { IMPORT_COLUMNS } from "@/modules/neighborhoods/dwelling-import";
import { idCheckCharacter } from "@/modules/neighborhoods/owner-id";
import { OwnerListQuery, DwellingListQuery } from "@/modules/neighborhoods/schema";
import { loadActor } from "@/lib/auth/actor";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

let official = "";
let other = "";
let hoodId = "";
const idOf = (n: number) => {
  const first17 = `50010319700101${String(n).padStart(3, "0")}`;
  return first17 + idCheckCharacter(first17);
};

beforeAll(async () => {
  official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  other = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  hoodId = (await createNeighborhood({ districtCode: "500103", areas: [] })).id;
  // 120 dwellings in two buildings; owners 0…59 hold two flats each (the second in building 2),
  // and the last four flats of building 2 have no owner registered.
  const rows: Record<string, string | number>[] = [];
  for (let i = 0; i < 124; i++) {
    const building = i < 62 ? "1栋" : "2栋";
    const n = i % 62;
    const owner: Record<string, string> = n < 60 ? { 业主姓名: `业主${n}`, 业主身份证号: idOf(n) } : {};
    rows.push({
      楼栋: building,
      楼栋层数: 31,
      单元: "1单元",
      有无电梯: "有",
      房号: `${Math.floor(n / 2) + 1}-${(n % 2) + 1}`,
      所在楼层: Math.floor(n / 2) + 1,
      "专有部分面积(平方米)": "60.00",
      ...owner,
    });
  }
  const bytes = await buildWorkbook([
    { name: "房屋", columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header })), rows },
  ]);
  actAs(official);
  const result = await importDwellings({ neighborhoodId: hoodId, rows: (await readSheetRows(bytes)).rows });
  expect(result).toMatchObject({ ok: true, data: { dwellings: 124 } });
});

describe("a neighbourhood's dwellings", () => {
  it("come 50 a page with the total from the neighbourhood's own count, and a next page only while there is one", async () => {
    const me = await loadActor(db, official);
    const first = await listDwellings(me, hoodId, DwellingListQuery.parse({}));
    expect([first.dwellings.length, first.hasNext, first.neighborhood.dwellingCount]).toEqual([
      REGISTER_PAGE_SIZE,
      true,
      124,
    ]);
    const third = await listDwellings(me, hoodId, DwellingListQuery.parse({ page: "3" }));
    expect([third.dwellings.length, third.hasNext]).toEqual([24, false]);
    const all = new Set(
      [first, await listDwellings(me, hoodId, { page: 2 }), third].flatMap((p) => p.dwellings.map((d) => d.id)),
    );
    expect(all.size).toBe(124);
  });

  it("filter by building and by whether owners are registered", async () => {
    const me = await loadActor(db, official);
    const b2 = await listDwellings(me, hoodId, DwellingListQuery.parse({ building: "2栋", page: "2" }));
    expect([b2.dwellings.length, b2.hasNext, new Set(b2.dwellings.map((d) => d.building))]).toEqual([
      12,
      false,
      new Set(["2栋"]),
    ]);
    const without = await listDwellings(me, hoodId, DwellingListQuery.parse({ owners: "without" }));
    expect(without.dwellings.map((d) => `${d.building}${d.room}`)).toEqual([
      "1栋31-1",
      "1栋31-2",
      "2栋31-1",
      "2栋31-2",
    ]);
    // Garbage in the address is no filter, never an error.
    expect(DwellingListQuery.parse({ page: "-3", owners: "all'", building: "x".repeat(99) })).toEqual({
      page: 1,
      owners: undefined,
      building: undefined,
    });
  });

  it("are not shown to another district", async () => {
    await expect(listDwellings(await loadActor(db, other), hoodId, { page: 1 })).rejects.toThrow("不存在或您无权查看");
  });
});

describe("the owners of several dwellings", () => {
  it("come 50 a page, the next page holding the rest, no owner twice", async () => {
    const me = await loadActor(db, official);
    const first = await ownersWithSeveralDwellings(me, OwnerListQuery.parse({}));
    expect([first.owners.length, first.hasNext]).toEqual([REGISTER_PAGE_SIZE, true]);
    expect(first.owners.every((o) => o.count === 2 && o.dwellings.length === 2)).toBe(true);
    const second = await ownersWithSeveralDwellings(me, OwnerListQuery.parse({ page: "2" }));
    expect([second.owners.length, second.hasNext]).toEqual([10, false]);
    const last4s = [...first.owners, ...second.owners].map((o) => o.idLast4);
    expect(new Set(last4s).size).toBe(60);
  });

  it("filter by the ID number's last four and by neighbourhood name; other districts see none", async () => {
    const me = await loadActor(db, official);
    const last4 = idOf(7).slice(-4);
    const one = await ownersWithSeveralDwellings(me, OwnerListQuery.parse({ last4: last4.toLowerCase() }));
    expect(one.owners.map((o) => [o.name, o.count])).toEqual([["业*7", 2]]);
    const hood = await db.neighborhood.findUniqueOrThrow({ where: { id: hoodId }, select: { name: true } });
    expect((await ownersWithSeveralDwellings(me, { neighborhood: hood.name })).owners).toHaveLength(REGISTER_PAGE_SIZE);
    expect((await ownersWithSeveralDwellings(me, { neighborhood: "没有这个小区" })).owners).toEqual([]);
    expect((await ownersWithSeveralDwellings(await loadActor(db, other), {})).owners).toEqual([]);
    expect(OwnerListQuery.parse({ last4: "12345", page: "abc" })).toEqual({ page: 1, last4: undefined });
  });
});
