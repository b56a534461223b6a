// The registry's list filters as a Prisma `where`. Eligibility is not stored (it depends on the
// district's 2005 switch), so the rule of ./eligibility.ts is restated here in query form; the
// integration test checks that both always agree.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ProjectStage } from "@/generated/prisma/enums";
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

const NOT_ELIGIBLE_WHERE: Prisma.NeighborhoodWhereInput = {
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
  if (filters.progress === "completed")
    and.push({ projects: { some: { project: completedProjectWhere(filters.year) } } });
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

export const NEIGHBORHOOD_LIST_ORDER = [
  { name: "asc" },
  { id: "asc" },
] satisfies Prisma.NeighborhoodOrderByWithRelationInput[];

/** The list row's own columns; its street, district and project stages come in one more statement. */
const NEIGHBORHOOD_ROW_SELECT = {
  id: true,
  name: true,
  completionYear: true,
  poorCondition: true,
  buildingCount: true,
  address: true,
  dwellingCount: true,
} satisfies Prisma.NeighborhoodSelect;

export type NeighborhoodListRow = Prisma.NeighborhoodGetPayload<{ select: typeof NEIGHBORHOOD_LIST_SELECT }>;

/**
 * A page of the list: the count and the page's rows in parallel, then the rows' street, district
 * and project stages in one joined statement — three statements, two round trips deep, where
 * Prisma's nested select took six, four deep (street, district, links, projects one after the
 * other). Rows come out exactly as NEIGHBORHOOD_LIST_SELECT would give them.
 */
export async function loadNeighborhoodPage(
  client: Pick<PrismaClient, "neighborhood" | "$queryRaw">,
  where: Prisma.NeighborhoodWhereInput,
  page: number,
  pageSize: number,
): Promise<{ total: number; rows: NeighborhoodListRow[] }> {
  const [total, rows] = await Promise.all([
    client.neighborhood.count({ where }),
    client.neighborhood.findMany({
      where,
      orderBy: NEIGHBORHOOD_LIST_ORDER,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: NEIGHBORHOOD_ROW_SELECT,
    }),
  ]);
  if (rows.length === 0) return { total, rows: [] };
  const details = await client.$queryRaw<
    { id: string; street: string | null; districtName: string; allows2005Extension: boolean; stages: ProjectStage[] }[]
  >`
    SELECT n."id", s."name" AS "street", d."name" AS "districtName", d."allows2005Extension",
           COALESCE((SELECT array_agg(p."stage"::text ORDER BY pn."projectId") FROM "ProjectNeighborhood" pn JOIN "Project" p ON p."id" = pn."projectId"
                      WHERE pn."neighborhoodId" = n."id"), '{}') AS "stages"
      FROM "Neighborhood" n JOIN "District" d ON d."id" = n."districtId" LEFT JOIN "Street" s ON s."id" = n."streetId"
     WHERE n."id" = ANY(${rows.map((r) => r.id)}::text[])`;
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    total,
    rows: rows.map((row) => {
      const d = byId.get(row.id)!;
      return {
        ...row,
        street: d.street === null ? null : { name: d.street },
        district: { name: d.districtName, allows2005Extension: d.allows2005Extension },
        projects: d.stages.map((stage) => ({ project: { stage } })),
      };
    }),
  };
}
