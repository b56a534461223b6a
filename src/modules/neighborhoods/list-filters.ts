// The registry's list filters as a Prisma `where`. Eligibility is not stored (it depends on the
// district's 2005 switch), so the rule of ./eligibility.ts is restated here in query form; the
// integration test checks that both always agree.
import type { Prisma } from "@/generated/prisma/client";
import { completedProjectWhere, startedProjectWhere } from "../programme/rollup-data";
import type { NeighborhoodListFilters } from "./schema";

const LAST_YEAR_BASIC = 2000;
const LAST_YEAR_EXTENDED = 2005;

export const ELIGIBLE_WHERE: Prisma.NeighborhoodWhereInput = {
  OR: [
    { completionYear: { lte: LAST_YEAR_BASIC } },
    { completionYear: { lte: LAST_YEAR_EXTENDED }, poorCondition: true, district: { allows2005Extension: true } },
  ],
};

export const NOT_ELIGIBLE_WHERE: Prisma.NeighborhoodWhereInput = {
  completionYear: { gt: LAST_YEAR_BASIC },
  OR: [
    { completionYear: { gt: LAST_YEAR_EXTENDED } },
    { poorCondition: false },
    { district: { allows2005Extension: false } },
  ],
};

export function neighborhoodWhere(filters: Omit<NeighborhoodListFilters, "page">): Prisma.NeighborhoodWhereInput {
  const and: Prisma.NeighborhoodWhereInput[] = [];
  if (filters.q) and.push({ OR: [{ name: { contains: filters.q } }, { address: { contains: filters.q } }] });
  if (filters.district) and.push({ districtId: filters.district });
  if (filters.street) and.push({ streetId: filters.street });
  if (filters.eligible === "yes") and.push(ELIGIBLE_WHERE);
  if (filters.eligible === "no") and.push(NOT_ELIGIBLE_WHERE);
  if (filters.stage === "NONE") and.push({ projects: { none: {} } });
  else if (filters.stage) and.push({ projects: { some: { project: { stage: filters.stage } } } });
  if (filters.progress === "started") and.push({ projects: { some: { project: startedProjectWhere(filters.year) } } });
  if (filters.progress === "completed") and.push({ projects: { some: { project: completedProjectWhere(filters.year) } } });
  return and.length ? { AND: and } : {};
}

/** What a list row shows (shared with the benchmark in scripts/bench so it times the real query). */
export const NEIGHBORHOOD_LIST_SELECT = {
  id: true,
  name: true,
  completionYear: true,
  poorCondition: true,
  buildingCount: true,
  address: true,
  street: { select: { name: true } },
  district: { select: { name: true, allows2005Extension: true } },
  // The stored total (kept by the database on every dwelling write): `_count` here became a
  // GROUP BY over every dwelling of the city, even for a 20-row page.
  dwellingCount: true,
  projects: { select: { project: { select: { stage: true } } } },
} satisfies Prisma.NeighborhoodSelect;

export const NEIGHBORHOOD_LIST_ORDER = [{ name: "asc" }, { id: "asc" }] satisfies Prisma.NeighborhoodOrderByWithRelationInput[];
