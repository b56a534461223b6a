import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { bindingsInScope } from "./scope";

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

/**
 * Resident accounts whose login or phone is this mobile number and that have an active binding
 * in the official's district, with those bindings only (nothing from other districts).
 */
export async function residentsByMobile(actor: Actor, mobile: string) {
  const inScope = bindingsInScope(actor);
  return db.user.findMany({
    where: { role: "RESIDENT", OR: [{ username: mobile }, { phone: mobile }], dwellings: { some: inScope } },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: {
      id: true,
      username: true,
      displayName: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      dwellings: {
        where: inScope,
        orderBy: { boundAt: "asc" },
        select: {
          id: true,
          boundAt: true,
          dwelling: {
            select: {
              room: true,
              unit: { select: { name: true, building: { select: { name: true } } } },
              neighborhood: { select: { name: true } },
            },
          },
        },
      },
    },
  });
}
