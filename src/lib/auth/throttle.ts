// Sign-in throttling, kept in the database so it holds across several app servers.
import type { Db, Tx } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

type Client = Db | Tx;

/** True when the account or the address has failed too often within the window. */
export async function isThrottled(
  client: Client,
  username: string,
  ip: string | null,
  now = new Date(),
): Promise<boolean> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { username, success: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  // A successful sign-in wipes the account's slate; the address's count is not wiped by it.
  const accountFailures = await client.loginAttempt.count({
    where: { username, success: false, at: { gte: lastSuccess?.at ?? windowStart } },
  });
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) return true;
  if (!ip) return false;
  const ipFailures = await client.loginAttempt.count({
    where: { ip, success: false, at: { gte: windowStart } },
  });
  return ipFailures >= MAX_FAILURES_PER_IP;
}

export async function recordAttempt(
  client: Client,
  attempt: { username: string; ip: string | null; success: boolean },
): Promise<void> {
  await client.loginAttempt.create({
    data: { username: attempt.username, ip: attempt.ip ?? "unknown", success: attempt.success },
  });
}
