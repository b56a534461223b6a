// The owner register against the real database: owners imported from a sheet count once in a
// ballot, ID numbers are never stored, dwellings are edited and removed within the rules, and
// names and phones stay masked unless an official of the neighbourhood opens them (audited).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/(official)/district/neighborhoods/[id]/dwellings/export/route";
import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db";
import { buildWorkbook, readSheetRows } from "@/lib/xlsx";
import { castVote, openBallot } from "@/modules/consultation/actions";
import { tallyItem } from "@/modules/consultation/scope";
import { importDwellings } from "@/modules/neighborhoods/actions";
import {
  removeDwelling,
  revealOwners,
  setDwellingOwners,
  updateDwelling,
} from "@/modules/neighborhoods/dwelling-actions";
import { getDwelling, listDwellings, ownersWithSeveralDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { IMPORT_COLUMNS } from "@/modules/neighborhoods/dwelling-import";
import { idCheckCharacter } from "@/modules/neighborhoods/owner-id";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const id = (first17: string) => first17 + idCheckCharacter(first17);
const ZHANG = id("50010319600315432"); // owner of three flats
const LI = id("50010519720808123");
const WANG = id("11010519491231002"); // ends in X
const CHEN = id("50010619850101567"); // co-owner with 王
const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);

const users: Record<string, string> = {};
let hoodId = "";

const header = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header]));
const row = (room: string, floor: number, area: string, owner?: [string, string, string?], co?: [string, string]) => ({
  [header.building!]: "1栋",
  [header.buildingFloors!]: 6,
  [header.unit!]: "1单元",
  [header.hasLift!]: "无",
  [header.room!]: room,
  [header.floor!]: floor,
  [header.area!]: area,
  [header.ownerName!]: owner?.[0] ?? "",
  [header.ownerId!]: owner?.[1] ?? "",
  [header.ownerPhone!]: owner?.[2] ?? "",
  [header.coOwnerNames!]: co?.[0] ?? "",
  [header.coOwnerIds!]: co?.[1] ?? "",
});

/** The rows of an .xlsx made like a district would, read back the way the import route reads them. */
async function sheet(rows: Record<string, unknown>[]) {
  const bytes = await buildWorkbook([
    { name: "房屋", columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header })), rows },
  ]);
  return (await readSheetRows(bytes)).rows;
}

async function dwellingByRoom(room: string) {
  return db.dwelling.findFirstOrThrow({
    where: { neighborhoodId: hoodId, room },
    select: { id: true, ownerRef: true, unitId: true },
  });
}

beforeAll(async () => {
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  hoodId = (await createNeighborhood({ districtCode: "500103", areas: [] })).id;
});

