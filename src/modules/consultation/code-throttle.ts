// Throttling binding-code attempts (registering with a code at /b, redeeming one at /resident/bind).
// Counted before the code is looked up, in their own statements so that a refusal — whose
// transaction writes nothing — still counts. A success gives its counts back.
// - per address: MAX_CODE_FAILURES_PER_IP over registrations and redemptions together;
// - per account (redemption) or per mobile number (registration): MAX_CODE_FAILURES_PER_ACCOUNT.
// The code itself is never part of a key.
import type { Db } from "@/lib/db";
import { ref } from "@/lib/i18n/message-ref";
import { countAttempt, forgiveAttempt, MINUTE } from "@/lib/auth/throttle";

const CODE_WINDOW_MS = 15 * MINUTE;
export const MAX_CODE_FAILURES_PER_IP = 10;
export const MAX_CODE_FAILURES_PER_ACCOUNT = 10;

export const CODE_THROTTLED = ref("errors.consultation.codeThrottled");

export const CODE_UNUSABLE = ref("errors.consultation.codeUnusable");

export function codeThrottleKeys(ip: string | null, who: { account: string } | { mobile: string } | null) {
  const keys = [`code:ip:${ip ?? "unknown"}`];
  if (who && "account" in who) keys.push(`code:account:${who.account}`);
  if (who && "mobile" in who) keys.push(`code:mobile:${who.mobile}`);
  return keys;
}

/** Counts the attempt on every key; true when any of them is over its limit. */
export async function countCodeAttempt(client: Db, keys: string[]): Promise<boolean> {
  let over = false;
  for (const [i, key] of keys.entries()) {
    const count = await countAttempt(client, key, CODE_WINDOW_MS);
    if (count > (i === 0 ? MAX_CODE_FAILURES_PER_IP : MAX_CODE_FAILURES_PER_ACCOUNT)) over = true;
  }
  return over;
}

export async function forgiveCodeAttempt(client: Db, keys: string[]): Promise<void> {
  for (const key of keys) await forgiveAttempt(client, key);
}
