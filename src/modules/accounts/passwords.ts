import "server-only";
// Setting a password for someone else (the admin creating or resetting an official, a district
// official resetting a resident): one temporary password, shown once, hashed at rest, to be
// changed at the next sign-in; every open session of the account ends.
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { endSessions, type SessionEndReason } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";

/** Returns the clear temporary password; the caller shows it once and never stores or logs it. */
export async function assignTemporaryPassword(
  tx: Tx,
  userId: string,
  reason: SessionEndReason = "PASSWORD_RESET",
): Promise<{ temporaryPassword: string; sessionsEnded: number }> {
  const temporaryPassword = generateTemporaryPassword();
  await tx.user.update({
    where: { id: userId },
    data: {
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: new Date(),
    },
    select: { id: true },
  });
  const sessionsEnded = await endSessions(tx, userId, reason);
  return { temporaryPassword, sessionsEnded };
}
