import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCanReadDistrict, districtScope } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assessEligibility } from "./eligibility";

export const NEIGHBORHOOD_PAGE_SIZE = 20;

/** A page of neighbourhoods the actor may see (their district, or the city for the commission). */
export async function listNeighborhoods(actor: Actor, options: { page: number; q?: string }) {
  const where = {
    ...districtScope(actor),
    ...(options.q ? { name: { contains: options.q } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.neighborhood.count({ where }),
    db.neighborhood.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (options.page - 1) * NEIGHBORHOOD_PAGE_SIZE,
      take: NEIGHBORHOOD_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        completionYear: true,
        poorCondition: true,
        buildingCount: true,
        street: { select: { name: true } },
        district: { select: { name: true, allows2005Extension: true } },
        _count: { select: { dwellings: true } },
      },
    }),
  ]);
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
      street: { select: { name: true } },
      community: { select: { name: true } },
      buildings: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, floors: true, units: { orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { dwellings: true } } } } },
      },
      projects: { select: { project: { select: { id: true, name: true, stage: true, year: true } } } },
    },
  });
  if (!row) throw new NotFoundError({ zh: "小区", en: "neighbourhood" });
  try {
    assertCanReadDistrict(actor, row.districtId);
  } catch {
    throw new NotFoundError({ zh: "小区", en: "neighbourhood" });
  }
  const area = await db.dwelling.aggregate({ where: { neighborhoodId: id }, _sum: { areaM2: true }, _count: true });
  return {
    ...row,
    dwellingCount: area._count,
    totalAreaM2: area._sum.areaM2?.toString() ?? "0",
    eligibility: assessEligibility({
      completionYear: row.completionYear,
      poorCondition: row.poorCondition,
      districtAllows2005: row.district.allows2005Extension,
    }),
  };
}
