import "server-only";
// Reads of the funding ledger, each scoped: a district official sees their own district (a
// street-scoped one the projects of their streets, and the district summary over those), the
// commission the whole city (read-only), a resident only the lift share of their own dwelling.
// A project outside the actor's scope reads as "not found".
import { Prisma } from "@/generated/prisma/client";
import type { FundingSource } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { canRead, canReadDistrictLevel, isStreetScoped, projectScope, requireRole } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { db, type Db, type Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { fundingBalance, liftSubsidyOf } from "./rules";
import { summarize, type GroupedRow } from "./summary";
import { storedFileType } from "@/lib/storage";
import { ref } from "@/lib/i18n/message-ref";

const PROJECT = "errors.things.project";
const COUNTED_ITEM: Prisma.ProjectItemWhereInput = { status: { notIn: ["DROPPED", "REJECTED"] } };
export const LIFT_ITEM_WHERE = {
  unitId: { not: null },
  catalogueItem: { tags: { has: "lift" } },
} satisfies Prisma.ProjectItemWhereInput;

/** The project's district if the actor may read it; otherwise "not found", as for a missing project. */
async function readableProject(actor: Actor, projectId: string) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      code: true,
      name: true,
      year: true,
      stage: true,
      district: { select: { name: true } },
      ...PROJECT_PLACE_SELECT,
    },
  });
  if (!project || !canRead(actor, projectPlace(project))) throw new NotFoundError(PROJECT);
  const { neighborhoods: _neighborhoods, ...rest } = project;
  return rest;
}

/** Estimated cost of each project: its items, leaving out dropped and rejected ones. */
export async function estimatesOf(client: Db | Tx, projectIds: string[]): Promise<Map<string, bigint>> {
  const rows = await client.projectItem.groupBy({
    by: ["projectId"],
    where: { projectId: { in: projectIds }, ...COUNTED_ITEM },
    _sum: { estimatedCostFen: true },
  });
  return new Map(rows.map((r) => [r.projectId, r._sum?.estimatedCostFen ?? 0n]));
}

/** Funding amounts grouped by district, source and year (of the record's date), for the given filter. */
async function groupedRows(filter: {
  projectId?: string;
  districtId?: string;
  projectIds?: string[];
}): Promise<GroupedRow[]> {
  const conditions = [Prisma.sql`TRUE`];
  if (filter.projectId) conditions.push(Prisma.sql`r."projectId" = ${filter.projectId}`);
  if (filter.projectIds) {
    if (filter.projectIds.length === 0) return [];
    conditions.push(Prisma.sql`r."projectId" IN (${Prisma.join(filter.projectIds)})`);
  }
  if (filter.districtId) conditions.push(Prisma.sql`p."districtId" = ${filter.districtId}`);
  const rows = await db.$queryRaw<
    {
      districtId: string;
      source: FundingSource;
      year: number;
      planned: bigint;
      committed: bigint;
      paid: bigint;
      records: bigint;
    }[]
  >`
    SELECT p."districtId" AS "districtId", r.source AS source, EXTRACT(YEAR FROM r."recordedOn")::int AS year,
           SUM(r."plannedFen")::bigint AS planned, SUM(r."committedFen")::bigint AS committed, SUM(r."paidFen")::bigint AS paid,
           COUNT(*)::bigint AS records
    FROM "FundingRecord" r JOIN "Project" p ON p.id = r."projectId"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2, 3`;
  return rows.map((r) => ({
    districtId: r.districtId,
    source: r.source,
    year: r.year,
    plannedFen: r.planned,
    committedFen: r.committed,
    paidFen: r.paid,
    records: Number(r.records),
  }));
}

