// What the mocked request context returns: the tests choose who is "signed in". `actAs` opens a
// real session row for the user on first use (the guards check it like a browser's cookie);
// `actAsSession` replays a given session, e.g. a cookie copied before the user signed out.
import type { RequestContext } from "@/lib/auth/session";

type Pending = Omit<RequestContext, "sessionId"> & { sessionId: string | null };

let current: Pending = { userId: null, sessionId: null, locale: "zh", ip: "127.0.0.1", userAgent: "vitest" };

export function actAs(userId: string | null, locale: RequestContext["locale"] = "zh", ip = "127.0.0.1"): void {
  current = { userId, sessionId: null, locale, ip, userAgent: "vitest" };
}

export function actAsSession(userId: string, sessionId: string, locale: RequestContext["locale"] = "zh"): void {
  current = { userId, sessionId, locale, ip: "127.0.0.1", userAgent: "vitest" };
}

export async function requestContext(): Promise<RequestContext> {
  // Read synchronously: tests start many actions in a loop, each after its own actAs().
  const asked = current;
  if (asked.userId && !asked.sessionId) {
    const { db } = await import("@/lib/db");
    const user = await db.user.findUnique({ where: { id: asked.userId }, select: { id: true } });
    if (user) {
      const session = await db.userSession.create({
        data: { userId: user.id, expiresAt: new Date(Date.now() + 8 * 3600_000), ip: asked.ip, userAgent: "vitest" },
        select: { id: true },
      });
      const opened = { ...asked, sessionId: session.id };
      if (current === asked) current = opened;
      return opened;
    }
  }
  return asked;
}

/** The session the current `actAs` opened (after at least one call ran as that user). */
export function currentSessionId(): string | null {
  return current.sessionId;
}
