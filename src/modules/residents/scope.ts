import "server-only";
// Which resident accounts a district official may look after (a password reset after checking
// identity at the community office): those with an active binding to a dwelling of the
// official's district — and of their streets, for an official narrowed to some streets.
// Looked up from the database every time; nothing from the client decides it.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { neighborhoodScope, requireRole } from "@/lib/auth/guards";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

const RESIDENT_ACCOUNT = "errors.things.residentAccount";

/** The bindings through which the official reaches a resident. */
export function bindingsInScope(actor: Actor): Prisma.ResidentDwellingWhereInput {
  // Officials only (the commission looks after no resident); their district, or their streets of it.
  requireRole(actor, "DISTRICT");
  return { revokedAt: null, dwelling: { neighborhood: neighborhoodScope(actor) } };
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
