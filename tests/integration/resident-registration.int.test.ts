// A resident's way in and back in, on the real database: registering with the letter's code at
// /b (one transaction; refusals write nothing but the recorded attempt; one account per code even
// when two people race), the throttle on code attempts (registration and redemption), and the
// district's password reset (scope, sessions ended, temporary password).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadSessionActor } from "@/lib/auth/actor";
import { authenticate, LoginError } from "@/lib/auth/credentials";
import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError, InvalidInputError, UnauthenticatedError } from "@/lib/errors";
import { registerWithCode, type RegistrationInput } from "@/modules/accounts/registration";
import { redeemBindingCode } from "@/modules/consultation/actions";
import { MAX_CODE_FAILURES_PER_ACCOUNT, MAX_CODE_FAILURES_PER_IP } from "@/modules/consultation/code-throttle";
import { generateBindingCode } from "@/modules/consultation/codes";
import { resetResidentPassword } from "@/modules/residents/actions";
import { residentsByMobile } from "@/modules/residents/queries";
import { bindResident, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

const PASSWORD = "Jiefangbei-Lantern-2026!";
let ipSerial = 0;
/** Each test its own address, so the per-address throttle of one does not reach the next. */
const context = (ip = `10.20.0.${++ipSerial}`) => ({ ip, userAgent: "vitest", locale: "zh" as const });

let yuzhong: Awaited<ReturnType<typeof createNeighborhood>>;
let jiangbei: Awaited<ReturnType<typeof createNeighborhood>>;
let issuer: string;
let dwellingSerial = 0;

beforeAll(async () => {
  yuzhong = await createNeighborhood({ districtCode: "500103", areas: Array.from({ length: 12 }, () => "60.00") });
  jiangbei = await createNeighborhood({ districtCode: "500105", areas: ["70.00", "70.00"] });
  issuer = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
});

beforeEach(async () => {
  await db.authThrottle.deleteMany();
});

/** A fresh code for the next unused dwelling of the 渝中 neighbourhood. */
async function freshCode(state: "open" | "revoked" | "redeemed" = "open") {
  const dwellingId = yuzhong.dwellings[dwellingSerial++ % yuzhong.dwellings.length]!.id;
  const code = generateBindingCode();
  const row = await db.bindingCode.create({
    data: {
      dwellingId,
      code,
      issuedById: issuer,
      revokedAt: state === "revoked" ? new Date() : null,
      redeemedAt: state === "redeemed" ? new Date() : null,
    },
    select: { id: true },
  });
  return {
    id: row.id,
    code,
    dwellingId,
    typed: `${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`,
  };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** What a registration may write besides its recorded attempt. */
async function footprint() {
  const [users, bindings, audits, sessions, redeemed] = await Promise.all([
    db.user.count(),
    db.residentDwelling.count(),
    db.auditLog.count(),
    db.userSession.count(),
    db.bindingCode.count({ where: { redeemedAt: { not: null } } }),
  ]);
  return { users, bindings, audits, sessions, redeemed };
}

async function noCodeTextStored() {
  const codes = (await db.bindingCode.findMany({ select: { code: true } })).map((c) => c.code);
  const stored = JSON.stringify({
    audits: await db.auditLog.findMany({ select: { action: true, entityId: true, before: true, after: true } }),
    attempts: await db.loginAttempt.findMany({ select: { username: true, reason: true } }),
    throttle: await db.authThrottle.findMany({ select: { key: true } }),
  });
  for (const code of codes) expect(stored).not.toContain(code);
}

describe("registering with the letter's code", () => {
  it("creates the account, binds the dwelling, redeems the code, audits, records and opens a session", async () => {
    const code = await freshCode();
    const done = await registerWithCode(
      db,
      { code: code.typed, mobile: "138 1234-5678", password: PASSWORD, passwordConfirm: PASSWORD },
      context(),
    );

    const user = await db.user.findUniqueOrThrow({
      where: { id: done.user.id },
      select: {
        username: true,
        phone: true,
        displayName: true,
        role: true,
        mustChangePassword: true,
        passwordHash: true,
      },
    });
    expect(user).toMatchObject({
      username: "13812345678",
      phone: "13812345678",
      displayName: "居民 138****5678",
      role: "RESIDENT",
      mustChangePassword: false,
    });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(done.dwellingId).toBe(code.dwellingId);
    expect(
      await db.residentDwelling.findMany({
        where: { userId: done.user.id },
        select: { dwellingId: true, codeId: true, revokedAt: true },
      }),
    ).toEqual([{ dwellingId: code.dwellingId, codeId: code.id, revokedAt: null }]);
    expect(
      (await db.bindingCode.findUniqueOrThrow({ where: { id: code.id }, select: { redeemedAt: true } })).redeemedAt,
    ).not.toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: done.user.id },
      select: { action: true, districtId: true, actorId: true },
    });
    expect(audit).toEqual({ action: "resident.register", districtId: yuzhong.districtId, actorId: done.user.id });
    expect(await db.loginAttempt.count({ where: { kind: "REGISTER", username: "13812345678", success: true } })).toBe(
      1,
    );

    // The session is a live row: the cookie's identity loads the new resident.
    const actor = await loadSessionActor(db, { userId: done.user.id, sessionId: done.session.sessionId });
    expect(actor).toMatchObject({ id: done.user.id, role: "RESIDENT", mustChangePassword: false });
    // And the resident signs in later with the number and password.
    expect(await authenticate(db, { username: "13812345678", password: PASSWORD, ip: "10.20.9.9" })).toMatchObject({
      id: done.user.id,
    });
    await noCodeTextStored();
  });

  it("refuses a wrong, used or revoked code, a bad or taken mobile, a weak or mismatched password — writing nothing", async () => {
    await createUser({ role: "RESIDENT", username: "13900000001" });
    const open = await freshCode();
    const used = await freshCode("redeemed");
    const revoked = await freshCode("revoked");
    const ok = { code: open.code, mobile: "13900000002", password: PASSWORD, passwordConfirm: PASSWORD };
    const cases: { input: RegistrationInput; field: string; says: string; reason: string }[] = [
      {
        input: { ...ok, code: "ABCD-EFGH-JKMN" },
        field: "code",
        says: "绑定码不正确、已使用或已作废",
        reason: "CODE_UNUSABLE",
      },
      {
        input: { ...ok, code: "not a code" },
        field: "code",
        says: "绑定码不正确、已使用或已作废",
        reason: "CODE_UNUSABLE",
      },
      {
        input: { ...ok, code: used.code },
        field: "code",
        says: "绑定码不正确、已使用或已作废",
        reason: "CODE_UNUSABLE",
      },
      {
        input: { ...ok, code: revoked.code },
        field: "code",
        says: "绑定码不正确、已使用或已作废",
        reason: "CODE_UNUSABLE",
      },
      { input: { ...ok, mobile: "1234567" }, field: "mobile", says: "11 位手机号码", reason: "MOBILE_INVALID" },
      { input: { ...ok, mobile: "139-0000-0001" }, field: "mobile", says: "/resident/bind", reason: "MOBILE_TAKEN" },
      {
        input: { ...ok, password: "password123", passwordConfirm: "password123" },
        field: "password",
        says: "太容易被猜到",
        reason: "PASSWORD_WEAK",
      },
      {
        input: { ...ok, password: "short", passwordConfirm: "short" },
        field: "password",
        says: "至少需要",
        reason: "PASSWORD_WEAK",
      },
      {
        input: { ...ok, passwordConfirm: `${PASSWORD}x` },
        field: "passwordConfirm",
        says: "不一致",
        reason: "PASSWORD_MISMATCH",
      },
    ];
    const before = await footprint();
    for (const c of cases) {
      const attempts = await db.loginAttempt.count({ where: { kind: "REGISTER", success: false, reason: c.reason } });
      const error = await refusal(registerWithCode(db, c.input, context()));
      expect(error, c.reason).toBeInstanceOf(InvalidInputError);
      expect(Object.keys(error.fieldErrors ?? {}), c.reason).toEqual([c.field]);
      expect(error.fieldErrors![c.field]!.join(" "), c.reason).toContain(c.says);
      expect(await footprint(), c.reason).toEqual(before);
      expect(
        await db.loginAttempt.count({ where: { kind: "REGISTER", success: false, reason: c.reason } }),
        c.reason,
      ).toBe(attempts + 1);
    }
    // Several problems at once are all reported, each at its field.
    const all = await refusal(
      registerWithCode(db, { code: "ABCD-EFGH-JKMN", mobile: "12", password: "short", passwordConfirm: "" }, context()),
    );
    expect(Object.keys(all.fieldErrors ?? {}).sort()).toEqual(["code", "mobile", "password"]);
    // The code still works for its owner.
    expect((await registerWithCode(db, ok, context())).dwellingId).toBe(open.dwellingId);
    await noCodeTextStored();
  });

  it("gives one account for one code when two people register with it at the same moment", async () => {
    const code = await freshCode();
    const before = await footprint();
    const results = await Promise.allSettled(
      ["13700000001", "13700000002", "13700000003"].map((mobile) =>
        registerWithCode(db, { code: code.code, mobile, password: PASSWORD, passwordConfirm: PASSWORD }, context()),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(InvalidInputError);
      expect((r.reason as InvalidInputError).fieldErrorsIn("zh")?.code?.join("")).toContain("已使用");
    }
    expect(await db.user.count({ where: { username: { in: ["13700000001", "13700000002", "13700000003"] } } })).toBe(1);
    expect(await db.residentDwelling.count({ where: { codeId: code.id } })).toBe(1);
    const after = await footprint();
    expect(after).toEqual({
      users: before.users + 1,
      bindings: before.bindings + 1,
      audits: before.audits + 2,
      sessions: before.sessions + 1,
      redeemed: before.redeemed + 1,
    });
  });

  it("stops an address after the limit without looking at further codes, and a mobile number from any address", async () => {
    const ip = "10.30.0.1";
    for (let i = 0; i < MAX_CODE_FAILURES_PER_IP; i++) {
      const error = await refusal(
        registerWithCode(
          db,
          {
            code: generateBindingCode(),
            mobile: `1360000${String(i).padStart(4, "0")}`,
            password: PASSWORD,
            passwordConfirm: PASSWORD,
          },
          context(ip),
        ),
      );
      expect(error.code).toBe("INVALID_INPUT");
    }
    const good = await freshCode();
    const before = await footprint();
    const stopped = await refusal(
      registerWithCode(
        db,
        { code: good.code, mobile: "13600009999", password: PASSWORD, passwordConfirm: PASSWORD },
        context(ip),
      ),
    );
    expect(stopped.code).toBe("THROTTLED");
    expect(stopped.messageIn("zh")).toContain("尝试次数过多,请 15 分钟后再试");
    expect(await footprint()).toEqual(before);
    expect(await db.loginAttempt.count({ where: { kind: "REGISTER", ip, success: false } })).toBe(
      MAX_CODE_FAILURES_PER_IP + 1,
    );
    expect(await db.loginAttempt.count({ where: { kind: "REGISTER", ip, reason: "THROTTLED" } })).toBe(1);

    // One mobile number, many addresses.
    for (let i = 0; i < MAX_CODE_FAILURES_PER_ACCOUNT; i++) {
      await refusal(
        registerWithCode(
          db,
          { code: generateBindingCode(), mobile: "13500000001", password: PASSWORD, passwordConfirm: PASSWORD },
          context(),
        ),
      );
    }
    expect(
      (
        await refusal(
          registerWithCode(
            db,
            { code: good.code, mobile: "13500000001", password: PASSWORD, passwordConfirm: PASSWORD },
            context(),
          ),
        )
      ).code,
    ).toBe("THROTTLED");
    // The code was never used; from elsewhere, for another number, it works.
    expect(
      (
        await registerWithCode(
          db,
          { code: good.code, mobile: "13500000002", password: PASSWORD, passwordConfirm: PASSWORD },
          context(),
        )
      ).dwellingId,
    ).toBe(good.dwellingId);
  });
});

