import "server-only";
// The session cookie and the request's identity. We keep next-auth for what it does well — the
// encrypted, signed JWT cookie (next-auth/jwt), which the proxy reads too — but sign people in
// and out with our own server actions: a plain form POST that works without JavaScript, keeps
// what was typed on a refusal, and can open a session straight after a resident registers with
// a binding code. The cookie carries the user id and a session id; the session row in the
// database decides whether it is still valid (see ./actor.ts).
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { Role } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, parseLocale, type Locale } from "@/lib/i18n/locale";
import { clientIpFrom } from "./client-ip";
import { decodeSessionToken } from "./session-token";

export type RequestContext = {
  userId: string | null;
  sessionId: string | null;
  locale: Locale;
  ip: string | null;
  userAgent: string | null;
};

/** Officials sign in for a working day; residents on their own phones stay signed in for two weeks. */
function sessionLifetimeSeconds(role: Role): number {
  return role === "RESIDENT" ? 14 * 24 * 60 * 60 : 8 * 60 * 60;
}

function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The name next-auth (and so the proxy's getToken) expects. */
function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Who is asking, in which language, from where — read from the request. Only the user and
 * session ids come from the cookie; role and scope are always re-read from the database.
 */
export async function getRequestContext(): Promise<RequestContext> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const identity = await readSessionToken(cookieStore.get(sessionCookieName())?.value);
  return {
    ...identity,
    locale: parseLocale(cookieStore.get(LOCALE_COOKIE)?.value),
    ip: clientIpFrom(headerList),
    userAgent: headerList.get("user-agent")?.slice(0, 300) ?? null,
  };
}

async function readSessionToken(raw: string | undefined): Promise<{ userId: string | null; sessionId: string | null }> {
  return decodeSessionToken(raw, env().AUTH_SECRET);
}

/** Opens a session row for the user and returns the cookie value that names it. */
export async function createSession(
  client: Db | Tx,
  user: { id: string; role: Role },
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ sessionId: string; token: string; maxAge: number }> {
  const maxAge = sessionLifetimeSeconds(user.role);
  const session = await client.userSession.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + maxAge * 1000), ip: meta.ip, userAgent: meta.userAgent },
    select: { id: true },
  });
  const token = await encode({
    token: { uid: user.id, sid: session.id, sub: user.id },
    secret: env().AUTH_SECRET,
    maxAge,
  });
  return { sessionId: session.id, token, maxAge };
}

/** Sets the session cookie on the response of the current server action. */
/**
 * Signs this browser into a new session: the cookie is replaced, and the session it held before
 * (someone else signed in on the same device) is ended on the server, not left open until it expires.
 */
export async function replaceSessionCookie(
  client: Db | Tx,
  previousSessionId: string | null,
  session: { sessionId: string; token: string; maxAge: number },
): Promise<void> {
  await setSessionCookie(session.token, session.maxAge);
  if (previousSessionId && previousSessionId !== session.sessionId)
    await endSession(client, previousSessionId, "SIGN_OUT");
}

export async function setSessionCookie(token: string, maxAge: number): Promise<void> {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

export type SessionEndReason =
  "SIGN_OUT" | "SIGN_OUT_EVERYWHERE" | "PASSWORD_CHANGED" | "PASSWORD_RESET" | "DISABLED" | "ROLE_OR_SCOPE_CHANGED";

/** Ends every open session of a user (or all but `keep`); returns how many were ended. */
export async function endSessions(
  client: Db | Tx,
  userId: string,
  reason: SessionEndReason,
  keep?: string,
): Promise<number> {
  const { count } = await client.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/** Ends one session (signing out on this device). */
export async function endSession(
  client: Db | Tx,
  sessionId: string,
  reason: SessionEndReason = "SIGN_OUT",
): Promise<void> {
  await client.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
}
