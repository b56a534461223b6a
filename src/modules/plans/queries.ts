import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { districtScope, requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assessEligibility } from "@/modules/neighborhoods/eligibility";
import { diffSnapshots, type SnapshotEntry } from "./rules";

const PLAN = { zh: "年度计划", en: "annual plan" };

/** Plans the actor may see: their district's, or every district's for the commission. */
export async function listPlans(actor: Actor, filter: { year?: number; status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" } = {}) {
  const scope = districtScope(actor);
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
      id: true, year: true, status: true, version: true, submittedAt: true, approvedAt: true, updatedAt: true,
      district: { select: { name: true } },
      _count: { select: { entries: true } },
    },
  });
  const sums = await db.annualPlanEntry.groupBy({
    by: ["planId"],
    where: { planId: { in: plans.map((p) => p.id) } },
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
  const scope = districtScope(actor);
  const plan = await db.annualPlan.findFirst({
    where: { id: planId, ...scope, ...(actor.role === "COMMISSION" ? { version: { gt: 0 } } : {}) },
    select: {
      id: true, year: true, status: true, version: true, submittedAt: true, approvedAt: true, districtId: true,
      district: { select: { name: true } },
      entries: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, neighborhoodId: true, floorAreaM2: true, households: true, buildings: true, investmentFen: true,
          startQuarter: true, categories: true, residentsConsulted: true, note: true,
          neighborhood: { select: { name: true, address: true } },
        },
      },
      reviews: {
        orderBy: { at: "desc" },
        select: { id: true, version: true, action: true, comment: true, at: true, comments: { select: { entryId: true, body: true } } },
      },
      versions: { orderBy: { version: "desc" }, select: { version: true, entries: true, submittedAt: true } },
      amendments: { orderBy: { createdAt: "desc" }, select: { id: true, reason: true, createdAt: true } },
    },
  });
  if (!plan) throw new NotFoundError(PLAN);
  const [latest, previous] = plan.versions;
  // What the commission needs at review: the change from the previous submission to this one.
  const changes = latest && previous ? diffSnapshots(previous.entries as SnapshotEntry[], latest.entries as SnapshotEntry[]) : null;
  const lastReturn = plan.reviews.find((r) => r.action === "RETURN");
  const approvedVersion = plan.reviews.find((r) => r.action === "APPROVE")?.version ?? null;
  // "Plan at approval" against "plan now": what the recorded amendments changed since approval.
  const approved = approvedVersion === null ? undefined : plan.versions.find((v) => v.version === approvedVersion);
  const changesSinceApproval =
    approved && latest && latest.version !== approved.version ? diffSnapshots(approved.entries as SnapshotEntry[], latest.entries as SnapshotEntry[]) : null;
  return {
    ...plan,
    versions: plan.versions.map((v) => ({ version: v.version, submittedAt: v.submittedAt, entryCount: (v.entries as SnapshotEntry[]).length })),
    changes,
    changedFromVersion: previous?.version ?? null,
    lastReturn: lastReturn && plan.status === "RETURNED" ? lastReturn : null,
    approvedVersion,
    changesSinceApproval,
  };
}

/** The district's neighbourhoods in scope of the programme, for the entry form. */
export async function eligibleNeighborhoods(actor: Actor) {
  requireRole(actor, "DISTRICT");
  const district = await db.district.findUniqueOrThrow({ where: { id: actor.districtId! }, select: { allows2005Extension: true } });
  const rows = await db.neighborhood.findMany({
    where: { districtId: actor.districtId! },
    orderBy: { name: "asc" },
    select: { id: true, name: true, address: true, completionYear: true, poorCondition: true, buildingCount: true },
  });
  return rows
    .filter((n) => assessEligibility({ completionYear: n.completionYear, poorCondition: n.poorCondition, districtAllows2005: district.allows2005Extension }).eligible)
    .map(({ id, name, address, buildingCount }) => ({ id, name, address, buildingCount }));
}
