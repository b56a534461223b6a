// Gathers the roll-up's numbers from the database and snapshots them. Relative imports and a
// client parameter (no "server-only"), so the scheduled job script can run it outside Next.js.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { ProjectStage, SnapshotKind } from "../../generated/prisma/enums";
import { computeRollup, monthOf, ZERO, type DistrictInput, type Figures, type Rollup } from "./rollup";

type Client = Pick<
  PrismaClient,
  | "district"
  | "programmeTarget"
  | "districtTargetShare"
  | "annualPlan"
  | "annualPlanEntry"
  | "projectNeighborhood"
  | "rollupSnapshot"
  | "planReview"
  | "annualPlanVersion"
>;

const STARTED: ProjectStage[] = ["CONSTRUCTION", "ACCEPTANCE", "COMPLETED", "LONG_TERM"];
const COMPLETED: ProjectStage[] = ["COMPLETED", "LONG_TERM"];

/**
 * The one definition of a started project (开工): it reached construction, or has a start date,
 * whichever the record shows. The roll-up, the dashboards and the registry's filters all use it.
 */
export function startedProjectWhere(year?: number): Prisma.ProjectWhereInput {
  return { ...(year === undefined ? {} : { year }), OR: [{ stage: { in: STARTED } }, { startedAt: { not: null } }] };
}

/** A completed project (完工): completed or already in long-term management. */
export function completedProjectWhere(year?: number): Prisma.ProjectWhereInput {
  return { ...(year === undefined ? {} : { year }), stage: { in: COMPLETED } };
}

const figures = (f: {
  neighborhoods: number;
  floorAreaM2: Prisma.Decimal | string | number;
  households: number;
  investmentFen: bigint | null;
}): Figures => ({
  neighborhoods: f.neighborhoods,
  floorAreaM2: Number(f.floorAreaM2),
  households: f.households,
  investmentYuan: f.investmentFen === null ? 0 : Number(f.investmentFen) / 100,
});

export type RollupWithApproval = Rollup & { plannedAtApproval: Record<string, number> };

/** The roll-up for a year: approved plans against targets, and progress from the year's projects. */
export async function loadRollup(client: Client, year: number): Promise<RollupWithApproval> {
  const [districts, target, shares, plans, projectLinks] = await Promise.all([
    client.district.findMany({
      where: { validTo: null },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
    client.programmeTarget.findUnique({
      where: { year },
      select: { neighborhoods: true, floorAreaM2: true, households: true, investmentFen: true },
    }),
    client.districtTargetShare.findMany({
      where: { year },
      select: { districtId: true, neighborhoods: true, floorAreaM2: true, households: true, investmentFen: true },
    }),
    client.annualPlan.findMany({
      where: { year, status: "APPROVED" },
      select: {
        id: true,
        districtId: true,
        approvedAt: true,
        reviews: { where: { action: "APPROVE" }, orderBy: { at: "desc" }, take: 1, select: { version: true } },
      },
    }),
    client.projectNeighborhood.findMany({
      where: { project: startedProjectWhere(year) },
      select: { neighborhoodId: true, project: { select: { districtId: true, stage: true } } },
    }),
  ]);
  const sums = await client.annualPlanEntry.groupBy({
    by: ["planId"],
    where: { planId: { in: plans.map((p) => p.id) } },
    _count: { _all: true },
    _sum: { floorAreaM2: true, households: true, investmentFen: true },
  });
  const approvedVersions = await client.annualPlanVersion.findMany({
    where: { OR: plans.filter((p) => p.reviews[0]).map((p) => ({ planId: p.id, version: p.reviews[0]!.version })) },
    select: { planId: true, entries: true },
  });
  const planDistrict = new Map(plans.map((p) => [p.id, p.districtId]));
  const approvedAt = new Map(plans.map((p) => [p.districtId, p.approvedAt]));
  const planned = new Map<string, Figures>();
  for (const s of sums) {
    planned.set(planDistrict.get(s.planId)!, {
      neighborhoods: s._count._all,
      floorAreaM2: Number(s._sum.floorAreaM2 ?? 0),
      households: s._sum.households ?? 0,
      investmentYuan: Number(s._sum.investmentFen ?? 0n) / 100,
    });
  }
  const plannedAtApproval: Record<string, number> = {};
  for (const v of approvedVersions) plannedAtApproval[planDistrict.get(v.planId)!] = (v.entries as unknown[]).length;
  const started = new Map<string, Set<string>>();
  const completed = new Map<string, Set<string>>();
  for (const link of projectLinks) {
    const d = link.project.districtId;
    (started.get(d) ?? started.set(d, new Set()).get(d)!).add(link.neighborhoodId);
    if (COMPLETED.includes(link.project.stage))
      (completed.get(d) ?? completed.set(d, new Set()).get(d)!).add(link.neighborhoodId);
  }
  const shareOf = new Map(shares.map((s) => [s.districtId, figures(s)]));
  const rows: DistrictInput[] = districts.map((d) => ({
    districtId: d.id,
    name: d.name,
    target: shareOf.get(d.id) ?? null,
    planned: planned.get(d.id) ?? ZERO,
    started: started.get(d.id)?.size ?? 0,
    completed: completed.get(d.id)?.size ?? 0,
    planApprovedAt: approvedAt.get(d.id) ?? null,
  }));
  return { ...computeRollup(year, target ? figures(target) : null, rows), plannedAtApproval };
}

export type SnapshotData = RollupWithApproval;

/** Stores the roll-up as it stands now. */
export async function takeSnapshot(
  client: Client,
  year: number,
  kind: SnapshotKind,
  takenById: string | null,
  now = new Date(),
) {
  const data = await loadRollup(client, year);
  return client.rollupSnapshot.create({
    data: { year, month: monthOf(now), kind, data: data as unknown as Prisma.InputJsonValue, takenById },
    select: { id: true, month: true, kind: true, takenAt: true },
  });
}

/**
 * Holds the year's snapshot lock to the end of the transaction: the monthly job on two machines,
 * or the job racing the commission's button, take the month's baseline once.
 */
export async function lockSnapshotYear(client: Pick<PrismaClient, "$executeRaw">, year: number): Promise<void> {
  await client.$executeRaw`SELECT pg_advisory_xact_lock(20210082, ${year})`;
}

/** Whether `now`'s month already has the year's baseline (its scheduled snapshot). */
export async function hasMonthlyBaseline(client: Client, year: number, now = new Date()): Promise<boolean> {
  const baseline = await client.rollupSnapshot.findFirst({
    where: { year, month: monthOf(now), kind: "MONTHLY" },
    select: { id: true },
  });
  return baseline !== null;
}

/** The month's scheduled snapshot, taken now if the job has not run yet this month. */
export async function ensureMonthlySnapshot(client: Client, year: number, now = new Date()): Promise<boolean> {
  if (await hasMonthlyBaseline(client, year, now)) return false;
  await takeSnapshot(client, year, "MONTHLY", null, now);
  return true;
}

/** The years the monthly job covers: every year with a target or a plan. */
export async function snapshotYears(client: Client): Promise<number[]> {
  const [targets, plans] = await Promise.all([
    client.programmeTarget.findMany({ select: { year: true } }),
    client.annualPlan.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  return [...new Set([...targets, ...plans].map((r) => r.year))].sort();
}
