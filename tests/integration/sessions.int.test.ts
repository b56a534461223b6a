// Sessions end on the server: a copied cookie (here: a replayed session id) stops working after
// sign-out, a password change, signing out everywhere — and a temporary password opens nothing
// but the page that replaces it. (Disabling, role/scope changes and resets: accounts-admin and
// resident-registration tests.)
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createSession, endSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { changeOwnPassword, signOutEverywhere } from "@/modules/accounts/self-service";
import { updateNeighborhoodNotes } from "@/modules/neighborhoods/actions";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

const meta = { ip: "10.0.0.1", userAgent: "test" };
const NEW_PASSWORD = "shancheng-huangjue-2026";

async function openSession(user: {
  id: string;
  role: "DISTRICT" | "RESIDENT" | "ADMIN" | "COMMISSION" | "DEPARTMENT";
}) {
  return (await createSession(db, user, meta)).sessionId;
}

const valid = (userId: string, sessionId: string) => loadSessionActor(db, { userId, sessionId });

describe("sessions", () => {
  let official: Awaited<ReturnType<typeof createUser>>;
  let neighborhood: Awaited<ReturnType<typeof createNeighborhood>>;

  beforeAll(async () => {
    official = await createUser({
      role: "DISTRICT",
      districtCode: "500103",
      username: "session.official",
      password: "Old-Password-77x",
    });
    neighborhood = await createNeighborhood({ districtCode: "500103" });
  });

  it("an open session loads the actor; an unknown, expired or someone else's session does not", async () => {
    const sessionId = await openSession(official);
    expect((await valid(official.id, sessionId)).sessionId).toBe(sessionId);
    await expect(valid(official.id, "no-such-session")).rejects.toBeInstanceOf(UnauthenticatedError);
    const other = await createUser({ role: "COMMISSION" });
    await expect(valid(other.id, sessionId)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(loadSessionActor(db, { userId: official.id, sessionId: null })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(valid(official.id, sessionId)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("signing out ends that session only", async () => {
    const phone = await openSession(official);
    const office = await openSession(official);
    await endSession(db, phone);
    await expect(valid(official.id, phone)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await valid(official.id, office)).id).toBe(official.id);
    // A replayed cookie of the signed-out session is refused by actions too, and changes nothing.
    actAsSession(official.id, phone);
    const before = await db.neighborhood.findUniqueOrThrow({
      where: { id: neighborhood.id },
      select: { notes: true, version: true },
    });
    const result = await updateNeighborhoodNotes({ id: neighborhood.id, notes: "replayed", version: before.version });
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(
      await db.neighborhood.findUniqueOrThrow({ where: { id: neighborhood.id }, select: { notes: true } }),
    ).toEqual({ notes: before.notes });
  });

  it("a password change ends every session, the old password stops working and the new one works", async () => {
    const elsewhere = await openSession(official);
    actAs(official.id);
    const result = await changeOwnPassword({
      currentPassword: "Old-Password-77x",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.ok).toBe(true);
    await expect(valid(official.id, elsewhere)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.userSession.count({ where: { userId: official.id, revokedAt: null } })).toBe(1);
    await expect(
      authenticate(db, { username: "session.official", password: "Old-Password-77x", ip: "10.7.0.1" }),
    ).rejects.toMatchObject({ reason: "INVALID" });
    expect((await authenticate(db, { username: "session.official", password: NEW_PASSWORD, ip: "10.7.0.1" })).id).toBe(
      official.id,
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "account.changePassword", entityId: official.id },
      select: { after: true },
    });
    expect(JSON.stringify(audit.after)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password, a weak or mismatched new one, at the field, changing nothing", async () => {
    const user = await createUser({ role: "COMMISSION", username: "session.fields", password: "Current-Pass-88y" });
    actAs(user.id);
    const hash = async () =>
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash;
    const before = await hash();
    const wrong = await changeOwnPassword({
      currentPassword: "nope",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确。"] } });
    const weak = await changeOwnPassword({
      currentPassword: "Current-Pass-88y",
      newPassword: "password123",
      confirmPassword: "password123",
    });
    expect(weak.ok === false && weak.fieldErrors?.newPassword?.[0]).toContain("太容易被猜到");
    const withName = await changeOwnPassword({
      currentPassword: "Current-Pass-88y",
      newPassword: "x-session.fields-2026",
      confirmPassword: "x-session.fields-2026",
    });
    expect(withName.ok === false && withName.fieldErrors?.newPassword?.[0]).toContain("用户名");
    const mismatch = await changeOwnPassword({
      currentPassword: "Current-Pass-88y",
      newPassword: NEW_PASSWORD,
      confirmPassword: `${NEW_PASSWORD}x`,
    });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["两次输入的新密码不一致。"] } });
    expect(await hash()).toBe(before);
  });

  it("stops guessing the current password from a borrowed session after five tries", async () => {
    const user = await createUser({ role: "COMMISSION", username: "session.guess", password: "Current-Pass-99z" });
    actAs(user.id);
    for (let i = 0; i < 5; i++) {
      expect(
        await changeOwnPassword({
          currentPassword: `guess-${i}`,
          newPassword: NEW_PASSWORD,
          confirmPassword: NEW_PASSWORD,
        }),
      ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    const stopped = await changeOwnPassword({
      currentPassword: "Current-Pass-99z",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(stopped).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
  });

  it("signing out everywhere ends every session of the user and no one else's", async () => {
    const user = await createUser({ role: "DISTRICT", districtCode: "500103" });
    const a = await openSession(user);
    const b = await openSession(user);
    const bystander = await openSession(official);
    actAsSession(user.id, a);
    expect((await signOutEverywhere({})).ok).toBe(true);
    for (const s of [a, b]) await expect(valid(user.id, s)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await valid(official.id, bystander)).id).toBe(official.id);
  });

  it("a temporary password opens nothing but changing it", async () => {
    const user = await createUser({ role: "DISTRICT", districtCode: "500103", password: "Temp-abcd-2345" });
    await db.user.update({
      where: { id: user.id },
      data: { mustChangePassword: true, passwordHash: await hashPassword("Temp-abcd-2345") },
    });
    actAs(user.id);
    const before = await db.neighborhood.findUniqueOrThrow({
      where: { id: neighborhood.id },
      select: { notes: true, version: true },
    });
    const refused = await updateNeighborhoodNotes({ id: neighborhood.id, notes: "too early", version: before.version });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(refused.ok === false && refused.error).toContain("临时密码");
    const changed = await changeOwnPassword({
      currentPassword: "Temp-abcd-2345",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(changed.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } })).toEqual({
      mustChangePassword: false,
    });
  });
});

describe("text nobody typed", () => {
  it("a NUL byte or a lone surrogate in any field is refused at the field, changing nothing", async () => {
    const official = await createUser({ role: "DISTRICT", districtCode: "500103" });
    const n = await createNeighborhood({ districtCode: "500103" });
    actAs(official.id);
    for (const notes of ["a\u0000b", "x\uD800y"]) {
      const result = await updateNeighborhoodNotes({ id: n.id, notes, version: n.version });
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { notes: [expect.stringContaining("无法识别的字符")] },
      });
    }
    expect(
      await db.neighborhood.findUniqueOrThrow({ where: { id: n.id }, select: { notes: true, version: true } }),
    ).toEqual({ notes: "", version: n.version });
  });
});
