import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** The dwellings bound to the resident, each with its neighbourhood's projects. */
export async function myDwellings(actor: Actor) {
  requireRole(actor, "RESIDENT");
  const bindings = await db.residentDwelling.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { boundAt: "asc" },
    select: {
      dwelling: {
        select: {
          id: true,
          room: true,
          floor: true,
          areaM2: true,
          unit: { select: { name: true, building: { select: { name: true } } } },
          neighborhood: {
            select: {
              id: true,
              name: true,
              address: true,
              district: { select: { name: true } },
              projects: { select: { project: { select: { id: true, name: true, stage: true, year: true } } } },
            },
          },
        },
      },
    },
  });
  return bindings.map((b) => b.dwelling);
}
