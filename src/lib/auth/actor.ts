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
  // One round trip: this runs at the start of every page, action and route (a vote included).
  const rows = await client.$queryRaw<(Omit<UserRow, "streets"> & { streetIds: string[] | null })[]>`
    SELECT u."id", u."username", u."displayName", u."role"::text AS "role", u."districtId", u."departmentId", u."active", u."mustChangePassword",
           (SELECT array_agg(us."streetId" ORDER BY us."streetId") FROM "UserStreet" us WHERE us."userId" = u."id") AS "streetIds"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND u."active"`;
  const row = rows[0];
  if (!row) throw new UnauthenticatedError();
  const { streetIds, ...user } = row;
  return toActor({ ...user, streets: (streetIds ?? []).map((streetId) => ({ streetId })) }, sessionId);
}
