import "server-only";
// Looks up the facts the entry rules need, inside the caller's transaction.
import type { Tx } from "@/lib/db";
import type { EntryFacts } from "./rules";

export async function entryFacts(
  tx: Tx,
  plan: { id: string; districtId: string },
  neighborhoodId: string | null,
  excludeEntryId?: string,
): Promise<EntryFacts> {
  const [district, neighborhood] = await Promise.all([
    tx.district.findUniqueOrThrow({ where: { id: plan.districtId }, select: { allows2005Extension: true } }),
    neighborhoodId
      ? tx.neighborhood.findUnique({
          where: { id: neighborhoodId },
          select: { id: true, name: true, districtId: true, completionYear: true, poorCondition: true, buildingCount: true },
        })
      : null,
  ]);
  const [elsewhere, duplicate] = neighborhood
    ? await Promise.all([
        tx.annualPlanEntry.findFirst({
          where: { neighborhoodId: neighborhood.id, plan: { status: "APPROVED", id: { not: plan.id } } },
          select: { plan: { select: { year: true, district: { select: { name: true } } } } },
        }),
        tx.annualPlanEntry.count({
          where: { planId: plan.id, neighborhoodId: neighborhood.id, ...(excludeEntryId ? { id: { not: excludeEntryId } } : {}) },
        }),
      ])
    : [null, 0];
  return {
    planDistrictId: plan.districtId,
    neighborhood,
    districtAllows2005: district.allows2005Extension,
    approvedElsewhere: elsewhere ? { districtName: elsewhere.plan.district.name, year: elsewhere.plan.year } : null,
    duplicateInPlan: duplicate > 0,
  };
}
