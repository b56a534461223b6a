// Checking a username and password: the whole sign-in rule, independent of next-auth so it can
// be tested against the database directly.
import type { Db } from "@/lib/db";
import type { Actor } from "./actor";
import { DUMMY_HASH, verifyPassword } from "./password";
import { isThrottled, recordAttempt } from "./throttle";

export type LoginFailure = "MISSING" | "INVALID" | "THROTTLED" | "DISABLED";

export class LoginError extends Error {
  constructor(readonly reason: LoginFailure) {
    super(reason);
  }
}

/** The signed-in user, in the same shape the guards use. */
export type AuthenticatedUser = Actor;

export async function authenticate(
  db: Db,
  input: { username?: string; password?: string; ip: string | null },
): Promise<AuthenticatedUser> {
  const username = input.username?.trim().toLowerCase() ?? "";
  const password = input.password ?? "";
  if (!username || !password || username.length > 64 || password.length > 256) {
    throw new LoginError("MISSING");
  }
  if (await isThrottled(db, username, input.ip)) {
    // Counted too, so hammering a locked account keeps it locked.
    await recordAttempt(db, { username, ip: input.ip, success: false });
    throw new LoginError("THROTTLED");
  }
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true, role: true, districtId: true, departmentId: true, passwordHash: true, active: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) {
    await recordAttempt(db, { username, ip: input.ip, success: false });
    throw new LoginError("INVALID");
  }
  if (!user.active) throw new LoginError("DISABLED");
  await recordAttempt(db, { username, ip: input.ip, success: true });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  const { passwordHash: _hash, active: _active, ...signedIn } = user;
  return signedIn;
}
