import "server-only";
// Which resident accounts a district official may look after (a password reset after checking
// identity at the community office): those with an active binding to a dwelling of the
// official's district — and of their streets, for an official narrowed to some streets.
// Looked up from the database every time; nothing from the client decides it.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

const RESIDENT_ACCOUNT = { zh: "居民账号", en: "resident account" };

/** The bindings through which the official reaches a resident. */
export function bindingsInScope(actor: Actor): Prisma.ResidentDwellingWhereInput {
  requireRole(actor, "DISTRICT");
  if (!actor.districtId) throw new ForbiddenError();
  return {
    revokedAt: null,
    dwelling: { neighborhood: { districtId: actor.districtId, ...(actor.streetIds.length > 0 ? { streetId: { in: actor.streetIds } } : {}) } },
  };
}

/** The resident, if the official may act for them; otherwise NotFound (nothing said about other districts). */
export async function residentInScope(client: Db | Tx, actor: Actor, userId: string) {
  const where = bindingsInScope(actor);
  const user = await client.user.findFirst({
    where: { id: userId, role: "RESIDENT", dwellings: { some: where } },
    select: { id: true, username: true, active: true },
  });
  if (!user) throw new NotFoundError(RESIDENT_ACCOUNT);
  return user;
}
