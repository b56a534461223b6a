// The registry: list filters (incl. eligibility in SQL agreeing with assessEligibility), create
// and edit, the district's 2005 switch, and the all-or-nothing Excel import — each refused for
// the wrong role and the wrong district with nothing changed.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  createNeighborhood,
  importDwellings,
  saveAssessment,
  setDistrictExtension,
  updateNeighborhood,
} from "@/modules/neighborhoods/actions";
import { assessEligibility } from "@/modules/neighborhoods/eligibility";
import { addDwellingFormAction } from "@/modules/neighborhoods/forms";
import { IDLE } from "@/lib/form-state";
import { latestAssessment, listNeighborhoods } from "@/modules/neighborhoods/queries";
import { createUser, districtByCode } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const users: Record<string, string> = {};
let yuzhongId = "";
let streetId = "";

beforeAll(async () => {
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  yuzhongId = (await districtByCode("500103")).id;
  streetId = (await db.street.create({ data: { districtId: yuzhongId, name: "测试街道" }, select: { id: true } })).id;
});

const actor = (key: string) => loadActor(db, users[key]!);
const fields = (extra: Record<string, unknown> = {}) => ({
  name: "新登记小区",
  address: "测试路1号",
  streetId,
  communityName: "测试社区",
  completionYear: "1998",
  buildingCount: "2",
  propertyType: "REFORM_HOUSING",
  notes: "",
  ...extra,
});

const rowsOf = (lines: [string, number, string, string, string, number, string][]) =>
  lines.map(([b, bf, u, lift, room, floor, area], i) => ({
    rowNumber: i + 2,
    values: {
      楼栋: b,
      楼栋层数: bf,
      单元: u,
      有无电梯: lift,
      房号: room,
      所在楼层: floor,
      "专有部分面积(平方米)": area,
    },
  }));

