// The permission rules, as small guards that compose. Each throws ForbiddenError with a message
// the user can act on. Scope (a record's district and streets, its `Place`) is always looked up
// on the server from the record (see ./place.ts), never taken from the client.
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { roleName } from "./role-names";
import { ref } from "@/lib/i18n/message-ref";

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw roleRefusal(roles);
}

export function roleRefusal(roles: readonly Role[]): ForbiddenError {
  const names = {
    zh: roles.map((r) => roleName(r, "zh")).join("、"),
    en: roles.map((r) => roleName(r, "en")).join(", "),
  };
  return new ForbiddenError(ref("errors.auth.roleRefused", { roles: names }));
}

/**
 * Where a record is: its district and the streets (街道/乡镇) of its neighbourhood(s) — one for a
 * neighbourhood, one per neighbourhood for a project; null for a neighbourhood filed under no
 * street. An empty list means "no street known" (district-level work): only officials of the
 * whole district pass then, so a check that is not told the streets fails closed.
 */
export type Place = { districtId: string; streetIds: readonly (string | null)[] };

/** A DISTRICT official narrowed to some streets (no streets = the whole district). */
export function isStreetScoped(actor: Actor): boolean {
  return actor.role === "DISTRICT" && actor.streetIds.length > 0;
}

/**
 * An account narrowed to `streetIds` (none = the whole district) covers the place when every
 * street of the place is one of them; a place with no street, or a null street, is not covered.
 */
export function coversStreets(streetIds: readonly string[], place: Place): boolean {
  if (streetIds.length === 0) return true;
  const streets = place.streetIds ?? [];
  return streets.length > 0 && streets.every((s) => s !== null && streetIds.includes(s));
}

function withinStreets(actor: Actor, place: Place): boolean {
  return coversStreets(actor.streetIds, place);
}

/** The commission reads the whole city; a district official reads their district, or their streets of it. */
export function canRead(actor: Actor, place: Place): boolean {
  if (actor.role === "COMMISSION") return true;
  return actor.role === "DISTRICT" && actor.districtId === place.districtId && withinStreets(actor, place);
}

export function assertCanRead(actor: Actor, place: Place): void {
  if (canRead(actor, place)) return;
  throw isOwnDistrict(actor, place.districtId) ? outsideStreets() : outsideDistrict();
}

/**
 * Only the district's own officials enter and change its records; a street-scoped one, only those
 * of their streets. The one rule for both: the actions assert it, the pages ask it before they
 * show an edit control.
 */
export function canManage(actor: Actor, place: Place): boolean {
  return isOwnDistrict(actor, place.districtId) && withinStreets(actor, place);
}

/** Only the district's own officials enter and change its records; a street-scoped one, only those of their streets. */
export function assertCanManage(actor: Actor, place: Place): void {
  if (canManage(actor, place)) return;
  throw isOwnDistrict(actor, place.districtId) ? outsideStreets() : outsideDistrict();
}

/**
 * District-level figures and settings (the annual plan's header, the 2005 switch, the lift
 * coefficient table): the commission and every official of the district may read them, including
 * a street-scoped one. Not for records of a neighbourhood or project — use `canRead` with their place.
 */
export function canReadDistrictLevel(actor: Actor, districtId: string): boolean {
  return actor.role === "COMMISSION" || isOwnDistrict(actor, districtId);
}

/** District-level work (create, submit or amend the annual plan; district settings): the whole district's officials only. */
export function assertCanManageDistrictLevel(actor: Actor, districtId: string): void {
  if (!isOwnDistrict(actor, districtId)) throw outsideDistrict();
  if (isStreetScoped(actor)) {
    throw new ForbiddenError(ref("errors.auth.thisIsDistrictWideWorkYour"));
  }
}

function isOwnDistrict(actor: Actor, districtId: string): boolean {
  return actor.role === "DISTRICT" && actor.districtId !== null && actor.districtId === districtId;
}

export function assertDepartment(actor: Actor, departmentId: string): void {
  if (actor.role !== "DEPARTMENT" || actor.departmentId !== departmentId) {
    throw new ForbiddenError(ref("errors.auth.thisTaskBelongsToAnotherDepartment"));
  }
}

/** A resident acts only for dwellings bound to their account. */
export async function assertOwnsDwelling(client: Db | Tx, actor: Actor, dwellingId: string): Promise<void> {
  if (actor.role === "RESIDENT") {
    const binding = await client.residentDwelling.findFirst({
      where: { userId: actor.id, dwellingId, revokedAt: null },
      select: { id: true },
    });
    if (binding) return;
  }
  throw new ForbiddenError(NOT_BOUND_MESSAGE);
}

export const NOT_BOUND_MESSAGE = ref("errors.auth.notBound");

/**
 * The `where` fragment that limits a list of neighbourhoods (or, through `neighborhood`, of what
 * hangs under one: dwellings, binding codes, plan entries) to what the actor may see.
 * Other roles see nothing through it.
 */
export function neighborhoodScope(actor: Actor): Prisma.NeighborhoodWhereInput {
  if (actor.role === "COMMISSION") return {};
  const districtId = ownDistrictId(actor);
  return actor.streetIds.length ? { districtId, streetId: { in: [...actor.streetIds] } } : { districtId };
}

/**
 * The `where` fragment for projects (and, through `project`, for their ballots, milestones,
 * funding, feedback and tasks): a street-scoped official sees a project only when it has
 * neighbourhoods and every one of them is in their streets.
 */
export function projectScope(actor: Actor): Prisma.ProjectWhereInput {
  if (actor.role === "COMMISSION") return {};
  const districtId = ownDistrictId(actor);
  if (!actor.streetIds.length) return { districtId };
  return {
    districtId,
    neighborhoods: { some: {}, every: { neighborhood: { streetId: { in: [...actor.streetIds] } } } },
  };
}

/**
 * The `where` fragment for district-level records (annual plans, district funding settings):
 * the commission sees every district, an official their own district whatever their streets.
 */
export function districtLevelScope(actor: Actor): { districtId?: string } {
  if (actor.role === "COMMISSION") return {};
  return { districtId: ownDistrictId(actor) };
}

function ownDistrictId(actor: Actor): string {
  if (actor.role === "DISTRICT" && actor.districtId) return actor.districtId;
  throw outsideDistrict();
}

function outsideStreets(): ForbiddenError {
  return new ForbiddenError(ref("errors.auth.thisRecordIsOutsideTheStreets"));
}

function outsideDistrict(): ForbiddenError {
  return new ForbiddenError(ref("errors.auth.thisRecordBelongsToAnotherDistrict"));
}
