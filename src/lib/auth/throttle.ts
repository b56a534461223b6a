// Attempt counters for throttling sign-in and binding-code redemption, in PostgreSQL so they hold
// across app servers. Each attempt is counted *before* it is checked, in one atomic statement,
// so thirty simultaneous wrong passwords cannot all get a check: only the first `limit` see a
// count within it. A success gives its count back (`forgive`).
import type { Db, Tx } from "@/lib/db";

type Client = Db | Tx;

export const MINUTE = 60_000;

/**
 * Counts one attempt against `key` in a fixed window and returns the count including it. A
 * window that has ended starts again at 1.
 */
export async function countAttempt(client: Client, key: string, windowMs: number, now = new Date()): Promise<number> {
  const windowEnds = new Date(now.getTime() + windowMs);
  const rows = await client.$queryRaw<{ failures: number }[]>`
    INSERT INTO "AuthThrottle" AS t ("key", "failures", "windowEndsAt")
    VALUES (${key}, 1, ${windowEnds})
    ON CONFLICT ("key") DO UPDATE SET
      "failures"     = CASE WHEN t."windowEndsAt" <= ${now} THEN 1 ELSE t."failures" + 1 END,
      "windowEndsAt" = CASE WHEN t."windowEndsAt" <= ${now} THEN ${windowEnds} ELSE t."windowEndsAt" END
    RETURNING "failures"`;
  return Number(rows[0]!.failures);
}

export type DelayOutcome = { allowed: true; failures: number } | { allowed: false; retryAfterSeconds: number };

/**
 * The account-wide brake: the first `free` failures in the window cost nothing; after that each
 * attempt must wait a delay that doubles (1 s, 2 s, 4 s … up to `maxDelayMs`) after the one before.
 * An attempt inside the delay is refused without being counted. Nobody is ever locked out for
 * longer than `maxDelayMs`, so an attacker elsewhere slows the owner down but cannot shut them out.
 */
export async function attemptAfterDelay(
  client: Client,
  key: string,
  options: { windowMs: number; free: number; maxDelayMs: number },
  now = new Date(),
): Promise<DelayOutcome> {
  const windowEnds = new Date(now.getTime() + options.windowMs);
  const maxSeconds = options.maxDelayMs / 1000;
  const rows = await client.$queryRaw<{ failures: number }[]>`
    INSERT INTO "AuthThrottle" AS t ("key", "failures", "windowEndsAt", "nextAttemptAt")
    VALUES (${key}, 1, ${windowEnds}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures"      = CASE WHEN t."windowEndsAt" <= ${now} THEN 1 ELSE t."failures" + 1 END,
      "windowEndsAt"  = CASE WHEN t."windowEndsAt" <= ${now} THEN ${windowEnds} ELSE t."windowEndsAt" END,
      "nextAttemptAt" = CASE
        WHEN (CASE WHEN t."windowEndsAt" <= ${now} THEN 1 ELSE t."failures" + 1 END) > ${options.free}
        THEN ${now}::timestamp(3) + make_interval(secs => LEAST(${maxSeconds}::float8,
               power(2, (CASE WHEN t."windowEndsAt" <= ${now} THEN 1 ELSE t."failures" + 1 END) - ${options.free} - 1)))
        ELSE NULL END
    WHERE t."nextAttemptAt" IS NULL OR t."nextAttemptAt" <= ${now} OR t."windowEndsAt" <= ${now}
    RETURNING "failures"`;
  if (rows.length > 0) return { allowed: true, failures: Number(rows[0]!.failures) };
  const row = await client.authThrottle.findUnique({ where: { key }, select: { nextAttemptAt: true } });
  const waitMs = row?.nextAttemptAt ? row.nextAttemptAt.getTime() - now.getTime() : 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Gives back one counted attempt (a success should not count against a shared address). */
export async function forgiveAttempt(client: Client, key: string): Promise<void> {
  await client.$executeRaw`UPDATE "AuthThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** Wipes a key's slate (a successful sign-in clears the account's failures). */
export async function clearAttempts(client: Client, key: string): Promise<void> {
  await client.authThrottle.deleteMany({ where: { key } });
}
