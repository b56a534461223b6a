// The administrator manages officials' accounts, against the real database: each role created
// with the scope it needs (and nothing written when refused), edits audited before and after,
// disabling, role or scope changes and resets ending the sessions already open, and the Excel
// import all or nothing, refusing a non-administrator before it reads the file.
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, LoginError } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { readSheetRows, buildWorkbook } from "@/lib/xlsx";
import { ACCOUNT_IMPORT_COLUMNS } from "@/modules/accounts/account-import";
import {
  createAccount,
  importAccounts,
  resetAccountPassword,
  setAccountActive,
  signOutAccountEverywhere,
  updateAccount,
} from "@/modules/accounts/admin-actions";
import { handleAccountImport } from "@/modules/accounts/import-upload";
import { updateNeighborhoodNotes } from "@/modules/neighborhoods/actions";
import { createNeighborhood, createUser, departmentByCode, districtByCode } from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

const users: Record<string, string> = {};
let jiangbei: { id: string; name: string };
let yuzhong: { id: string; name: string };
let scjgj: { id: string };
const streets: Record<string, string> = {};
let jiangbeiNeighborhood: Awaited<ReturnType<typeof createNeighborhood>>;

beforeAll(async () => {
  jiangbei = await districtByCode("500105");
  yuzhong = await districtByCode("500103");
  scjgj = await departmentByCode("scjgj");
  for (const [key, districtId, name] of [
    ["gyq", jiangbei.id, "观音桥街道"],
    ["hxj", jiangbei.id, "华新街街道"],
    ["jfb", yuzhong.id, "解放碑街道"],
  ] as const) {
    streets[key] = (await db.street.create({ data: { districtId, name }, select: { id: true } })).id;
  }
  users.admin = (await createUser({ role: "ADMIN", username: "root.admin" })).id;
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  jiangbeiNeighborhood = await createNeighborhood({ districtCode: "500105", name: "江北账号测试小区" });
});

const userCount = () => db.user.count();
const auditRows = (entityId: string) =>
  db.auditLog.findMany({
    where: { entityType: "User", entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
const openSession = async (userId: string) =>
  (await db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3600_000) }, select: { id: true } }))
    .id;
const signIn = (username: string, password: string) => authenticate(db, { username, password, ip: "10.0.0.9" });
const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof LoginError ? error.reason : String(error);
  }
};

