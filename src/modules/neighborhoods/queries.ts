import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  assertCanManage,
  canManage,
  canRead,
  districtLevelScope,
  isStreetScoped,
  neighborhoodScope,
  projectScope,
} from "@/lib/auth/guards";
import { neighborhoodPlace, NEIGHBORHOOD_PLACE_SELECT, placeOfNeighborhood } from "@/lib/auth/place";
import { cachedFigures } from "@/lib/cached-figures";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { scoreAssessment, type Answers } from "./assessment";
import { assessEligibility } from "./eligibility";
import { loadNeighborhoodPage, neighborhoodWhere } from "./list-filters";
import type { NeighborhoodListFilters } from "./schema";

export const NEIGHBORHOOD_PAGE_SIZE = 20;

/** A page of neighbourhoods the actor may see (their district or streets, or the city for the commission). */
export async function listNeighborhoods(actor: Actor, options: Partial<NeighborhoodListFilters> & { page: number }) {
  const { page, ...filters } = options;
  // A district official's own district (and streets) always wins over any filter in the URL.
  const where = { AND: [neighborhoodScope(actor), neighborhoodWhere(filters)] };
  const { total, rows } = await loadNeighborhoodPage(db, where, page, NEIGHBORHOOD_PAGE_SIZE);
  return {
    total,
    rows: rows.map((row) => ({
      ...row,
      eligibility: assessEligibility({
        completionYear: row.completionYear,
        poorCondition: row.poorCondition,
        districtAllows2005: row.district.allows2005Extension,
      }),
    })),
  };
}

/** One neighbourhood, if the actor may see it. Another district's record reads as not found. */
export async function getNeighborhood(actor: Actor, id: string) {
  // Only officials (and the commission) read the registry; anyone else finds nothing.
  if (actor.role !== "COMMISSION" && !(actor.role === "DISTRICT" && actor.districtId))
    throw new NotFoundError("errors.things.neighbourhood");
  const projects = projectScope(actor);
  const row = await db.neighborhood.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: true,
      completionYear: true,
      poorCondition: true,
      singleBuilding: true,
      buildingCount: true,
      propertyType: true,
      notes: true,
      version: true,
      districtId: true,
      updatedAt: true,
      district: { select: { name: true, allows2005Extension: true } },
      streetId: true,
      street: { select: { name: true } },
      community: { select: { name: true } },
      buildings: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          floors: true,
          units: {
            orderBy: { name: "asc" },
            select: { id: true, name: true, _count: { select: { dwellings: true } } },
          },
        },
      },
      // Only the projects the actor may open (a street-scoped official: those wholly in their streets).
      projects: {
        where: { project: projects },
        select: { project: { select: { id: true, name: true, stage: true, year: true } } },
      },
    },
  });
  if (!row || !canRead(actor, neighborhoodPlace(row))) throw new NotFoundError("errors.things.neighbourhood");
  const area = await db.dwelling.aggregate({ where: { neighborhoodId: id }, _sum: { areaM2: true }, _count: true });
  return {
    ...row,
    // Whether the page shows edit controls: the same guard the neighbourhood's actions assert.
    canManage: canManage(actor, neighborhoodPlace(row)),
    dwellingCount: area._count,
    totalAreaM2: area._sum.areaM2?.toString() ?? "0",
    eligibility: assessEligibility({
      completionYear: row.completionYear,
      poorCondition: row.poorCondition,
      districtAllows2005: row.district.allows2005Extension,
    }),
  };
}

/** For the import route, before it reads the workbook: the actor manages the neighbourhood (the action checks again). */
export async function assertCanImportInto(actor: Actor, neighborhoodId: string): Promise<void> {
  assertCanManage(actor, await placeOfNeighborhood(db, neighborhoodId));
}

/** Streets the actor may filter by or file a neighbourhood under (their district or streets, or one district for the commission). */
export async function streetOptions(actor: Actor, districtId?: string) {
  const where = actor.role === "COMMISSION" ? (districtId ? { districtId } : null) : streetScope(actor);
  if (!where) return [];
  // Cached under the figures stamp (Street is among its tables); the key is the scope asked for.
  return cachedFigures(`streets|${JSON.stringify(where)}`, () =>
    db.street.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  );
}

/** An official's streets: all of their district's, or those their account is narrowed to. */
function streetScope(actor: Actor) {
  const { districtId } = districtLevelScope(actor);
  return actor.streetIds.length ? { districtId, id: { in: actor.streetIds } } : { districtId };
}

/** Districts for the commission's filter. */
export async function districtOptions() {
  return cachedFigures("district-options", () =>
    db.district.findMany({ where: { validTo: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  );
}

/** The actor's own district with its 2005-extension switch; only a whole-district official may flip it. */
export async function ownDistrict(actor: Actor) {
  const { districtId } = actor;
  if (actor.role !== "DISTRICT" || !districtId) return null;
  const district = await cachedFigures(`own-district|${districtId}`, () =>
    db.district.findUnique({ where: { id: districtId }, select: { id: true, name: true, allows2005Extension: true } }),
  );
  return district && { ...district, canChangeSettings: !isStreetScoped(actor) };
}

/** The latest condition assessment of a neighbourhood the actor may see, with the suggested catalogue items. */
export async function latestAssessment(actor: Actor, neighborhoodId: string) {
  const n = await db.neighborhood.findUnique({ where: { id: neighborhoodId }, select: NEIGHBORHOOD_PLACE_SELECT });
  if (!n || !canRead(actor, neighborhoodPlace(n))) throw new NotFoundError("errors.things.neighbourhood");
  const row = await db.conditionAssessment.findFirst({
    where: { neighborhoodId },
    orderBy: { assessedAt: "desc" },
    select: { id: true, answers: true, assessedAt: true, scoreBasic: true, scoreImprovement: true, scoreUpgrade: true },
  });
  if (!row) return null;
  const answers = row.answers as Answers;
  const { suggested } = scoreAssessment(answers);
  const catalogue = await db.catalogueItem.findMany({
    where: { code: { in: suggested } },
    select: { id: true, code: true, name: true, nameEn: true, category: true },
  });
  const byCode = new Map(catalogue.map((c) => [c.code, c]));
  return { ...row, answers, suggestions: suggested.map((code) => byCode.get(code)).filter((c) => c !== undefined) };
}
