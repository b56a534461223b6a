import "server-only";
// Looks up the facts the entry rules need, inside the caller's transaction.
import type { Tx } from "@/lib/db";
import type { EntryFacts } from "./rules";
import { oneByOne } from "@/lib/one-by-one";

export async function entryFacts(
  tx: Tx,
  plan: { id: string; districtId: string },
  neighborhoodId: string | null,
  excludeEntryId?: string,
): Promise<EntryFacts> {
  const [district, neighborhood] = await oneByOne(
    () => tx.district.findUniqueOrThrow({ where: { id: plan.districtId }, select: { allows2005Extension: true } }),
    () =>
      neighborhoodId
        ? tx.neighborhood.findUnique({
            where: { id: neighborhoodId },
            select: {
              id: true,
              name: true,
              districtId: true,
              completionYear: true,
              poorCondition: true,
              buildingCount: true,
            },
          })
        : null,
  );
  const [elsewhere, duplicate] = neighborhood
    ? await oneByOne(
        () =>
          tx.annualPlanEntry.findFirst({
            where: { neighborhoodId: neighborhood.id, plan: { status: "APPROVED", id: { not: plan.id } } },
            select: { plan: { select: { year: true, district: { select: { name: true } } } } },
          }),
        () =>
          tx.annualPlanEntry.count({
            where: {
              planId: plan.id,
              neighborhoodId: neighborhood.id,
              ...(excludeEntryId ? { id: { not: excludeEntryId } } : {}),
            },
          }),
      )
    : [null, 0];
  return {
    planDistrictId: plan.districtId,
    neighborhood,
    districtAllows2005: district.allows2005Extension,
    approvedElsewhere: elsewhere ? { districtName: elsewhere.plan.district.name, year: elsewhere.plan.year } : null,
    duplicateInPlan: duplicate > 0,
  };
}

/**
 * `entryFacts` for many neighbourhoods at once — the import's 5,000 rows in four queries rather
 * than four per row (20,000 round trips inside one transaction took most of a minute). The
 * same facts: read before anything of the file is written, as the per-row lookups were.
 */
export async function entryFactsForMany(
  tx: Tx,
  plan: { id: string; districtId: string },
  neighborhoodIds: string[],
): Promise<Map<string, EntryFacts>> {
  const ids = [...new Set(neighborhoodIds)];
  const [district, neighborhoods, elsewhere, inPlan] = await oneByOne(
    () => tx.district.findUniqueOrThrow({ where: { id: plan.districtId }, select: { allows2005Extension: true } }),
    () =>
      tx.neighborhood.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          districtId: true,
          completionYear: true,
          poorCondition: true,
          buildingCount: true,
        },
      }),
    () =>
      tx.annualPlanEntry.findMany({
        where: { neighborhoodId: { in: ids }, plan: { status: "APPROVED", id: { not: plan.id } } },
        select: { neighborhoodId: true, plan: { select: { year: true, district: { select: { name: true } } } } },
      }),
    () =>
      tx.annualPlanEntry.groupBy({
        by: ["neighborhoodId"],
        where: { planId: plan.id, neighborhoodId: { in: ids } },
        _count: true,
      }),
  );
  const approved = new Map<string, { districtName: string; year: number }>();
  for (const e of elsewhere)
    if (e.neighborhoodId && !approved.has(e.neighborhoodId))
      approved.set(e.neighborhoodId, { districtName: e.plan.district.name, year: e.plan.year });
  const listed = new Set(inPlan.map((g) => g.neighborhoodId));
  const byId = new Map(neighborhoods.map((n) => [n.id, n]));
  return new Map(
    ids.map((id) => [
      id,
      {
        planDistrictId: plan.districtId,
        neighborhood: byId.get(id) ?? null,
        districtAllows2005: district.allows2005Extension,
        approvedElsewhere: approved.get(id) ?? null,
        duplicateInPlan: listed.has(id),
      },
    ]),
  );
}