describe("registering and editing neighbourhoods", () => {
  let id = "";

  it("a district official registers one in their own district, with street and community, audited", async () => {
    actAs(users.yuzhong!);
    const result = await createNeighborhood(fields());
    expect(result.ok).toBe(true);
    id = result.ok ? result.data.id : "";
    const row = await db.neighborhood.findUniqueOrThrow({
      where: { id },
      select: { districtId: true, streetId: true, community: { select: { name: true } }, completionYear: true },
    });
    expect(row).toMatchObject({
      districtId: yuzhongId,
      streetId,
      community: { name: "测试社区" },
      completionYear: 1998,
    });
    expect(await db.auditLog.count({ where: { entityId: id, action: "neighborhood.create" } })).toBe(1);
  });

  it("field errors come back in Chinese and nothing is written", async () => {
    actAs(users.yuzhong!);
    const before = await db.neighborhood.count();
    const result = await createNeighborhood(fields({ name: "", completionYear: "abc" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.name?.[0]).toContain("请填写小区名称");
      expect(result.fieldErrors?.completionYear).toEqual(["建成年份应为 1900–2100 之间的整数"]);
    }
    expect(await db.neighborhood.count()).toBe(before);
  });

  it("another district's street is refused", async () => {
    actAs(users.jiangbei!);
    const result = await createNeighborhood(fields({ name: "江北误填" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db.neighborhood.count({ where: { name: "江北误填" } })).toBe(0);
  });

  it("edits are the own district's only, versioned and audited", async () => {
    actAs(users.jiangbei!);
    expect(await updateNeighborhood({ ...fields({ name: "改名" }), id, version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(users.commission!);
    expect(await updateNeighborhood({ ...fields({ name: "改名" }), id, version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(users.yuzhong!);
    expect(
      await updateNeighborhood({
        ...fields({ name: "改名", completionYear: "2003", poorCondition: "on" }),
        id,
        version: 1,
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateNeighborhood({ ...fields({ name: "再改" }), id, version: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const row = await db.neighborhood.findUniqueOrThrow({
      where: { id },
      select: { name: true, poorCondition: true, version: true },
    });
    expect(row).toEqual({ name: "改名", poorCondition: true, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "neighborhood.update" },
      select: { before: true, after: true },
    });
    expect(audit.before).toMatchObject({ name: "新登记小区" });
    expect(audit.after).toMatchObject({ name: "改名" });
  });
});

describe("the district's 2005 switch and the eligibility filter", () => {
  it("only a district official switches their own district, and the filter follows the rule", async () => {
    actAs(users.commission!);
    expect(await setDistrictExtension({ enabled: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.yuzhong!);
    expect(await setDistrictExtension({ enabled: true })).toMatchObject({ ok: true, data: { enabled: true } });
    expect((await db.district.findUniqueOrThrow({ where: { id: yuzhongId } })).allows2005Extension).toBe(true);
    expect(await db.auditLog.count({ where: { action: "district.setExtension2005", entityId: yuzhongId } })).toBe(1);
  });

  it("the SQL eligibility filter agrees with assessEligibility on every boundary, in both districts", async () => {
    const jiangbeiId = (await districtByCode("500105")).id;
    const years = [1999, 2000, 2001, 2004, 2005, 2006];
    for (const districtId of [yuzhongId, jiangbeiId]) {
      for (const year of years) {
        for (const poor of [false, true]) {
          await db.neighborhood.create({
            data: {
              districtId,
              name: `边界${year}${poor ? "差" : ""}`,
              address: "x",
              completionYear: year,
              poorCondition: poor,
            },
          });
        }
      }
    }
    const commission = await actor("commission");
    const all = await listNeighborhoods(commission, { page: 1, q: "边界" });
    expect(all.total).toBe(24);
    const yes = new Set((await listAll(commission, "yes")).map((r) => r.id));
    const no = new Set((await listAll(commission, "no")).map((r) => r.id));
    const rows = await db.neighborhood.findMany({
      where: { name: { startsWith: "边界" } },
      select: {
        id: true,
        completionYear: true,
        poorCondition: true,
        district: { select: { allows2005Extension: true } },
      },
    });
    let eligible = 0;
    for (const row of rows) {
      const verdict = assessEligibility({
        completionYear: row.completionYear,
        poorCondition: row.poorCondition,
        districtAllows2005: row.district.allows2005Extension,
      });
      expect(yes.has(row.id)).toBe(verdict.eligible);
      expect(no.has(row.id)).toBe(!verdict.eligible);
      if (verdict.eligible) eligible++;
    }
    expect(yes.size).toBe(eligible);
    expect(yes.size + no.size).toBe(24);
  });

  it("district officials see only their district whatever the URL says; filters combine", async () => {
    const yuzhong = await actor("yuzhong");
    const jiangbeiId = (await districtByCode("500105")).id;
    const own = await listNeighborhoods(yuzhong, { page: 1, q: "边界", district: jiangbeiId });
    expect(own.total).toBe(0);
    const inStreet = await listNeighborhoods(yuzhong, { page: 1, street: streetId });
    expect(inStreet.rows.map((r) => r.name)).toEqual(["改名"]);
    const notInProject = await listNeighborhoods(yuzhong, { page: 1, stage: "NONE" });
    expect(notInProject.total).toBe(13);
    expect((await listNeighborhoods(yuzhong, { page: 1, stage: "CONSTRUCTION" })).total).toBe(0);
    await expect(listNeighborhoods(await actor("resident"), { page: 1 })).rejects.toThrow();
  });
});

async function listAll(a: Awaited<ReturnType<typeof loadActor>>, eligible: "yes" | "no") {
  const first = await listNeighborhoods(a, { page: 1, q: "边界", eligible });
  const second = await listNeighborhoods(a, { page: 2, q: "边界", eligible });
  return [...first.rows, ...second.rows];
}

describe("importing buildings, units and dwellings", () => {
  let target = "";
  beforeAll(async () => {
    target = (
      await db.neighborhood.create({
        data: { districtId: yuzhongId, name: "导入小区", address: "导入路1号", completionYear: 1990 },
        select: { id: true },
      })
    ).id;
  });
  const dwellingCount = () => db.dwelling.count({ where: { neighborhoodId: target } });

  it("a file with any bad row imports nothing and lists every problem by row", async () => {
    actAs(users.yuzhong!);
    const result = await importDwellings({
      neighborhoodId: target,
      rows: rowsOf([
        ["1栋", 6, "1单元", "无", "1-1", 1, "60.5"],
        ["1栋", 6, "1单元", "无", "1-2", 1, "-3"],
        ["1栋", 6, "1单元", "无", "1-1", 1, "70"],
      ]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain("未导入任何数据");
      expect(result.fieldErrors?.rows).toEqual([
        expect.stringContaining("第3行"),
        expect.stringContaining("第4行:1栋1单元1-1与第2行重复"),
      ]);
    }
    expect(await dwellingCount()).toBe(0);
    expect(await db.building.count({ where: { neighborhoodId: target } })).toBe(0);
  });

  it("another district, the commission and residents are refused", async () => {
    const rows = rowsOf([["1栋", 6, "1单元", "无", "1-1", 1, "60.5"]]);
    for (const key of ["jiangbei", "commission", "resident"]) {
      actAs(users[key]!);
      expect(await importDwellings({ neighborhoodId: target, rows })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await dwellingCount()).toBe(0);
  });

  it("a clean file creates buildings, units and dwellings in one go, audited", async () => {
    actAs(users.yuzhong!);
    const result = await importDwellings({
      neighborhoodId: target,
      rows: rowsOf([
        ["1栋", 6, "1单元", "无", "1-1", 1, "60.5"],
        ["1栋", 6, "1单元", "无", "1-2", 1, "72.25"],
        ["1栋", 6, "2单元", "有", "1-1", 1, "88"],
        ["2栋", 7, "1单元", "无", "7-1", 7, "90.1"],
      ]),
    });
    expect(result).toEqual({ ok: true, data: { buildings: 2, units: 3, dwellings: 4, owners: 0 } });
    expect(await dwellingCount()).toBe(4);
    const area = await db.dwelling.aggregate({ where: { neighborhoodId: target }, _sum: { areaM2: true } });
    expect(area._sum.areaM2?.toString()).toBe("310.85");
    expect(
      (await db.stairUnit.findFirstOrThrow({ where: { name: "2单元", building: { neighborhoodId: target } } })).hasLift,
    ).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: target, action: "neighborhood.importDwellings" } })).toBe(1);
  });

  it("a large file (6,000 dwellings) goes in within one transaction", async () => {
    actAs(users.yuzhong!);
    const big = (
      await db.neighborhood.create({
        data: { districtId: yuzhongId, name: "大型小区", address: "大型路1号", completionYear: 1988 },
        select: { id: true },
      })
    ).id;
    const lines: [string, number, string, string, string, number, string][] = [];
    for (let b = 1; b <= 30; b++)
      for (let u = 1; u <= 4; u++)
        for (let f = 1; f <= 25; f++)
          for (let r = 1; r <= 2; r++) lines.push([`${b}栋`, 25, `${u}单元`, "有", `${f}-${r}`, f, "75.50"]);
    const result = await importDwellings({ neighborhoodId: big, rows: rowsOf(lines) });
    expect(result).toEqual({ ok: true, data: { buildings: 30, units: 120, dwellings: 6000, owners: 0 } });
    expect(await db.dwelling.count({ where: { neighborhoodId: big } })).toBe(6000);
    expect(await db.auditLog.count({ where: { entityId: big, action: "neighborhood.importDwellings" } })).toBe(1);
  });

  it("a single dwelling typed in by hand follows the same rules", async () => {
    const form = (room: string, area: string, districtUser = users.yuzhong!) => {
      actAs(districtUser);
      const data = new FormData();
      for (const [k, v] of Object.entries({
        neighborhoodId: target,
        building: "3栋",
        buildingFloors: "5",
        unit: "1单元",
        room,
        floor: "2",
        area,
      }))
        data.set(k, v);
      return addDwellingFormAction(IDLE, data);
    };
    const refused = await form("2-1", "55.5", users.jiangbei!);
    expect(refused).toMatchObject({ status: "error", values: { room: "2-1", area: "55.5" } });
    expect(refused.fieldErrors?.area).toBeUndefined();
    // Each problem at its own field, what was typed sent back.
    expect(await form("2-1", "0")).toMatchObject({
      status: "error",
      fieldErrors: { area: [expect.stringMatching(/^“专有部分面积”/)] },
      values: { building: "3栋", area: "0" },
    });
    expect(await form("2-1", "55.5")).toMatchObject({ status: "ok" });
    expect(
      await db.dwelling.count({ where: { neighborhoodId: target, room: "2-1", unit: { building: { name: "3栋" } } } }),
    ).toBe(1);
    // A problem that belongs to no one field is the form's message.
    const again = await form("2-1", "55.5");
    expect(again).toMatchObject({
      status: "error",
      message: expect.stringContaining("3栋1单元2-1已登记,不能重复导入。"),
      fieldErrors: {},
    });
    await db.dwelling.deleteMany({ where: { neighborhoodId: target, unit: { building: { name: "3栋" } } } });
    await db.building.deleteMany({ where: { neighborhoodId: target, name: "3栋" } });
  });

  it("importing a room that is already registered is refused as a whole", async () => {
    actAs(users.yuzhong!);
    const result = await importDwellings({
      neighborhoodId: target,
      rows: rowsOf([
        ["1栋", 6, "1单元", "无", "2-1", 2, "60.5"],
        ["1栋", 6, "1单元", "无", "1-2", 1, "72.25"],
      ]),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { rows: ["第3行:1栋1单元1-2已登记,不能重复导入。"] } });
    expect(await dwellingCount()).toBe(4);
  });
});

describe("the condition assessment", () => {
  const answers = {
    water: 2,
    power: 0,
    wires: 1,
    roads: 0,
    fire: 0,
    ageing: 2,
    parking: 0,
    green: 0,
    care: 1,
    services: 0,
  };
  let target = "";
  beforeAll(async () => {
    target = (
      await db.neighborhood.create({
        data: { districtId: yuzhongId, name: "评价小区", address: "评价路1号", completionYear: 1992 },
        select: { id: true },
      })
    ).id;
  });

  it("is refused for another district, the commission and an incomplete checklist", async () => {
    actAs(users.jiangbei!);
    expect(await saveAssessment({ neighborhoodId: target, answers })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.commission!);
    expect(await saveAssessment({ neighborhoodId: target, answers })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.yuzhong!);
    expect(await saveAssessment({ neighborhoodId: target, answers: { water: 1 } })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await db.conditionAssessment.count()).toBe(0);
  });

  it("scores the areas, suggests catalogue items, and is read by the commission but not another district", async () => {
    actAs(users.yuzhong!);
    const result = await saveAssessment({ neighborhoodId: target, answers });
    expect(result).toMatchObject({ ok: true, data: { scores: { BASIC: 3, IMPROVEMENT: 2, UPGRADE: 1 } } });
    const latest = await latestAssessment(await actor("commission"), target);
    expect(latest?.suggestions.map((c) => c.code).slice(0, 5)).toEqual(["B01", "B05", "I07", "I04", "I05"]);
    await expect(latestAssessment(await actor("jiangbei"), target)).rejects.toThrow();
    expect(await db.auditLog.count({ where: { entityId: target, action: "neighborhood.assess" } })).toBe(1);
  });
});