/** A district official signs in through the sheet of the admin's create form. */
async function createOfficial(username: string, extra: Record<string, unknown> = {}) {
  actAs(users.admin!);
  const result = await createAccount({
    username,
    displayName: `江北 ${username}`,
    role: "DISTRICT",
    districtId: jiangbei.id,
    ...extra,
  });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("creating an account", () => {
  it("creates each official role with its scope, a hashed temporary password, and an audit row without it", async () => {
    actAs(users.admin!);
    const district = await createAccount({
      username: "JB.Zhang",
      displayName: "江北区 张伟",
      phone: "13800000000",
      role: "DISTRICT",
      districtId: jiangbei.id,
      streetIds: [streets.gyq, streets.hxj],
    });
    const department = await createAccount({
      username: "sc.li",
      displayName: "市市场监管局 李娜",
      role: "DEPARTMENT",
      departmentId: scjgj.id,
      phone: "023-63851234",
    });
    const commission = await createAccount({
      username: "wjw.wang",
      displayName: "市住房城乡建委 王强",
      role: "COMMISSION",
    });
    const admin = await createAccount({
      username: "admin.two",
      displayName: "第二管理员",
      role: "ADMIN",
      districtId: jiangbei.id,
    });
    for (const r of [district, department, commission, admin]) expect(r.ok).toBe(true);
    if (!district.ok || !department.ok || !commission.ok || !admin.ok) return;

    const stored = await db.user.findUniqueOrThrow({
      where: { id: district.data.id },
      select: {
        username: true,
        role: true,
        districtId: true,
        phone: true,
        passwordHash: true,
        mustChangePassword: true,
        createdById: true,
        streets: { select: { streetId: true } },
      },
    });
    expect(stored).toMatchObject({
      username: "jb.zhang",
      role: "DISTRICT",
      districtId: jiangbei.id,
      phone: "13800000000",
      mustChangePassword: true,
      createdById: users.admin,
    });
    expect(stored.streets.map((s) => s.streetId).sort()).toEqual([streets.gyq, streets.hxj].sort());
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(district.data.temporaryPassword);
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: department.data.id },
        select: { role: true, departmentId: true, districtId: true },
      }),
    ).toEqual({ role: "DEPARTMENT", departmentId: scjgj.id, districtId: null });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: commission.data.id },
        select: { role: true, departmentId: true, districtId: true },
      }),
    ).toEqual({ role: "COMMISSION", departmentId: null, districtId: null });
    // A district chosen for an administrator is dropped: the role is city-wide.
    expect(
      await db.user.findUniqueOrThrow({ where: { id: admin.data.id }, select: { role: true, districtId: true } }),
    ).toEqual({ role: "ADMIN", districtId: null });

    const [audit] = await auditRows(district.data.id);
    expect(audit).toMatchObject({
      action: "account.create",
      actorId: users.admin,
      after: { username: "jb.zhang", role: "DISTRICT", district: { name: "江北区" } },
    });
    expect(JSON.stringify(audit)).not.toContain(district.data.temporaryPassword);

    const user = await signIn("jb.zhang", district.data.temporaryPassword);
    expect(user.mustChangePassword).toBe(true);
  });

  it("refuses a resident, a missing district or department, a street of another district and a taken username, writing nothing", async () => {
    actAs(users.admin!);
    const before = { users: await userCount(), audits: await db.auditLog.count() };
    const resident = await createAccount({ username: "res.one", displayName: "居民", role: "RESIDENT" });
    expect(resident).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!resident.ok && resident.fieldErrors?.role?.[0]).toContain("绑定码");
    const noDistrict = await createAccount({ username: "jb.none", displayName: "无区县", role: "DISTRICT" });
    expect(!noDistrict.ok && noDistrict.fieldErrors?.districtId?.[0]).toContain("须选择所属区县");
    const noDepartment = await createAccount({ username: "dept.none", displayName: "无部门", role: "DEPARTMENT" });
    expect(!noDepartment.ok && noDepartment.fieldErrors?.departmentId?.[0]).toContain("须选择所属部门");
    const foreignStreet = await createAccount({
      username: "jb.wrong",
      displayName: "错街道",
      role: "DISTRICT",
      districtId: jiangbei.id,
      streetIds: [streets.gyq, streets.jfb],
    });
    expect(!foreignStreet.ok && foreignStreet.fieldErrors?.streetIds?.[0]).toContain("须属于江北区");
    const taken = await createAccount({ username: "JB.ZHANG", displayName: "重名", role: "COMMISSION" });
    expect(!taken.ok && taken.fieldErrors?.username?.[0]).toContain("已被使用");
    const badName = await createAccount({ username: "张三", displayName: "x", role: "COMMISSION", phone: "12345" });
    expect(!badName.ok && Object.keys(badName.fieldErrors ?? {}).sort()).toEqual(["phone", "username"]);
    expect({ users: await userCount(), audits: await db.auditLog.count() }).toEqual(before);
  });
});