describe("redeeming a further code as a signed-in resident", () => {
  const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);

  it("is throttled per address and per account, and every attempt is recorded", async () => {
    const resident = await createUser({ role: "RESIDENT", username: "redeem.throttled" });
    actAs(resident.id, "zh", "10.40.0.1");
    const wrong = await redeemBindingCode({ code: "ABCD-EFGH-JKMN" });
    expect(wrong).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(wrong.ok ? [] : wrong.fieldErrors?.code).toEqual([
      "绑定码不正确、已使用或已作废,请核对信件,或联系社区重新发放。",
    ]);
    for (let i = 1; i < MAX_CODE_FAILURES_PER_IP; i++)
      expect(codeOf(await redeemBindingCode({ code: generateBindingCode() }))).toBe("INVALID_INPUT");

    const good = await freshCode();
    const stopped = await redeemBindingCode({ code: good.code });
    expect(stopped).toMatchObject({
      ok: false,
      code: "THROTTLED",
      error: "尝试次数过多,请 15 分钟后再试,或联系社区。",
    });
    expect(
      (await db.bindingCode.findUniqueOrThrow({ where: { id: good.id }, select: { redeemedAt: true } })).redeemedAt,
    ).toBeNull();
    expect(await db.residentDwelling.count({ where: { userId: resident.id } })).toBe(0);

    // The account is stopped from another address too.
    actAs(resident.id, "zh", "10.40.0.2");
    expect(codeOf(await redeemBindingCode({ code: good.code }))).toBe("THROTTLED");
    const attempts = await db.loginAttempt.findMany({
      where: { kind: "REDEEM", username: "redeem.throttled" },
      select: { success: true, reason: true },
    });
    expect(attempts).toHaveLength(MAX_CODE_FAILURES_PER_IP + 2);
    expect(attempts.filter((a) => a.reason === "CODE_UNUSABLE")).toHaveLength(MAX_CODE_FAILURES_PER_IP);
    expect(attempts.filter((a) => a.reason === "THROTTLED")).toHaveLength(2);

    // Once the window has passed (here: cleared), the code binds and the success is recorded.
    await db.authThrottle.deleteMany();
    expect(await redeemBindingCode({ code: good.typed })).toEqual({ ok: true, data: { dwellingId: good.dwellingId } });
    expect(
      await db.loginAttempt.count({ where: { kind: "REDEEM", username: "redeem.throttled", success: true } }),
    ).toBe(1);
    await noCodeTextStored();
  });
});