describe("importing owners", () => {
  it("refuses a sheet with a bad ID number, naming the row and the field, and writes nothing", async () => {
    actAs(users.yuzhong!);
    const bad = ZHANG.slice(0, 17) + (ZHANG[17] === "1" ? "2" : "1");
    const result = await importDwellings({
      neighborhoodId: hoodId,
      rows: await sheet([row("101", 1, "60.00", ["张三英", ZHANG]), row("102", 1, "50.00", ["李四", bad])]),
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.fieldErrors?.rows).toEqual([
      "第3行:“业主身份证号”有误:身份证号校验位不符,请逐位核对。",
    ]);
    expect(await db.dwelling.count({ where: { neighborhoodId: hoodId } })).toBe(0);
    expect(await db.dwellingOwner.count()).toBe(0);
  });

  it("refuses one ID number under two names", async () => {
    actAs(users.yuzhong!);
    const result = await importDwellings({
      neighborhoodId: hoodId,
      rows: await sheet([row("101", 1, "60.00", ["张三英", ZHANG]), row("102", 1, "50.00", ["张三", ZHANG])]),
    });
    expect(result.ok ? [] : result.fieldErrors?.rows).toEqual(["第3行:张三的身份证号与第2行的“张三英”相同,请核对。"]);
  });

  it("imports owners and co-owners; one owner's three dwellings share the key; the number is stored nowhere", async () => {
    actAs(users.yuzhong!);
    const rows = await sheet([
      row("101", 1, "60.00", ["张三英", ZHANG, "13812345678"]),
      row("102", 1, "50.00", ["张三英", ZHANG.toLowerCase()]),
      row("201", 2, "70.00", ["张三英", ZHANG]),
      row("202", 2, "80.00", ["李四", LI]),
      row("301", 3, "90.00", ["王五", WANG], ["陈六", CHEN]),
      row("302", 3, "40.00"),
    ]);
    expect(await importDwellings({ neighborhoodId: hoodId, rows })).toMatchObject({
      ok: true,
      data: { dwellings: 6, owners: 6 },
    });
    const refs = await Promise.all(
      ["101", "102", "201", "202", "301", "302"].map(async (r) => (await dwellingByRoom(r)).ownerRef),
    );
    expect(refs[0]).toMatch(/^o1_/);
    expect(new Set(refs.slice(0, 3)).size).toBe(1);
    expect(new Set(refs.slice(3, 5).concat(refs[0]!)).size).toBe(3);
    expect(refs[5]).toBeNull();
    const co = await db.dwellingOwner.findMany({
      where: { dwelling: { room: "301", neighborhoodId: hoodId } },
      orderBy: { sortOrder: "asc" },
      select: { name: true, idLast4: true, ownerRef: true, sortOrder: true },
    });
    expect(co.map((o) => [o.name, o.idLast4, o.sortOrder])).toEqual([
      ["王五", "002X", 0],
      ["陈六", CHEN.slice(-4), 1],
    ]);
    expect(refs[4]).toBe(co[0]!.ownerRef);
    // Not in any owner row, dwelling or audit row.
    const dump = JSON.stringify(
      [
        await db.dwellingOwner.findMany(),
        await db.dwelling.findMany({ where: { neighborhoodId: hoodId } }),
        await db.auditLog.findMany(),
      ],
      (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
    );
    for (const n of [ZHANG, LI, WANG, CHEN]) expect(dump).not.toContain(n.slice(0, 14));
  });

  it("counts the owner of three dwellings once in the ballot's headcount, with all three areas", async () => {
    const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hoodId] });
    actAs(users.yuzhong!);
    const opened = await openBallot({
      projectId: project.id,
      title: "改造内容表决",
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    if (!opened.ok) throw new Error(opened.error);
    const item = await db.ballotItem.findFirstOrThrow({
      where: { ballotId: opened.data.id, projectItemId: project.greeningItemId },
      select: { id: true, projectItemId: true, matter: true },
    });
    const scope = { id: item.id, projectId: project.id, unitId: null, matter: item.matter };
    const before = await tallyItem(db, scope);
    // 6 dwellings, 5 owners' keys … but 张三英 thrice: 张, 李, 王(+陈), and 302 without owner = 4 heads.
    expect([before.totalCount, before.totalArea]).toEqual([4, "390"]);
    await bindResident(users.resident!, (await dwellingByRoom("101")).id);
    actAs(users.resident!);
    expect(
      codeOf(await castVote({ ballotItemId: item.id, dwellingId: (await dwellingByRoom("101")).id, choice: "AGREE" })),
    ).toBe("OK");
    const after = await tallyItem(db, scope);
    expect([after.participatingCount, after.agreeCount]).toEqual([1, 1]);
  });
});

describe("while a ballot counting the dwelling is open", () => {
  it("refuses a new owner key, other co-owners, a new area or removal, saying why at the field; a corrected name or room is fine", async () => {
    const ballot = await db.ballot.findFirstOrThrow({
      where: { status: "OPEN", project: { neighborhoods: { some: { neighborhoodId: hoodId } } } },
      select: { id: true, title: true },
    });
    const d202 = await dwellingByRoom("202");
    const d301 = await dwellingByRoom("301");
    const free = await dwellingByRoom("302");
    const audits = await db.auditLog.count();
    actAs(users.yuzhong!);
    const owner = await setDwellingOwners({ dwellingId: d202.id, ownerName: "张三英", ownerId: ZHANG });
    expect(owner.ok ? null : owner.fieldErrors?.ownerId?.[0]).toContain(`表决“${ballot.title}”`);
    expect(owner.ok ? null : owner.fieldErrors?.ownerId?.[0]).toContain("业主和共有人在表决结束前不能更换");
    const co = await setDwellingOwners({ dwellingId: d301.id, ownerName: "王五", ownerId: WANG });
    expect(co.ok ? null : Object.keys(co.fieldErrors ?? {})).toEqual(["coOwnerIds"]);
    const area = await updateDwelling({ dwellingId: free.id, room: "302", floor: "3", area: "44.00" });
    expect(area.ok ? null : area.fieldErrors?.area?.[0]).toContain("面积在表决结束前不能修改");
    const removal = await removeDwelling({ dwellingId: free.id });
    expect(codeOf(removal)).toBe("INVALID_INPUT");
    expect(removal.ok ? "" : removal.error).toContain("表决结束前不能删除本户");
    expect(await db.dwelling.findUniqueOrThrow({ where: { id: d202.id }, select: { ownerRef: true } })).toEqual({
      ownerRef: d202.ownerRef,
    });
    expect(await db.dwellingOwner.count({ where: { dwellingId: d301.id } })).toBe(2);
    expect(
      (await db.dwelling.findUniqueOrThrow({ where: { id: free.id }, select: { areaM2: true } })).areaM2.toString(),
    ).toBe("40");
    expect(await db.auditLog.count()).toBe(audits);

    // The same owners with a corrected name, and the same area typed differently, still go through.
    expect(
      codeOf(
        await setDwellingOwners({ dwellingId: d202.id, ownerName: "李四", ownerId: LI, ownerPhone: "13900002222" }),
      ),
    ).toBe("OK");
    expect((await dwellingByRoom("202")).ownerRef).toBe(d202.ownerRef);
    expect(codeOf(await updateDwelling({ dwellingId: free.id, room: "302", floor: "3", area: "40.00" }))).toBe("OK");

    // The dwelling's page says so beforehand.
    expect((await getDwelling(await actor(users.yuzhong!), free.id))?.openBallot?.zh).toContain(
      `表决“${ballot.title}”`,
    );

    // Once it is no longer open, the register may change again (the tests below).
    await db.ballot.update({ where: { id: ballot.id }, data: { status: "CANCELLED" } });
  });
});

describe("editing and removing dwellings", () => {
  it("edits room, floor and area; refuses another district and a taken room", async () => {
    const d = await dwellingByRoom("302");
    actAs(users.jiangbei!);
    expect(codeOf(await updateDwelling({ dwellingId: d.id, room: "302", floor: "3", area: "41.00" }))).toBe(
      "FORBIDDEN",
    );
    actAs(users.commission!);
    expect(codeOf(await updateDwelling({ dwellingId: d.id, room: "302", floor: "3", area: "41.00" }))).toBe(
      "FORBIDDEN",
    );
    actAs(users.yuzhong!);
    const taken = await updateDwelling({ dwellingId: d.id, room: "301", floor: "3", area: "41.00" });
    expect(taken.ok ? null : taken.fieldErrors?.room).toEqual(["本单元已有房号“301”"]);
    const high = await updateDwelling({ dwellingId: d.id, room: "302", floor: "9", area: "41.00" });
    expect(high.ok ? null : Object.keys(high.fieldErrors ?? {})).toEqual(["floor"]);
    expect(codeOf(await updateDwelling({ dwellingId: d.id, room: "302", floor: "3", area: "41.50" }))).toBe("OK");
    expect(
      (await db.dwelling.findUniqueOrThrow({ where: { id: d.id }, select: { areaM2: true } })).areaM2.toString(),
    ).toBe("41.5");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "dwelling.update", entityId: d.id },
      orderBy: { at: "desc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      actorId: users.yuzhong,
      before: { room: "302", floor: 3, areaM2: "40" },
      after: { room: "302", floor: 3, areaM2: "41.50" },
    });
  });

  it("refuses to change the area of, or remove, a dwelling that has a vote, saying why", async () => {
    const voted = await dwellingByRoom("101");
    actAs(users.yuzhong!);
    const edit = await updateDwelling({ dwellingId: voted.id, room: "101", floor: "1", area: "61.00" });
    expect(edit.ok ? null : edit.fieldErrors?.area).toEqual([
      "该房屋已有1 次网上表决,面积和楼层已用于计票或分摊,不能修改。",
    ]);
    const removal = await removeDwelling({ dwellingId: voted.id });
    expect(codeOf(removal)).toBe("RULE_VIOLATION");
    expect(removal.ok ? "" : removal.error).toContain("该房屋已有1 次网上表决、1 位已绑定的居民,不能删除");
    expect(await db.dwelling.count({ where: { id: voted.id } })).toBe(1);
  });

  it("removes a dwelling nothing was counted on, with an audit row", async () => {
    const free = await dwellingByRoom("302");
    actAs(users.jiangbei!);
    expect(codeOf(await removeDwelling({ dwellingId: free.id }))).toBe("FORBIDDEN");
    actAs(users.yuzhong!);
    expect(await removeDwelling({ dwellingId: free.id })).toEqual({ ok: true, data: { neighborhoodId: hoodId } });
    expect(await db.dwelling.count({ where: { id: free.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "dwelling.remove", entityId: free.id, actorId: users.yuzhong } }),
    ).toBe(1);
  });

  it("registers owners anew: the first one's key becomes the dwelling's, field errors name the field", async () => {
    const d = await dwellingByRoom("202");
    actAs(users.yuzhong!);
    const bad = await setDwellingOwners({
      dwellingId: d.id,
      ownerName: "李四",
      ownerId: "50010519720808",
      ownerPhone: "123",
    });
    expect(bad.ok ? [] : Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["ownerId", "ownerPhone"]);
    expect(
      codeOf(
        await setDwellingOwners({
          dwellingId: d.id,
          ownerName: "张三英",
          ownerId: ZHANG,
          coOwnerNames: "李四",
          coOwnerIds: LI,
        }),
      ),
    ).toBe("OK");
    const ref101 = (await dwellingByRoom("101")).ownerRef;
    expect((await dwellingByRoom("202")).ownerRef).toBe(ref101);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "dwelling.setOwners", entityId: d.id },
      orderBy: { at: "desc" },
      select: { after: true },
    });
    expect(JSON.stringify(audit.after)).toContain("张*英");
    expect(JSON.stringify(audit.after)).not.toContain("张三英");
  });
});