/** The ledger page of one project: records, what they can link to, the summary and the balance. */
export async function projectLedger(actor: Actor, projectId: string) {
  const project = await readableProject(actor, projectId);
  const [records, items, decisions, estimates, rows] = await Promise.all([
    db.fundingRecord.findMany({
      where: { projectId },
      orderBy: [{ source: "asc" }, { recordedOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        source: true,
        status: true,
        plannedFen: true,
        committedFen: true,
        paidFen: true,
        recordedOn: true,
        documentRef: true,
        note: true,
        attachmentKey: true,
        updatedAt: true,
        projectItemId: true,
        ballotItemId: true,
        projectItem: {
          select: {
            catalogueItem: { select: { name: true, nameEn: true } },
            unit: { select: { name: true, building: { select: { name: true } } } },
          },
        },
        ballotItem: { select: { title: true, ballotId: true } },
      },
    }),
    db.projectItem.findMany({
      where: { projectId, ...COUNTED_ITEM },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        estimatedCostFen: true,
        unitId: true,
        catalogueItem: { select: { name: true, nameEn: true, tags: true } },
        unit: { select: { name: true, building: { select: { name: true } } } },
        _count: { select: { liftShares: true } },
      },
    }),
    // Decisions a maintenance-fund record can cite: passed and final items of this project's ballots.
    db.ballotItem.findMany({
      where: { ballot: { projectId, status: "FINAL" }, outcome: "PASSED" },
      orderBy: [{ ballot: { createdAt: "asc" } }, { sortOrder: "asc" }],
      select: { id: true, title: true, matter: true, ballotId: true, ballot: { select: { title: true } } },
    }),
    estimatesOf(db, [projectId]),
    groupedRows({ projectId }),
  ]);
  const ballots = await db.ballot.findMany({
    where: { projectId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true },
  });
  const estimateFen = estimates.get(projectId) ?? 0n;
  const summary = summarize(rows);
  return {
    project,
    canEdit: actor.role === "DISTRICT" && actor.districtId === project.districtId,
    records,
    items,
    liftItems: items.filter((i) => i.unitId && i.catalogueItem.tags.includes("lift")),
    decisions,
    ballots,
    estimateFen,
    summary,
    balance: fundingBalance(estimateFen, summary.total.plannedFen),
  };
}

/** A funding record's attachment, if the actor may read its project. */
export async function fundingAttachment(actor: Actor, projectId: string, recordId: string) {
  await readableProject(actor, projectId);
  const record = await db.fundingRecord.findUnique({
    where: { id: recordId },
    select: { projectId: true, attachmentKey: true, documentRef: true },
  });
  if (!record || record.projectId !== projectId || !record.attachmentKey)
    throw new NotFoundError("errors.things.attachment");
  const { ext, mimeType } = storedFileType(record.attachmentKey);
  return { storageKey: record.attachmentKey, mimeType, fileName: `${record.documentRef || "资金附件"}.${ext}` };
}

/** The district whose summary the actor asked for: a district official's own; the commission picks one. */
async function readableDistrict(actor: Actor, districtId?: string) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  const id = actor.role === "DISTRICT" ? actor.districtId : districtId;
  if (!id) throw new NotFoundError("errors.things.district");
  if (actor.role === "DISTRICT" && districtId && districtId !== actor.districtId)
    throw new NotFoundError("errors.things.district");
  const district = await db.district.findUnique({ where: { id }, select: { id: true, name: true, code: true } });
  if (!district || !canReadDistrictLevel(actor, district.id)) throw new NotFoundError("errors.things.district");
  return district;
}

/**
 * A district's funding: shares, by source and year, and each project against its estimate. For a
 * street-scoped official both cover only the projects of their streets (`streetScoped` says so).
 */
export async function districtFunding(actor: Actor, districtId?: string) {
  const district = await readableDistrict(actor, districtId);
  const streetScoped = isStreetScoped(actor);
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { districtId: district.id }] },
    orderBy: [{ year: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, year: true, stage: true },
  });
  const ids = projects.map((p) => p.id);
  const rows = await groupedRows(streetScoped ? { projectIds: ids } : { districtId: district.id });
  const [estimates, perProject] = await Promise.all([
    estimatesOf(db, ids),
    db.fundingRecord.groupBy({
      by: ["projectId"],
      where: { projectId: { in: ids } },
      _sum: { plannedFen: true, committedFen: true, paidFen: true },
    }),
  ]);
  const amounts = new Map(
    perProject.map((r) => [
      r.projectId,
      { plannedFen: r._sum.plannedFen ?? 0n, committedFen: r._sum.committedFen ?? 0n, paidFen: r._sum.paidFen ?? 0n },
    ]),
  );
  return {
    district,
    streetScoped,
    summary: summarize(rows),
    projects: projects.map((p) => {
      const a = amounts.get(p.id) ?? { plannedFen: 0n, committedFen: 0n, paidFen: 0n };
      const estimateFen = estimates.get(p.id) ?? 0n;
      return { ...p, ...a, estimateFen, balance: fundingBalance(estimateFen, a.plannedFen) };
    }),
  };
}

/** The city: shares, by source and year, and a row per district. The commission's view. */
export async function cityFunding(actor: Actor) {
  if (actor.role !== "COMMISSION") throw new ForbiddenError(ref("errors.funding.onlyTheCommissionSeesTheCity"));
  const [rows, districts] = await Promise.all([
    groupedRows({}),
    db.district.findMany({
      where: { validTo: null },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, code: true },
    }),
  ]);
  const summary = summarize(rows);
  return { summary, districts: districts.map((d) => ({ ...d, amounts: summary.byDistrict.get(d.id) ?? null })) };
}