describe("a district official resets a resident's forgotten password", () => {
  it("only for residents bound in the official's district; sessions end; the temporary password must be changed", async () => {
    const official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
    const otherDistrict = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
    const commission = (await createUser({ role: "COMMISSION" })).id;
    const oldPassword = "Old-Own-Pass-2026!";
    const resident = await createUser({ role: "RESIDENT", username: "13300000001", password: oldPassword });
    await bindResident(resident.id, yuzhong.dwellings[10]!.id);
    // Bound in both districts: each district sees its own dwelling only.
    const both = await createUser({ role: "RESIDENT", username: "13300000003" });
    await bindResident(both.id, yuzhong.dwellings[9]!.id);
    await bindResident(both.id, jiangbei.dwellings[0]!.id);
    // A resident whose only 渝中 binding was revoked is no longer the district's to reset.
    const moved = await createUser({ role: "RESIDENT", username: "13300000002" });
    await db.residentDwelling.create({
      data: { userId: moved.id, dwellingId: yuzhong.dwellings[11]!.id, revokedAt: new Date() },
    });
    const opened = await createSession(db, { id: resident.id, role: "RESIDENT" }, { ip: null, userAgent: "phone" });

    const state = async () => ({
      user: await db.user.findUniqueOrThrow({
        where: { id: resident.id },
        select: { passwordHash: true, mustChangePassword: true },
      }),
      open: await db.userSession.count({ where: { userId: resident.id, revokedAt: null } }),
      audits: await db.auditLog.count({ where: { action: "user.resetPassword" } }),
    });
    const before = await state();
    const reset = (userId = resident.id, identityChecked = "on") => resetResidentPassword({ userId, identityChecked });

    actAs(otherDistrict);
    expect(await reset()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(commission);
    expect(await reset()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(resident.id);
    expect(await reset()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(official);
    expect(await reset(moved.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const unchecked = await reset(resident.id, "");
    expect(unchecked).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(unchecked.ok ? null : unchecked.fieldErrors?.identityChecked?.join("")).toContain("当面核验");
    // (The resident's own actAs above opened one more session of theirs.)
    const afterRefusals = await state();
    expect(afterRefusals.user).toEqual(before.user);
    expect(afterRefusals.audits).toBe(before.audits);
    expect(afterRefusals.open).toBeGreaterThanOrEqual(1);

    // The search shows only the official's own district.
    const officialActor = await loadSessionActor(db, {
      userId: official,
      sessionId: (await createSession(db, { id: official, role: "DISTRICT" }, { ip: null, userAgent: null })).sessionId,
    });
    const found = await residentsByMobile(officialActor, "13300000001");
    expect(found.map((r) => r.id)).toEqual([resident.id]);
    expect(found[0]!.dwellings.map((b) => b.dwelling.neighborhood.name)).toEqual([yuzhong.name]);
    const shared = await residentsByMobile(officialActor, "13300000003");
    expect(shared.flatMap((r) => r.dwellings.map((b) => b.dwelling.neighborhood.name))).toEqual([yuzhong.name]);
    expect(await residentsByMobile(officialActor, "13300000002")).toEqual([]);

    actAs(official);
    const done = await reset();
    if (!done.ok) throw new Error(done.error);
    const temporary = done.data.temporaryPassword;
    expect(temporary).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}$/);

    const after = await state();
    expect(after.user.mustChangePassword).toBe(true);
    expect(after.user.passwordHash).not.toBe(before.user.passwordHash);
    expect(after.open).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.resetPassword" },
      select: { entityType: true, entityId: true, districtId: true, actorId: true, after: true },
    });
    expect(audit).toMatchObject({
      entityType: "User",
      entityId: resident.id,
      districtId: yuzhong.districtId,
      actorId: official,
    });
    expect(JSON.stringify(audit)).not.toContain(temporary);

    // The phone's old session is refused, by the actor loader and by an action.
    await expect(loadSessionActor(db, { userId: resident.id, sessionId: opened.sessionId })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    actAsSession(resident.id, opened.sessionId);
    expect(await redeemBindingCode({ code: (await freshCode()).code })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });

    // The old password no longer works; the temporary one does, and must be changed.
    await expect(
      authenticate(db, { username: "13300000001", password: oldPassword, ip: "10.50.0.1" }),
    ).rejects.toBeInstanceOf(LoginError);
    expect(await authenticate(db, { username: "13300000001", password: temporary, ip: "10.50.0.1" })).toMatchObject({
      id: resident.id,
      mustChangePassword: true,
    });
  });
});
