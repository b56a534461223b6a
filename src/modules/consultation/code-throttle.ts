// Throttling binding-code attempts (registering with a code at /b, redeeming one at /resident/bind).
// Counted before the code is looked up, in their own statements so that a refusal — whose
// transaction writes nothing — still counts. A success gives its counts back.
// - per address: MAX_CODE_FAILURES_PER_IP over registrations and redemptions together;
// - per account (redemption) or per mobile number (registration): MAX_CODE_FAILURES_PER_ACCOUNT.
// The code itself is never part of a key.
import type { Db } from "@/lib/db";
import type { Pair as Message } from "@/lib/errors";
import { countAttempt, forgiveAttempt, MINUTE } from "@/lib/auth/throttle";

const CODE_WINDOW_MS = 15 * MINUTE;
export const MAX_CODE_FAILURES_PER_IP = 10;
export const MAX_CODE_FAILURES_PER_ACCOUNT = 10;

export const CODE_THROTTLED: Message = {
  zh: "尝试次数过多,请 15 分钟后再试,或联系社区。",
  en: "Too many attempts. Please try again in 15 minutes, or contact your community.",
};

export const CODE_UNUSABLE: Message = {
  zh: "绑定码不正确、已使用或已作废,请核对信件,或联系社区重新发放。",
  en: "This code is wrong, already used or revoked. Check the letter, or ask your community for a new one.",
};

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