/** The coefficient table of the actor's district (the commission reads a chosen one). */
export async function liftCoefficientTable(actor: Actor, districtId?: string) {
  const district = await readableDistrict(actor, districtId);
  const rows = await db.liftCoefficient.findMany({
    where: { districtId: district.id },
    orderBy: { floor: "asc" },
    select: { floor: true, coefficient: true },
  });
  const tallest = await db.stairUnit.aggregate({
    where: { building: { neighborhood: { districtId: district.id } } },
    _max: { floors: true },
  });
  return {
    district,
    canEdit: actor.role === "DISTRICT" && actor.districtId === district.id && !isStreetScoped(actor),
    rows: rows.map((r) => ({ floor: r.floor, coefficient: r.coefficient.toString() })),
    tallestFloor: tallest._max.floors ?? 0,
  };
}

/** A lift item of a project with its unit's dwellings, their stored shares and what the split is based on. */
export async function liftSplit(actor: Actor, projectId: string, projectItemId: string) {
  const project = await readableProject(actor, projectId);
  const item = await db.projectItem.findFirst({
    where: { id: projectItemId, projectId, ...LIFT_ITEM_WHERE },
    select: {
      id: true,
      estimatedCostFen: true,
      status: true,
      unitId: true,
      catalogueItem: { select: { name: true, nameEn: true } },
      unit: { select: { name: true, building: { select: { name: true, neighborhood: { select: { name: true } } } } } },
    },
  });
  if (!item || !item.unitId) throw new NotFoundError("errors.things.liftItem");
  const [dwellings, shares, subsidyRecords, coefficientCount] = await Promise.all([
    db.dwelling.findMany({
      where: { unitId: item.unitId },
      orderBy: [{ floor: "asc" }, { room: "asc" }],
      select: { id: true, room: true, floor: true, areaM2: true },
    }),
    db.liftCostShare.findMany({
      where: { projectItemId: item.id },
      select: { id: true, dwellingId: true, fen: true, payment: true, paidAt: true },
    }),
    db.fundingRecord.findMany({ where: { projectItemId: item.id }, select: { source: true, plannedFen: true } }),
    db.liftCoefficient.count({ where: { districtId: project.districtId } }),
  ]);
  const subsidyFen = liftSubsidyOf(subsidyRecords);
  const byDwelling = new Map(shares.map((s) => [s.dwellingId, s]));
  return {
    project,
    item,
    canEdit: actor.role === "DISTRICT" && actor.districtId === project.districtId,
    hasTable: coefficientCount > 0,
    subsidyFen,
    residentsFen: item.estimatedCostFen - subsidyFen,
    dwellings: dwellings.map((d) => ({ ...d, areaM2: d.areaM2.toString(), share: byDwelling.get(d.id) ?? null })),
    sharesTotalFen: shares.reduce((sum, s) => sum + s.fen, 0n),
    paidCount: shares.filter((s) => s.payment !== "UNPAID").length,
  };
}

/** The lift shares of the resident's own dwellings in a project (none if not bound or not split). */
export async function myLiftShares(actor: Actor, projectId: string) {
  if (actor.role !== "RESIDENT") return [];
  return db.liftCostShare.findMany({
    where: {
      projectItem: { projectId, ...COUNTED_ITEM },
      dwelling: { residents: { some: { userId: actor.id, revokedAt: null } } },
    },
    orderBy: { dwelling: { room: "asc" } },
    select: {
      id: true,
      fen: true,
      payment: true,
      paidAt: true,
      dwelling: {
        select: {
          room: true,
          floor: true,
          areaM2: true,
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
      projectItem: { select: { estimatedCostFen: true } },
    },
  });
}

/** Every audited change of the project's ledger and lift splits, newest first. */
export async function ledgerHistory(actor: Actor, projectId: string) {
  await readableProject(actor, projectId);
  const liftItems = await db.projectItem.findMany({ where: { projectId, ...LIFT_ITEM_WHERE }, select: { id: true } });
  return db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "FundingRecord", after: { path: ["projectId"], equals: projectId } },
        {
          entityType: "FundingRecord",
          action: "funding.deleteRecord",
          before: { path: ["projectId"], equals: projectId },
        },
        { entityType: "ProjectItem", entityId: { in: liftItems.map((i) => i.id) }, action: { startsWith: "funding." } },
      ],
    },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { displayName: true } } },
  });
}
