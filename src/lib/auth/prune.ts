// Sign-in records do not pile up forever: spent throttle counters go as soon as they can no longer
// stop anyone; sign-in attempts and ended sessions are kept for the retention period (six months,
// the minimum for network logs under the Cybersecurity Law, art. 21), then removed.
// No `server-only`: the job script (npm run jobs:prune) runs it.
import type { PrismaClient } from "../../generated/prisma/client";

export const AUTH_RECORD_RETENTION_DAYS = 183;

export type PruneResult = { throttles: number; attempts: number; sessions: number };

export async function pruneAuthRecords(client: PrismaClient, now = new Date()): Promise<PruneResult> {
  const kept = new Date(now.getTime() - AUTH_RECORD_RETENTION_DAYS * 24 * 3600_000);
  const [throttles, attempts, sessions] = await client.$transaction([
    // A counter whose window has closed and whose delay has passed no longer refuses anything.
    client.authThrottle.deleteMany({
      where: { windowEndsAt: { lt: now }, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lt: now } }] },
    }),
    client.loginAttempt.deleteMany({ where: { at: { lt: kept } } }),
    // Only sessions that ended (expired or revoked) before the retention period; open ones stay.
    client.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: kept } }, { revokedAt: { lt: kept } }] },
    }),
  ]);
  return { throttles: throttles.count, attempts: attempts.count, sessions: sessions.count };
}
