// Checking a username and password: the whole sign-in rule, independent of the form so it can be
// tested against the database directly.
//
// Throttling, all counted before the password is checked (./throttle.ts):
// - per account and address: MAX_FAILURES_PER_ACCOUNT failures in the window stop that pair;
// - per address: MAX_FAILURES_PER_IP failures over any accounts stop the address;
// - per account, from anywhere: after ACCOUNT_FREE_FAILURES, each attempt waits a doubling delay
//   (at most ACCOUNT_MAX_DELAY_MS) — an attacker elsewhere slows the owner, never locks them out.
import type { Db } from "@/lib/db";
import { normalizeMobile } from "@/lib/mobile";
import { DUMMY_HASH, verifyPassword } from "./password";
import { attemptAfterDelay, clearAttempts, countAttempt, forgiveAttempt, MINUTE } from "./throttle";

const THROTTLE_WINDOW_MS = 15 * MINUTE;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;
const ACCOUNT_WINDOW_MS = 60 * MINUTE;
export const ACCOUNT_FREE_FAILURES = 10;
const ACCOUNT_MAX_DELAY_MS = 60_000;

export type LoginFailure = "MISSING" | "INVALID" | "THROTTLED" | "DELAYED" | "DISABLED";

export class LoginError extends Error {
  constructor(
    readonly reason: LoginFailure,
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
  }
}

export type AuthenticatedUser = {
  id: string;
  username: string;
  displayName: string;
  role: import("@/generated/prisma/enums").Role;
  mustChangePassword: boolean;
};

const keys = (username: string, ip: string) => ({
  pair: `login:pair:${username}|${ip}`,
  address: `login:ip:${ip}`,
  account: `login:account:${username}`,
});

export async function authenticate(
  db: Db,
  input: { username?: unknown; password?: unknown; ip: string | null },
): Promise<AuthenticatedUser> {
  const typed = typeof input.username === "string" ? input.username : "";
  // Residents sign in with their mobile number, typed as they like ("138 1234 5678", full-width digits).
  const username = normalizeMobile(typed) ?? typed.trim().toLowerCase();
  const password = typeof input.password === "string" ? input.password : "";
  if (!username || !password || username.length > 64 || password.length > 256) {
    throw new LoginError("MISSING");
  }
  const ip = input.ip ?? "unknown";
  const key = keys(username, ip);
  const record = (success: boolean, reason: string | null) =>
    db.loginAttempt.create({ data: { kind: "LOGIN", username, ip, success, reason }, select: { id: true } });

  const [pairCount, addressCount] = [
    await countAttempt(db, key.pair, THROTTLE_WINDOW_MS),
    await countAttempt(db, key.address, THROTTLE_WINDOW_MS),
  ];
  if (pairCount > MAX_FAILURES_PER_ACCOUNT || addressCount > MAX_FAILURES_PER_IP) {
    await record(false, "THROTTLED");
    throw new LoginError("THROTTLED");
  }
  const brake = await attemptAfterDelay(db, key.account, {
    windowMs: ACCOUNT_WINDOW_MS,
    free: ACCOUNT_FREE_FAILURES,
    maxDelayMs: ACCOUNT_MAX_DELAY_MS,
  });
  if (!brake.allowed) {
    await record(false, "DELAYED");
    throw new LoginError("DELAYED", brake.retryAfterSeconds);
  }

  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      mustChangePassword: true,
      passwordHash: true,
      active: true,
    },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  // A disabled account says so whatever the password, so it cannot be used to test passwords.
  if (user && !user.active) {
    await record(false, "DISABLED");
    throw new LoginError("DISABLED");
  }
  if (!user || !ok) {
    await record(false, "INVALID");
    throw new LoginError("INVALID");
  }
  await Promise.all([clearAttempts(db, key.pair), clearAttempts(db, key.account), forgiveAttempt(db, key.address)]);
  await record(true, null);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  const { passwordHash: _hash, active: _active, ...signedIn } = user;
  return signedIn;
}