describe("who sees owners", () => {
  it("officials see names and phones masked; residents and other districts see nothing", async () => {
    actAs(users.commission!);
    const byCommission = await listDwellings(await actor(users.commission!), hoodId);
    const flat101 = byCommission.dwellings.find((d) => d.room === "101")!;
    expect(flat101.owners).toEqual([
      { id: expect.any(String), name: "张*英", idLast4: ZHANG.slice(-4), phone: "138****5678", primary: true },
    ]);
    await expect(listDwellings(await actor(users.jiangbei!), hoodId)).rejects.toThrow("不存在或您无权查看");
    await expect(listDwellings(await actor(users.resident!), hoodId)).rejects.toThrow();
    expect(await getDwelling(await actor(users.jiangbei!), flat101.id)).toBeNull();
    expect((await getDwelling(await actor(users.commission!), flat101.id))?.openBallot).toBeNull();
  });

  it("opening the full details is for the neighbourhood's officials only, and audited with who", async () => {
    const d = await dwellingByRoom("101");
    for (const who of [users.commission!, users.jiangbei!, users.resident!]) {
      actAs(who);
      expect(codeOf(await revealOwners({ dwellingId: d.id }))).toBe("FORBIDDEN");
    }
    expect(await db.auditLog.count({ where: { action: "dwelling.revealOwners" } })).toBe(0);
    actAs(users.yuzhong!);
    const shown = await revealOwners({ dwellingId: d.id });
    expect(shown.ok ? shown.data.owners.map((o) => [o.name, o.phone]) : null).toEqual([["张三英", "13812345678"]]);
    expect(
      await db.auditLog.count({ where: { action: "dwelling.revealOwners", entityId: d.id, actorId: users.yuzhong } }),
    ).toBe(1);
  });

  it("lists owners with several dwellings in the official's district only", async () => {
    const mine = await ownersWithSeveralDwellings(await actor(users.yuzhong!));
    // 张三英: 101, 102, 201 and now 202 as owner.
    expect(mine.owners.map((o) => [o.name, o.count])).toEqual([["张*英", 4]]);
    expect((await ownersWithSeveralDwellings(await actor(users.jiangbei!))).owners).toEqual([]);
  });

  it("exports without owner details by default; with them only when asked, audited, and not for the commission", async () => {
    const get = (query: string) =>
      exportRoute(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id: hoodId }) });
    actAs(users.yuzhong!);
    const plain = await readSheetRows(Buffer.from(await (await get("")).arrayBuffer()));
    expect(plain.headers).not.toContain("业主姓名");
    expect(JSON.stringify(plain.rows)).not.toContain("张三英");
    expect(JSON.stringify(plain.rows)).not.toContain("13812345678");
    expect(await db.auditLog.count({ where: { action: "dwelling.exportOwners" } })).toBe(0);

    const full = await readSheetRows(Buffer.from(await (await get("?owners=1")).arrayBuffer()));
    expect(full.headers).toContain("业主姓名");
    const flat = full.rows.find((r) => r.values["房号"] === "101")!;
    expect([flat.values["业主姓名"], flat.values["业主电话"], flat.values["业主身份证号末四位"]]).toEqual([
      "张三英",
      "13812345678",
      ZHANG.slice(-4),
    ]);
    expect(
      await db.auditLog.count({ where: { action: "dwelling.exportOwners", entityId: hoodId, actorId: users.yuzhong } }),
    ).toBe(1);

    actAs(users.commission!);
    expect((await get("")).status).toBe(200);
    expect((await get("?owners=1")).status).toBe(403);
    actAs(users.jiangbei!);
    expect((await get("")).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "dwelling.exportOwners" } })).toBe(1);
  });
});

async function actor(userId: string) {
  const { loadSessionActor } = await import("@/lib/auth/actor");
  actAs(userId);
  const { requestContext } = await import("../helpers/request-context");
  return loadSessionActor(db, await requestContext());
}