describe("editing an account", () => {
  it("records the change with before and after; a name change keeps the sessions", async () => {
    const official = await createOfficial("jb.edit");
    const session = await openSession(official.id);
    actAs(users.admin!);
    const result = await updateAccount({
      id: official.id,
      displayName: "江北区 改名",
      phone: "023-67701234",
      role: "DISTRICT",
      districtId: jiangbei.id,
    });
    expect(result).toEqual({ ok: true, data: { id: official.id, sessionsEnded: 0 } });
    const audits = await auditRows(official.id);
    expect(audits.at(-1)).toMatchObject({
      action: "account.update",
      actorId: users.admin,
      before: { displayName: "江北 jb.edit", phone: null },
      after: { displayName: "江北区 改名", phone: "023-67701234", sessionsEnded: 0 },
    });
    expect(
      (await db.userSession.findUniqueOrThrow({ where: { id: session }, select: { revokedAt: true } })).revokedAt,
    ).toBeNull();
  });

  it("a change of streets ends the sessions: a replayed cookie is refused at its next action", async () => {
    const official = await createOfficial("jb.scope");
    await db.user.update({ where: { id: official.id }, data: { mustChangePassword: false } });
    const session = await openSession(official.id);
    const notes = () =>
      db.neighborhood.findUniqueOrThrow({ where: { id: jiangbeiNeighborhood.id }, select: { version: true } });
    actAsSession(official.id, session);
    expect(
      (
        await updateNeighborhoodNotes({
          id: jiangbeiNeighborhood.id,
          notes: "街道复核",
          version: (await notes()).version,
        })
      ).ok,
    ).toBe(true);

    actAs(users.admin!);
    const result = await updateAccount({
      id: official.id,
      displayName: "江北 jb.scope",
      role: "DISTRICT",
      districtId: jiangbei.id,
      streetIds: [streets.gyq],
    });
    expect(result).toEqual({ ok: true, data: { id: official.id, sessionsEnded: 1 } });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session }, select: { revokedReason: true } })).toEqual(
      { revokedReason: "ROLE_OR_SCOPE_CHANGED" },
    );
    expect((await auditRows(official.id)).at(-1)).toMatchObject({
      before: { streets: [] },
      after: { streets: [{ id: streets.gyq, name: "观音桥街道" }], sessionsEnded: 1 },
    });

    actAsSession(official.id, session);
    expect(
      await updateNeighborhoodNotes({ id: jiangbeiNeighborhood.id, notes: "旧会话", version: (await notes()).version }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("a change of role ends the sessions and clears the district", async () => {
    const official = await createOfficial("jb.role", { streetIds: [streets.hxj] });
    const session = await openSession(official.id);
    actAs(users.admin!);
    expect(
      await updateAccount({
        id: official.id,
        displayName: "改为部门",
        role: "DEPARTMENT",
        departmentId: scjgj.id,
        districtId: jiangbei.id,
      }),
    ).toMatchObject({ ok: true, data: { sessionsEnded: 1 } });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: official.id },
        select: { role: true, districtId: true, departmentId: true, streets: true },
      }),
    ).toEqual({ role: "DEPARTMENT", districtId: null, departmentId: scjgj.id, streets: [] });
    actAsSession(official.id, session);
    expect(await signOutAccountEverywhere({ id: official.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a street of another district, the admin demoting or disabling themselves, and editing a resident", async () => {
    const official = await createOfficial("jb.refused");
    actAs(users.admin!);
    const foreign = await updateAccount({
      id: official.id,
      displayName: "x",
      role: "DISTRICT",
      districtId: jiangbei.id,
      streetIds: [streets.jfb],
    });
    expect(!foreign.ok && foreign.fieldErrors?.streetIds?.[0]).toContain("须属于江北区");
    const demote = await updateAccount({ id: users.admin!, displayName: "我", role: "COMMISSION" });
    expect(demote).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!demote.ok && demote.error).toContain("不能取消您自己的系统管理员角色");
    const disableSelf = await setAccountActive({ id: users.admin!, active: false });
    expect(!disableSelf.ok && disableSelf.error).toContain("不能停用您自己的账号");
    expect(
      await db.user.findUniqueOrThrow({ where: { id: users.admin! }, select: { role: true, active: true } }),
    ).toEqual({ role: "ADMIN", active: true });

    const resident = await createUser({ role: "RESIDENT" });
    const edit = await updateAccount({
      id: resident.id,
      displayName: "改名",
      role: "DISTRICT",
      districtId: jiangbei.id,
    });
    expect(edit).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.user.findUniqueOrThrow({ where: { id: resident.id }, select: { role: true } })).toEqual({
      role: "RESIDENT",
    });
    // …but a resident's account may be disabled and reset.
    expect((await setAccountActive({ id: resident.id, active: false })).ok).toBe(true);
    expect((await resetAccountPassword({ id: resident.id })).ok).toBe(true);
    expect(await auditRows(official.id)).toHaveLength(1);
  });
});

