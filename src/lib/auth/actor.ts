import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";

/** The person acting, as the database says now. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  districtId: string | null;
  departmentId: string | null;
  /** A DISTRICT official narrowed to these streets of their district; empty = the whole district. */
  streetIds: string[];
  /** A temporary password is still in use: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
  /** The session the request came with (null when loaded by user id, e.g. in jobs). */
  sessionId: string | null;
};

const USER_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  districtId: true,
  departmentId: true,
  active: true,
  mustChangePassword: true,
  streets: { select: { streetId: true }, orderBy: { streetId: "asc" } },
} as const;

type UserRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  districtId: string | null;
  departmentId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  streets: { streetId: string }[];
};

function toActor(user: UserRow, sessionId: string | null): Actor {
  const { active: _active, streets, ...rest } = user;
  return { ...rest, streetIds: streets.map((s) => s.streetId), sessionId };
}

/** Loads a user by id as an actor (jobs, tests); a missing or disabled account is treated as signed out. */
export async function loadActor(client: Db | Tx, userId: string | null): Promise<Actor> {
  if (!userId) throw new UnauthenticatedError();
  const user = await client.user.findUnique({ where: { id: userId }, select: USER_SELECT });
  if (!user || !user.active) throw new UnauthenticatedError();
  return toActor(user, null);
}

export type SessionIdentity = { userId: string | null; sessionId: string | null };

/**
 * The actor of a request: the session named in the signed cookie must still be open in the
 * database and belong to an active user. Signing out, a password change or reset, disabling and
 * role or scope changes close sessions, so a copied cookie stops working at its next request.
 */
export async function loadSessionActor(client: Db | Tx, identity: SessionIdentity, now = new Date()): Promise<Actor> {
  const { userId, sessionId } = identity;
  if (!userId || !sessionId) throw new UnauthenticatedError();
  const session = await client.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, revokedAt: true, expiresAt: true, user: { select: USER_SELECT } },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now || !session.user.active) {
    throw new UnauthenticatedError();
  }
  return toActor(session.user, sessionId);
}
