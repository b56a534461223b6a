// Reading the session cookie, for the proxy and the app alike. next-auth's `decode` derives the
// encryption key from the secret (HKDF) and decrypts the JWE on every call; a vote decoded its
// cookie twice (proxy, action) and the HKDF alone was the largest single cost of the vote in the
// server's CPU profile (docs/performance.md, "Votes"). A token that decoded once decodes the same
// again, so successful decodes are remembered by their exact text until the token's own expiry;
// a token never seen, tampered or expired goes through `decode` (and is not remembered if it fails).
// Whether the session is still open is decided by the database on every request, as before.
import { decode } from "next-auth/jwt";

export type SessionIdentity = { userId: string | null; sessionId: string | null };

const NONE: SessionIdentity = { userId: null, sessionId: null };
const MAX_ENTRIES = 20_000;
// On globalThis: the proxy and the app are bundled apart but run in one process, and should share it.
type Remembered = Map<string, { identity: SessionIdentity; expiresAtMs: number; secret: string }>;
const shared = globalThis as unknown as { renewSessionTokens?: Remembered };
const remembered: Remembered = (shared.renewSessionTokens ??= new Map());

export async function decodeSessionToken(
  raw: string | undefined,
  secret: string | undefined,
): Promise<SessionIdentity> {
  if (!raw || !secret) return NONE;
  const hit = remembered.get(raw);
  if (hit && hit.secret === secret) {
    if (hit.expiresAtMs > Date.now()) return hit.identity;
    remembered.delete(raw);
  }
  try {
    const token = await decode({ token: raw, secret });
    const identity = {
      userId: typeof token?.uid === "string" ? token.uid : null,
      sessionId: typeof token?.sid === "string" ? token.sid : null,
    };
    if (identity.userId && typeof token?.exp === "number") {
      // Oldest first out: a Map iterates in insertion order.
      if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
      remembered.set(raw, { identity, expiresAtMs: token.exp * 1000, secret });
    }
    return identity;
  } catch {
    // Tampered, expired or signed with another secret: simply not signed in.
    return NONE;
  }
}
