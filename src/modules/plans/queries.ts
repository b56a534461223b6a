import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/generated/prisma/client";
import {
  canReadDistrictLevel,
  districtLevelScope,
  isStreetScoped,
  neighborhoodScope,
  requireRole,
} from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assessEligibility } from "@/modules/neighborhoods/eligibility";
import { diffSnapshots, type SnapshotEntry } from "./rules";

const PLAN = "errors.things.annualPlan";

/** Whether the plan exists and the actor may read it (the import route asks before it reads the file). */
export async function canReadPlan(actor: Actor, planId: string): Promise<boolean> {
  const plan = await db.annualPlan.findUnique({ where: { id: planId }, select: { districtId: true } });
  return plan !== null && canReadDistrictLevel(actor, plan.districtId);
}

/**
 * The plan itself is district-level (every official of the district reads it); its entries are
 * records of their neighbourhoods: a street-scoped official sees only those of their streets.
 * Null for everyone else (all entries).
 */
function entryScope(actor: Actor): Prisma.AnnualPlanEntryWhereInput | null {
  return isStreetScoped(actor) ? { neighborhood: neighborhoodScope(actor) } : null;
}

/** Plans the actor may see: their district's, or every district's for the commission; counts and sums over the entries they may see. */
export async function listPlans(
  actor: Actor,
  filter: { year?: number; status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" } = {},
) {
  const scope = districtLevelScope(actor);
  const entries = entryScope(actor);
  // The commission sees a plan once it has been submitted; drafts are the district's own work.
  const where = {
    ...scope,
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(actor.role === "COMMISSION" ? { version: { gt: 0 } } : {}),
  };
  const plans = await db.annualPlan.findMany({
    where,
    orderBy: [{ year: "desc" }, { district: { sortOrder: "asc" } }],
    select: {
      id: true,
      year: true,
      status: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      updatedAt: true,
      district: { select: { name: true } },
      _count: { select: { entries: entries ? { where: entries } : true } },
    },
  });
  const sums = await db.annualPlanEntry.groupBy({
    by: ["planId"],
    where: { planId: { in: plans.map((p) => p.id) }, ...entries },
    _sum: { floorAreaM2: true, households: true, investmentFen: true },
  });
  const byPlan = new Map(sums.map((s) => [s.planId, s._sum]));
  return plans.map((p) => ({
    ...p,
    floorAreaM2: byPlan.get(p.id)?.floorAreaM2?.toString() ?? "0",
    households: byPlan.get(p.id)?.households ?? 0,
    investmentFen: byPlan.get(p.id)?.investmentFen ?? 0n,
  }));
}

/** One plan with its entries, reviews, versions and amendments, if the actor may see it. */
export async function getPlan(actor: Actor, planId: string) {
  const scope = districtLevelScope(actor);
  const entryWhere = entryScope(actor);
  const plan = await db.annualPlan.findFirst({
    where: { id: planId, ...scope, ...(actor.role === "COMMISSION" ? { version: { gt: 0 } } : {}) },
    select: {
      id: true,
      year: true,
      status: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      districtId: true,
      district: { select: { name: true } },
      entries: {
        ...(entryWhere ? { where: entryWhere } : {}),
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          neighborhoodId: true,
          floorAreaM2: true,
          households: true,
          buildings: true,
          investmentFen: true,
          startQuarter: true,
          categories: true,
          residentsConsulted: true,
          note: true,
          neighborhood: { select: { name: true, address: true } },
        },
      },
      reviews: {
        orderBy: { at: "desc" },
        select: {
          id: true,
          version: true,
          action: true,
          comment: true,
          at: true,
          comments: { select: { entryId: true, body: true } },
        },
      },
      versions: { orderBy: { version: "desc" }, select: { version: true, entries: true, submittedAt: true } },
      amendments: { orderBy: { createdAt: "desc" }, select: { id: true, reason: true, createdAt: true } },
    },
  });
  if (!plan) throw new NotFoundError(PLAN);
  const visible = await visibleSnapshotEntries(
    actor,
    plan.versions.map((v) => v.entries as SnapshotEntry[]),
  );
  const versions = plan.versions.map((v) => ({ ...v, entries: visible(v.entries as SnapshotEntry[]) }));
  const entryIds = new Set(plan.entries.map((e) => e.id));
  const reviews = entryWhere
    ? plan.reviews.map((r) => ({
        ...r,
        comments: r.comments.filter((c) => c.entryId === null || entryIds.has(c.entryId)),
      }))
    : plan.reviews;
  const [latest, previous] = versions;
  // What the commission needs at review: the change from the previous submission to this one.
  const changes =
    latest && previous ? diffSnapshots(previous.entries as SnapshotEntry[], latest.entries as SnapshotEntry[]) : null;
  const lastReturn = reviews.find((r) => r.action === "RETURN");
  const approvedVersion = reviews.find((r) => r.action === "APPROVE")?.version ?? null;
  // "Plan at approval" against "plan now": what the recorded amendments changed since approval.
  const approved = approvedVersion === null ? undefined : versions.find((v) => v.version === approvedVersion);
  const changesSinceApproval =
    approved && latest && latest.version !== approved.version
      ? diffSnapshots(approved.entries as SnapshotEntry[], latest.entries as SnapshotEntry[])
      : null;
  return {
    ...plan,
    reviews,
    /** Submitting and amending the plan is district-level work, not for a street-scoped official. */
    canManagePlan: !isStreetScoped(actor),
    versions: versions.map((v) => ({ version: v.version, submittedAt: v.submittedAt, entryCount: v.entries.length })),
    changes,
    changedFromVersion: previous?.version ?? null,
    lastReturn: lastReturn && plan.status === "RETURNED" ? lastReturn : null,
    approvedVersion,
    changesSinceApproval,
  };
}

/** The snapshot entries (of plan versions) the actor may see: for a street-scoped official, those of their streets' neighbourhoods. */
async function visibleSnapshotEntries(
  actor: Actor,
  snapshots: SnapshotEntry[][],
): Promise<(entries: SnapshotEntry[]) => SnapshotEntry[]> {
  if (!isStreetScoped(actor)) return (entries) => entries;
  const ids = [
    ...new Set(
      snapshots
        .flat()
        .map((e) => e.neighborhoodId)
        .filter((id) => id !== null),
    ),
  ];
  const mine = new Set(
    (
      await db.neighborhood.findMany({ where: { id: { in: ids }, ...neighborhoodScope(actor) }, select: { id: true } })
    ).map((n) => n.id),
  );
  return (entries) => entries.filter((e) => e.neighborhoodId !== null && mine.has(e.neighborhoodId));
}

/** The district's (or the official's streets') neighbourhoods in scope of the programme, for the entry form. */
export async function eligibleNeighborhoods(actor: Actor) {
  requireRole(actor, "DISTRICT");
  const district = await db.district.findUniqueOrThrow({
    where: { id: actor.districtId! },
    select: { allows2005Extension: true },
  });
  const rows = await db.neighborhood.findMany({
    where: neighborhoodScope(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, address: true, completionYear: true, poorCondition: true, buildingCount: true },
  });
  return rows
    .filter(
      (n) =>
        assessEligibility({
          completionYear: n.completionYear,
          poorCondition: n.poorCondition,
          districtAllows2005: district.allows2005Extension,
        }).eligible,
    )
    .map(({ id, name, address, buildingCount }) => ({ id, name, address, buildingCount }));
}
