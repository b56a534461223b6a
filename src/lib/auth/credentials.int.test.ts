import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../../../tests/helpers/fixtures";
import {
  ACCOUNT_FREE_FAILURES,
  authenticate,
  LoginError,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
} from "./credentials";
import * as password from "./password";

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
    await db.authThrottle.deleteMany();
    vi.restoreAllMocks();
  });

  it("signs in with the right password, case-insensitively on the username, and records it", async () => {
    const user = await createUser({
      role: "DISTRICT",
      districtCode: "500103",
      username: "login.ok",
      password: "Right-Pass-1",
    });
    const before = Date.now();
    const result = await authenticate(db, { username: " Login.OK ", password: "Right-Pass-1", ip: "10.0.0.1" });
    const after = Date.now();
    expect(result).toMatchObject({ id: user.id, role: "DISTRICT", mustChangePassword: false });
    expect(await db.loginAttempt.count({ where: { username: "login.ok", success: true, kind: "LOGIN" } })).toBe(1);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lastLoginAt: true, passwordHash: true },
    });
    // The moment of this sign-in, not merely some time.
    expect(stored.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.lastLoginAt!.getTime()).toBeLessThanOrEqual(after);
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
  });

  it("a resident signs in with the mobile number however it is typed", async () => {
    const user = await createUser({ role: "RESIDENT", username: "13912345678", password: "Right-Pass-1" });
    for (const typed of ["139 1234 5678", "139-1234-5678", "+86 13912345678", "１３９１２３４５６７８"]) {
      expect((await authenticate(db, { username: typed, password: "Right-Pass-1", ip: "10.0.9.1" })).id, typed).toBe(
        user.id,
      );
    }
  });

  it("refuses a wrong password and an unknown user alike, and odd input as missing", async () => {
    await createUser({ role: "COMMISSION", username: "login.wrong", password: "Right-Pass-1" });
    expect(await reason(authenticate(db, { username: "login.wrong", password: "nope", ip: "10.0.0.2" }))).toBe(
      "INVALID",
    );
    expect(await reason(authenticate(db, { username: "nobody.here", password: "nope", ip: "10.0.0.2" }))).toBe(
      "INVALID",
    );
    expect(await reason(authenticate(db, { username: "", password: "x", ip: null }))).toBe("MISSING");
    expect(await reason(authenticate(db, { username: ["a"], password: { x: 1 }, ip: null }))).toBe("MISSING");
  });

  it("answers a disabled account the same whatever the password", async () => {
    await createUser({ role: "ADMIN", username: "login.disabled", password: "Right-Pass-1", active: false });
    expect(await reason(authenticate(db, { username: "login.disabled", password: "Right-Pass-1", ip: null }))).toBe(
      "DISABLED",
    );
    expect(await reason(authenticate(db, { username: "login.disabled", password: "wrong-one", ip: null }))).toBe(
      "DISABLED",
    );
  });

  it("stops an account from one address after repeated failures, even with the right password", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500105", username: "login.locked", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await reason(authenticate(db, { username: "login.locked", password: `bad-${i}`, ip: "10.1.0.1" }))).toBe(
        "INVALID",
      );
    }
    expect(await reason(authenticate(db, { username: "login.locked", password: "Right-Pass-1", ip: "10.1.0.1" }))).toBe(
      "THROTTLED",
    );
    // The owner, from their own address, is not stopped by what happened at the attacker's.
    expect(await reason(authenticate(db, { username: "login.locked", password: "Right-Pass-1", ip: "10.1.0.2" }))).toBe(
      "OK",
    );
  });

  it("a success clears the account's failures from that address", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500105", username: "login.reset", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      await reason(authenticate(db, { username: "login.reset", password: "bad", ip: "10.2.0.1" }));
    }
    expect(await reason(authenticate(db, { username: "login.reset", password: "Right-Pass-1", ip: "10.2.0.1" }))).toBe(
      "OK",
    );
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      expect(await reason(authenticate(db, { username: "login.reset", password: "bad", ip: "10.2.0.1" }))).toBe(
        "INVALID",
      );
    }
    expect(await reason(authenticate(db, { username: "login.reset", password: "Right-Pass-1", ip: "10.2.0.1" }))).toBe(
      "OK",
    );
  });

  it("throttles an address that fails across many accounts, not the same account elsewhere", async () => {
    await createUser({ role: "COMMISSION", username: "login.victim", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      expect(await reason(authenticate(db, { username: `guess${i}`, password: "x", ip: "10.9.9.9" }))).toBe("INVALID");
    }
    expect(await reason(authenticate(db, { username: "login.victim", password: "Right-Pass-1", ip: "10.9.9.9" }))).toBe(
      "THROTTLED",
    );
    expect(
      await reason(authenticate(db, { username: "login.victim", password: "Right-Pass-1", ip: "10.9.9.10" })),
    ).toBe("OK");
  });

  it("successful sign-ins from one office address do not count against it", async () => {
    await createUser({ role: "COMMISSION", username: "login.office", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_IP + 5; i++) {
      expect(
        await reason(authenticate(db, { username: "login.office", password: "Right-Pass-1", ip: "10.3.3.3" })),
      ).toBe("OK");
    }
  });

  it("forgets failures once the window has passed", async () => {
    await createUser({ role: "COMMISSION", username: "login.old", password: "Right-Pass-1" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await reason(authenticate(db, { username: "login.old", password: "bad", ip: "10.8.8.8" }));
    expect(await reason(authenticate(db, { username: "login.old", password: "Right-Pass-1", ip: "10.8.8.8" }))).toBe(
      "THROTTLED",
    );
    await db.authThrottle.updateMany({ data: { windowEndsAt: new Date(Date.now() - 1000) } });
    expect(await reason(authenticate(db, { username: "login.old", password: "Right-Pass-1", ip: "10.8.8.8" }))).toBe(
      "OK",
    );
  });

  it("30 simultaneous wrong passwords from one address get no more than the allowed checks", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500103", username: "login.burst", password: "Right-Pass-1" });
    const verify = vi.spyOn(password, "verifyPassword");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        reason(authenticate(db, { username: "login.burst", password: `wrong-${i}`, ip: "10.4.4.4" })),
      ),
    );
    expect(verify).toHaveBeenCalledTimes(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === "INVALID")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === "THROTTLED")).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
    expect(await db.loginAttempt.count({ where: { username: "login.burst", success: false } })).toBe(30);
  });

  it("failures from many addresses slow the account with a growing delay, never a lock", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500103", username: "login.spread", password: "Right-Pass-1" });
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) {
      expect(await reason(authenticate(db, { username: "login.spread", password: "bad", ip: `10.5.0.${i}` }))).toBe(
        "INVALID",
      );
    }
    // The next failure is still checked but starts a delay; an attempt inside it is refused unchecked.
    expect(await reason(authenticate(db, { username: "login.spread", password: "bad", ip: "10.5.1.1" }))).toBe(
      "INVALID",
    );
    const delayed = await authenticate(db, {
      username: "login.spread",
      password: "Right-Pass-1",
      ip: "10.5.9.9",
    }).catch((e: LoginError) => e);
    expect(delayed).toBeInstanceOf(LoginError);
    expect((delayed as LoginError).reason).toBe("DELAYED");
    expect((delayed as LoginError).retryAfterSeconds).toBe(1);
    // Once the delay has passed the owner gets in, and the account's slate is clean again.
    await db.authThrottle.update({
      where: { key: "login:account:login.spread" },
      data: { nextAttemptAt: new Date(Date.now() - 10) },
    });
    expect(await reason(authenticate(db, { username: "login.spread", password: "Right-Pass-1", ip: "10.5.9.9" }))).toBe(
      "OK",
    );
    expect(await db.authThrottle.count({ where: { key: "login:account:login.spread" } })).toBe(0);
  });

  it("the delay doubles and stops at its ceiling", async () => {
    await createUser({ role: "DISTRICT", districtCode: "500103", username: "login.ceiling", password: "Right-Pass-1" });
    const key = "login:account:login.ceiling";
    const delays: number[] = [];
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 9; i++) {
      await db.authThrottle.updateMany({ where: { key }, data: { nextAttemptAt: null } });
      await reason(authenticate(db, { username: "login.ceiling", password: "bad", ip: `10.6.0.${i}` }));
      const row = await db.authThrottle.findUniqueOrThrow({ where: { key }, select: { nextAttemptAt: true } });
      if (row.nextAttemptAt) delays.push(Math.round((row.nextAttemptAt.getTime() - Date.now()) / 1000));
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});
