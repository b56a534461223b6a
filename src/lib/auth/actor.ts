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
};

export const ACTOR_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  districtId: true,
  departmentId: true,
  active: true,
} as const;

/** Loads the acting user by id; a missing or disabled account is treated as signed out. */
export async function loadActor(client: Db | Tx, userId: string | null): Promise<Actor> {
  if (!userId) throw new UnauthenticatedError();
  const user = await client.user.findUnique({ where: { id: userId }, select: ACTOR_SELECT });
  if (!user || !user.active) throw new UnauthenticatedError();
  const { active: _active, ...actor } = user;
  return actor;
}
