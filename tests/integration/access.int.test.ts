// Each role reaches only its own data, checked against the real database: reads through the
// feature queries, writes through a server action (wrapper, guard, transaction, audit).
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { assertOwnsDwelling } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { listAccounts } from "@/modules/accounts/queries";
import { departmentOverview } from "@/modules/departments/queries";
import { updateNeighborhoodNotes } from "@/modules/neighborhoods/actions";
import { getNeighborhood, listNeighborhoods } from "@/modules/neighborhoods/queries";
import { cityOverview } from "@/modules/programme/queries";
import { myDwellings } from "@/modules/residents/queries";
import { bindResident, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

type Fixture = Awaited<ReturnType<typeof createNeighborhood>>;
let yuzhong: Fixture;
let jiangbei: Fixture;
const users: Record<string, string> = {};

beforeAll(async () => {
  yuzhong = await createNeighborhood({ districtCode: "500103", name: "渝中测试小区" });
  jiangbei = await createNeighborhood({ districtCode: "500105", name: "江北测试小区" });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.admin = (await createUser({ role: "ADMIN" })).id;
  users.dept = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  users.otherResident = (await createUser({ role: "RESIDENT" })).id;
  await bindResident(users.resident, yuzhong.dwellings[0]!.id);
  await bindResident(users.otherResident, jiangbei.dwellings[0]!.id);
});

const actor = (key: string) => loadActor(db, users[key]!);
const auditCount = (entityId: string) => db.auditLog.count({ where: { entityId } });
const notesOf = async (id: string) =>
  db.neighborhood.findUniqueOrThrow({ where: { id }, select: { notes: true, version: true } });

describe("reading district records", () => {
  it("a district official sees their own district only", async () => {
    const list = await listNeighborhoods(await actor("yuzhong"), { page: 1 });
    expect(list.rows.map((r) => r.name)).toEqual(["渝中测试小区"]);
    await expect(getNeighborhood(await actor("yuzhong"), jiangbei.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getNeighborhood(await actor("jiangbei"), yuzhong.id)).rejects.toBeInstanceOf(NotFoundError);
    const own = await getNeighborhood(await actor("yuzhong"), yuzhong.id);
    expect(own.dwellingCount).toBe(3);
    expect(own.totalAreaM2).toBe("220.75");
  });

  it("the commission reads the whole city", async () => {
    const list = await listNeighborhoods(await actor("commission"), { page: 1 });
    expect(list.total).toBe(2);
    expect((await getNeighborhood(await actor("commission"), jiangbei.id)).name).toBe("江北测试小区");
    const city = await cityOverview(await actor("commission"));
    expect(city.districts).toHaveLength(38);
  });

  it("residents, departments and the admin see no district registry", async () => {
    for (const key of ["resident", "dept", "admin"]) {
      await expect(listNeighborhoods(await actor(key), { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getNeighborhood(await actor(key), yuzhong.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("role-only pages refuse other roles", async () => {
    await expect(cityOverview(await actor("yuzhong"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAccounts(await actor("commission"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(departmentOverview(await actor("resident"))).rejects.toBeInstanceOf(ForbiddenError);
    const dept = await departmentOverview(await actor("dept"));
    expect(dept.department.name).toBe("市市场监管局");
  });

  it("a missing or disabled account is not an actor", async () => {
    await expect(loadActor(db, null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(loadActor(db, "no-such-user")).rejects.toBeInstanceOf(UnauthenticatedError);
    const disabled = await createUser({ role: "COMMISSION", active: false });
    await expect(loadActor(db, disabled.id)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("residents and their dwellings", () => {
  it("a resident sees only dwellings bound to them", async () => {
    const mine = await myDwellings(await actor("resident"));
    expect(mine.map((d) => d.id)).toEqual([yuzhong.dwellings[0]!.id]);
    await expect(assertOwnsDwelling(db, await actor("resident"), yuzhong.dwellings[0]!.id)).resolves.toBeUndefined();
    await expect(assertOwnsDwelling(db, await actor("resident"), jiangbei.dwellings[0]!.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(assertOwnsDwelling(db, await actor("resident"), yuzhong.dwellings[1]!.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(assertOwnsDwelling(db, await actor("yuzhong"), yuzhong.dwellings[0]!.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("a revoked binding no longer counts", async () => {
    await db.residentDwelling.updateMany({ where: { userId: users.otherResident }, data: { revokedAt: new Date() } });
    expect(await myDwellings(await actor("otherResident"))).toEqual([]);
    await expect(
      assertOwnsDwelling(db, await actor("otherResident"), jiangbei.dwellings[0]!.id),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("changing district records through a server action", () => {
  it("the district's own official saves, and the change is audited with before and after", async () => {
    const before = await notesOf(yuzhong.id);
    actAs(users.yuzhong!);
    const result = await updateNeighborhoodNotes({ id: yuzhong.id, notes: "3栋外墙渗水", version: before.version });
    expect(result).toEqual({ ok: true, data: { notes: "3栋外墙渗水", version: before.version + 1 } });
    expect(await notesOf(yuzhong.id)).toEqual({ notes: "3栋外墙渗水", version: before.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: yuzhong.id, action: "neighborhood.updateNotes" },
      select: { actorId: true, actorRole: true, districtId: true, before: true, after: true },
    });
    expect(audit).toMatchObject({
      actorId: users.yuzhong,
      actorRole: "DISTRICT",
      districtId: yuzhong.districtId,
      before: { notes: "", version: before.version },
      after: { notes: "3栋外墙渗水", version: before.version + 1 },
    });
  });

  it("another district's official is refused in Chinese, and nothing changes", async () => {
    const before = await notesOf(yuzhong.id);
    const audits = await auditCount(yuzhong.id);
    actAs(users.jiangbei!);
    const result = await updateNeighborhoodNotes({ id: yuzhong.id, notes: "越权修改", version: before.version });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!result.ok && result.error).toContain("其他区县");
    expect(await notesOf(yuzhong.id)).toEqual(before);
    expect(await auditCount(yuzhong.id)).toBe(audits);
  });

  it("the commission, departments, residents, the admin and anonymous users are refused", async () => {
    const before = await notesOf(yuzhong.id);
    for (const key of ["commission", "dept", "resident", "admin"]) {
      actAs(users[key]!);
      expect(await updateNeighborhoodNotes({ id: yuzhong.id, notes: "x", version: before.version })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    actAs(null);
    expect(await updateNeighborhoodNotes({ id: yuzhong.id, notes: "x", version: before.version })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await notesOf(yuzhong.id)).toEqual(before);
  });

  it("answers in English when the user chose English", async () => {
    actAs(users.jiangbei!, "en");
    const result = await updateNeighborhoodNotes({ id: yuzhong.id, notes: "x", version: 1 });
    expect(!result.ok && result.error).toContain("another district");
  });

  it("bad input gets field errors and changes nothing", async () => {
    const before = await notesOf(yuzhong.id);
    actAs(users.yuzhong!);
    const result = await updateNeighborhoodNotes({ id: yuzhong.id, notes: "长".repeat(2001), version: before.version });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.notes?.[0]).toContain("2000");
    expect(await notesOf(yuzhong.id)).toEqual(before);
  });

  it("accepts form posts as well as objects", async () => {
    const before = await notesOf(yuzhong.id);
    actAs(users.yuzhong!);
    const form = new FormData();
    form.set("id", yuzhong.id);
    form.set("notes", "表单提交");
    form.set("version", String(before.version));
    expect(await updateNeighborhoodNotes(form)).toMatchObject({ ok: true });
    expect((await notesOf(yuzhong.id)).notes).toBe("表单提交");
  });

  it("of two people saving the same version at once, one wins and the other is told", async () => {
    const before = await notesOf(yuzhong.id);
    actAs(users.yuzhong!);
    const results = await Promise.all([
      updateNeighborhoodNotes({ id: yuzhong.id, notes: "甲的修改", version: before.version }),
      updateNeighborhoodNotes({ id: yuzhong.id, notes: "乙的修改", version: before.version }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    const after = await notesOf(yuzhong.id);
    expect(after.version).toBe(before.version + 1);
    const winner = results.find((r) => r.ok);
    expect(winner?.ok && winner.data.notes).toBe(after.notes);
  });

  it("a record that does not exist is not found", async () => {
    actAs(users.yuzhong!);
    expect(await updateNeighborhoodNotes({ id: "missing", notes: "x", version: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
