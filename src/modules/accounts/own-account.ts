import "server-only";
// What a user sees of their own account: open sessions and recent sign-in attempts.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function ownAccount(actor: Actor) {
  const [user, sessions, attempts] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        username: true,
        displayName: true,
        phone: true,
        passwordChangedAt: true,
        lastLoginAt: true,
        createdAt: true,
      },
    }),
    db.userSession.findMany({
      where: { userId: actor.id, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, createdAt: true, ip: true, userAgent: true },
    }),
    db.loginAttempt.findMany({
      where: { username: actor.username, kind: "LOGIN" },
      orderBy: { at: "desc" },
      take: 10,
      select: { id: true, at: true, ip: true, success: true, reason: true },
    }),
  ]);
  return { user, sessions, attempts };
}