describe("disabling, resetting, signing out everywhere", () => {
  it("disabling ends the sessions: a replayed cookie is refused and sign-in answers DISABLED; enabling lets them back", async () => {
    const official = await createOfficial("jb.disable");
    const reset = await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { id: true } });
    const session = await openSession(reset.id);
    actAs(users.admin!);
    expect(await setAccountActive({ id: official.id, active: false })).toEqual({
      ok: true,
      data: { id: official.id, active: false, sessionsEnded: 1 },
    });
    expect((await auditRows(official.id)).at(-1)).toMatchObject({
      action: "account.disable",
      before: { active: true },
      after: { active: false, sessionsEnded: 1 },
    });

    actAsSession(official.id, session);
    expect(await updateNeighborhoodNotes({ id: jiangbeiNeighborhood.id, notes: "停用后", version: 1 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await failureOf(signIn("jb.disable", official.temporaryPassword))).toBe("DISABLED");

    actAs(users.admin!);
    expect(await setAccountActive({ id: official.id, active: true })).toMatchObject({
      ok: true,
      data: { active: true },
    });
    expect((await signIn("jb.disable", official.temporaryPassword)).username).toBe("jb.disable");
    // The old session stays ended.
    actAsSession(official.id, session);
    expect(await updateNeighborhoodNotes({ id: jiangbeiNeighborhood.id, notes: "启用后", version: 1 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("a reset ends the sessions, requires a new password, and only the new temporary password works", async () => {
    const official = await createOfficial("jb.reset");
    await db.user.update({ where: { id: official.id }, data: { mustChangePassword: false } });
    const session = await openSession(official.id);
    actAs(users.admin!);
    const result = await resetAccountPassword({ id: official.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.temporaryPassword).not.toBe(official.temporaryPassword);
    expect(
      await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { mustChangePassword: true } }),
    ).toEqual({ mustChangePassword: true });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session }, select: { revokedReason: true } })).toEqual(
      { revokedReason: "PASSWORD_RESET" },
    );
    const audit = (await auditRows(official.id)).at(-1);
    expect(audit).toMatchObject({
      action: "account.resetPassword",
      after: { mustChangePassword: true, sessionsEnded: 1 },
    });
    expect(JSON.stringify(audit)).not.toContain(result.data.temporaryPassword);

    expect(await failureOf(signIn("jb.reset", official.temporaryPassword))).toBe("INVALID");
    expect((await signIn("jb.reset", result.data.temporaryPassword)).mustChangePassword).toBe(true);
    actAsSession(official.id, session);
    expect(await updateNeighborhoodNotes({ id: jiangbeiNeighborhood.id, notes: "重置后", version: 1 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("signing out everywhere ends every open session", async () => {
    const official = await createOfficial("jb.everywhere");
    const sessions = [await openSession(official.id), await openSession(official.id)];
    actAs(users.admin!);
    expect(await signOutAccountEverywhere({ id: official.id })).toEqual({
      ok: true,
      data: { id: official.id, sessionsEnded: 2 },
    });
    expect(await db.userSession.count({ where: { id: { in: sessions }, revokedReason: "SIGN_OUT_EVERYWHERE" } })).toBe(
      2,
    );
  });
});

describe("only the administrator", () => {
  it("refuses district and commission officials every action, writing nothing", async () => {
    const target = await createOfficial("jb.target");
    for (const who of ["district", "commission"]) {
      actAs(users[who]!);
      const before = {
        users: await userCount(),
        audits: await db.auditLog.count(),
        sessions: await db.userSession.count({ where: { revokedAt: { not: null } } }),
      };
      const results = [
        await createAccount({ username: `by.${who}`, displayName: "越权", role: "COMMISSION" }),
        await updateAccount({ id: target.id, displayName: "越权", role: "ADMIN" }),
        await setAccountActive({ id: target.id, active: false }),
        await resetAccountPassword({ id: target.id }),
        await signOutAccountEverywhere({ id: target.id }),
        await importAccounts({
          rows: [{ rowNumber: 2, values: { 用户名: `imp.${who}`, "姓名/单位": "越权", 角色: "系统管理员" } }],
        }),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect({
        users: await userCount(),
        audits: await db.auditLog.count(),
        sessions: await db.userSession.count({ where: { revokedAt: { not: null } } }),
      }).toEqual(before);
    }
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: target.id },
        select: { displayName: true, role: true, active: true },
      }),
    ).toEqual({ displayName: "江北 jb.target", role: "DISTRICT", active: true });
  });
});

describe("importing accounts from Excel", () => {
  const sheet = (rows: Record<string, string>[]) =>
    buildWorkbook([
      { name: "账号", columns: ACCOUNT_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header })), rows },
    ]);
  const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
    handleAccountImport(
      new Request("http://localhost/admin/accounts/import/upload", {
        method: "POST",
        body,
        headers: { "x-requested-with": "fetch", ...headers },
      }),
    );
  const fileForm = (bytes: Buffer, name = "账号.xlsx") => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes)], name));
    return form;
  };

  it("creates every account with a hashed password and answers with each temporary password once", async () => {
    actAs(users.admin!);
    const response = await upload(
      fileForm(
        await sheet([
          {
            用户名: "imp.jb",
            "姓名/单位": "观音桥街道 赵",
            角色: "区县",
            区县: "500105",
            街道: "观音桥街道、华新街街道",
            手机号: "13900000000",
          },
          { 用户名: "imp.sc", "姓名/单位": "市场监管 钱", 角色: "市级部门", 市级部门: "市市场监管局" },
          { 用户名: "imp.wjw", "姓名/单位": "建委 孙", 角色: "市住房城乡建委" },
        ]),
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const { rows } = await readSheetRows(Buffer.from(await response.arrayBuffer()));
    expect(rows.map((r) => r.values["用户名"])).toEqual(["imp.jb", "imp.sc", "imp.wjw"]);
    for (const r of rows) {
      const password = String(r.values["临时密码"]);
      const stored = await db.user.findUniqueOrThrow({
        where: { username: String(r.values["用户名"]) },
        select: { passwordHash: true, mustChangePassword: true, createdById: true },
      });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored).toMatchObject({ mustChangePassword: true, createdById: users.admin });
      expect((await signIn(String(r.values["用户名"]), password)).mustChangePassword).toBe(true);
      expect(
        JSON.stringify(await db.auditLog.findMany({ where: { entityType: "User" }, select: { after: true } })),
      ).not.toContain(password);
    }
    const jb = await db.user.findUniqueOrThrow({
      where: { username: "imp.jb" },
      select: { id: true, districtId: true, phone: true, streets: { select: { streetId: true } } },
    });
    expect(jb).toMatchObject({ districtId: jiangbei.id, phone: "13900000000" });
    expect(jb.streets.map((s) => s.streetId).sort()).toEqual([streets.gyq, streets.hxj].sort());
    expect((await auditRows(jb.id))[0]).toMatchObject({
      action: "account.create",
      after: { importBatch: expect.stringMatching(/^import-/), sheetRow: 2 },
    });
    expect(await db.auditLog.count({ where: { action: "account.import" } })).toBe(1);
  });

  it("one bad row: nothing is written and the row's problem is named", async () => {
    actAs(users.admin!);
    const before = { users: await userCount(), audits: await db.auditLog.count() };
    const response = await upload(
      fileForm(
        await sheet([
          { 用户名: "bad.ok", "姓名/单位": "好行", 角色: "市住房城乡建委" },
          { 用户名: "bad.street", "姓名/单位": "坏行", 角色: "区县", 区县: "江北区", 街道: "解放碑街道" },
          { 用户名: "imp.jb", "姓名/单位": "重名", 角色: "系统管理员" },
          { 用户名: "bad.ok", "姓名/单位": "表内重名", 角色: "系统管理员" },
          { 用户名: "bad.dept", "姓名/单位": "无部门", 角色: "市级部门" },
          { 用户名: "bad.district", "姓名/单位": "无区县", 角色: "区县", 区县: "火星区" },
        ]),
      ),
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; fieldErrors: { rows: string[] } };
    expect(body.error).toContain("未创建任何账号");
    expect(body.fieldErrors.rows).toEqual([
      "第3行:街道“解放碑街道”不属于江北区",
      "第4行:用户名“imp.jb”已被使用",
      "第5行:用户名“bad.ok”与第2行重复",
      "第6行:角色为“市级部门”时须填写“市级部门”",
      "第7行:区县“火星区”不存在,请填写区县名称(如 江北区)或6位代码(如 500105)",
    ]);
    expect({ users: await userCount(), audits: await db.auditLog.count() }).toEqual(before);
    expect(await db.user.findUnique({ where: { username: "bad.ok" } })).toBeNull();
  });

  it("refuses a non-administrator before reading the file, and a file that is not a workbook", async () => {
    for (const who of ["district", "commission"]) {
      actAs(users[who]!);
      let read = false;
      const body = new ReadableStream(
        {
          pull(controller) {
            read = true;
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
      const response = await handleAccountImport(
        new Request("http://localhost/admin/accounts/import/upload", {
          method: "POST",
          body,
          headers: { "content-type": "multipart/form-data; boundary=x" },
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(403);
      expect(read).toBe(false);
    }
    actAs(users.admin!);
    const notXlsx = await upload(fileForm(Buffer.from("not a workbook"), "账号.xlsx"));
    expect(notXlsx.status).toBe(400);
    expect(((await notXlsx.json()) as { error: string }).error).toContain(".xlsx");
  });
});
