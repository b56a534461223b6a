import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../../../tests/helpers/fixtures";
import { authenticate, LoginError } from "./credentials";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "./throttle";

async function reason(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof LoginError) return error.reason;
    throw error;
  }
}

describe("authenticate (real database)", () => {
  beforeEach(async () => {
    await db.loginAttempt.deleteMany();
  });

  it("signs in with the right password, case-insensitively on the username, and records it", async () => {
    const user = await createUser({ role: "DISTRICT", districtCode: "500103", username: "login.ok", password: "Right-Pass-1" });
    const result = await authenticate(db, { username: " Login.OK ", password: "Right-Pass-1", ip: "10.0.0.1" });
    expect(result).toMatchObject({ id: user.id, role: "DISTRICT" });
    expect(await db.loginAttempt.count({ where: { username: "login.ok", success: true } })).toBe(1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true, passwordHash: true } });
    expect(stored.lastLoginAt).not.toBeNull();
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    await createUser({ role: "COMMISSION", username: "login.wrong", password: "Right-Pass-1" });
    expect(await reason(authenticate(db, { username: "login.wrong", password: "nope", ip: "10.0.0.2" }))).toBe("INVALID");
    expect(await reason(authenticate(db, { username: "nobody.here", password: "nope", ip: "10.0.0.2" }))).toBe("INVALID");
    expect(await reason(authenticate(db, { username: "", password: "x", ip: null }))).toBe("MISSING");
  });

  it("refuses a disabled account", async () => {
    await createUser({ role: "ADMIN", username: "login.disabled", password: "Right-Pass-1", active: false });
    expect(await reason(authenticate(db, { username: "login.disabled", password: "Right-Pass-1", ip: null }))).toBe("DISABLED");
  });

  it("locks an account after repeated failures, even against the right password", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500105", username: "login.locked", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await reason(authenticate(db, { username: "login.locked", password: `bad-${i}`, ip: `10.1.0.${i}` }))).toBe("INVALID");
    }
    expect(await reason(authenticate(db, { username: "login.locked", password: "Right-Pass-1", ip: "10.1.1.1" }))).toBe("THROTTLED");
  });

  it("a success clears the account's failures", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500105", username: "login.reset", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      await reason(authenticate(db, { username: "login.reset", password: "bad", ip: null }));
    }
    expect(await reason(authenticate(db, { username: "login.reset", password: "Right-Pass-1", ip: null }))).toBe("OK");
    expect(await reason(authenticate(db, { username: "login.reset", password: "bad", ip: null }))).toBe("INVALID");
    expect(await reason(authenticate(db, { username: "login.reset", password: "Right-Pass-1", ip: null }))).toBe("OK");
  });

  it("throttles an address that fails across many accounts", async () => {
    await createUser({ role: "COMMISSION", username: "login.victim", password: "Right-Pass-1" });
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ username: `guess${i}`, ip: "10.9.9.9", success: false })),
    });
    expect(await reason(authenticate(db, { username: "login.victim", password: "Right-Pass-1", ip: "10.9.9.9" }))).toBe("THROTTLED");
    // The same account from another address is not punished for that address.
    expect(await reason(authenticate(db, { username: "login.victim", password: "Right-Pass-1", ip: "10.9.9.10" }))).toBe("OK");
  });

  it("forgets failures older than the window", async () => {
    await createUser({ role: "COMMISSION", username: "login.old", password: "Right-Pass-1" });
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ username: "login.old", ip: "10.8.8.8", success: false, at: longAgo })),
    });
    expect(await reason(authenticate(db, { username: "login.old", password: "Right-Pass-1", ip: "10.8.8.8" }))).toBe("OK");
  });
});
