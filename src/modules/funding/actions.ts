"use server";

import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage, assertCanManageDistrictLevel } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { defaultLiftCoefficients } from "./default-coefficients";
import { computeLiftSplit } from "./lift-split-data";
import { LIFT_ITEM_WHERE, estimatesOf } from "./queries";
import { checkFundDecision, checkRecordAmounts, checkSurplus, FUND_DECISION, type Check } from "./rules";
import {
  CreateFundingRecordInput,
  DeleteFundingRecordInput,
  MarkSharePaidInput,
  SaveCoefficientsInput,
  SeedDefaultCoefficientsInput,
  SplitLiftCostInput,
  UpdateFundingRecordInput,
} from "./schema";
import { ref } from "@/lib/i18n/message-ref";
import { oneByOne } from "@/lib/one-by-one";

const PROJECT = "errors.things.project";
const RECORD = "errors.things.fundingRecord";
const stale = () => new ConflictError(ref("errors.funding.someoneElseChangedThisRecordFirst"));

const ledgerPaths = (projectId: string) => [
  `/district/projects/${projectId}/funding`,
  "/district/funding",
  "/commission/funding",
];

function enforce(check: Check): void {
  if (!check.ok) throw new RuleViolationError(check.reason);
}

/** The project, locked for the change, if the actor is one of its district's officials (of its streets, for a street-scoped one). */
async function managedProject(tx: Tx, actor: Actor, projectId: string) {
  const row = await tx.project.findUnique({ where: { id: projectId }, select: { id: true, ...PROJECT_PLACE_SELECT } });
  if (!row) throw new NotFoundError(PROJECT);
  assertCanManage(actor, projectPlace(row));
  const project = { id: row.id, districtId: row.districtId };
  // One ledger change per project at a time, so the surplus check sees the other's result.
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${project.id} FOR UPDATE`;
  return project;
}

/** A record the actor may change, as they saw it: its project locked, and refused if someone saved since. */
async function recordAsShown(tx: Tx, actor: Actor, input: { recordId: string; updatedAt: Date }) {
  const before = await tx.fundingRecord.findUnique({ where: { id: input.recordId }, select: RECORD_SELECT });
  if (!before) throw new NotFoundError(RECORD);
  const project = await managedProject(tx, actor, before.projectId);
  if (before.updatedAt.getTime() !== input.updatedAt.getTime()) throw stale();
  return { project, before };
}

type RecordFields = z.infer<typeof CreateFundingRecordInput>;

/** Every check of a record's content, before anything is written or uploaded. */
async function checkRecord(
  tx: Tx,
  projectId: string,
  input: RecordFields | z.infer<typeof UpdateFundingRecordInput>,
  previousPlannedFen: bigint,
) {
  enforce(
    checkRecordAmounts({
      status: input.status,
      plannedFen: input.planned,
      committedFen: input.committed,
      paidFen: input.paid,
    }),
  );
  if (input.projectItemId) {
    const item = await tx.projectItem.findUnique({ where: { id: input.projectItemId }, select: { projectId: true } });
    if (!item || item.projectId !== projectId)
      throw new RuleViolationError(ref("errors.funding.theChosenItemBelongsToAnother"));
  }
  const needsDecision = Boolean(FUND_DECISION[input.source]);
  const ballotItem =
    needsDecision && input.ballotItemId
      ? await tx.ballotItem.findUnique({
          where: { id: input.ballotItemId },
          select: { matter: true, outcome: true, title: true, ballot: { select: { projectId: true, status: true } } },
        })
      : null;
  enforce(
    checkFundDecision(
      input.source,
      projectId,
      ballotItem
        ? {
            projectId: ballotItem.ballot.projectId,
            matter: ballotItem.matter,
            outcome: ballotItem.outcome,
            ballotStatus: ballotItem.ballot.status,
            title: ballotItem.title,
          }
        : null,
    ),
  );
  const [estimates, total] = await oneByOne(
    () => estimatesOf(tx, [projectId]),
    () => tx.fundingRecord.aggregate({ where: { projectId }, _sum: { plannedFen: true } }),
  );
  const before = total._sum.plannedFen ?? 0n;
  enforce(
    checkSurplus(
      estimates.get(projectId) ?? 0n,
      before,
      before - previousPlannedFen + input.planned,
      input.confirmSurplus,
    ),
  );
  return { ballotItemId: needsDecision ? (input.ballotItemId ?? null) : null };
}

const recordData = (input: RecordFields | z.infer<typeof UpdateFundingRecordInput>, ballotItemId: string | null) => ({
  source: input.source,
  status: input.status,
  plannedFen: input.planned,
  committedFen: input.committed,
  paidFen: input.paid,
  recordedOn: input.recordedOn,
  documentRef: input.documentRef,
  note: input.note,
  projectItemId: input.projectItemId ?? null,
  ballotItemId,
});

const RECORD_SELECT = {
  id: true,
  projectId: true,
  source: true,
  status: true,
  plannedFen: true,
  committedFen: true,
  paidFen: true,
  recordedOn: true,
  documentRef: true,
  note: true,
  projectItemId: true,
  ballotItemId: true,
  attachmentKey: true,
  updatedAt: true,
} as const;

export const createFundingRecord = defineAction({
  name: "funding.createRecord",
  input: CreateFundingRecordInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    const { ballotItemId } = await checkRecord(tx, project.id, input, 0n);
    return { project, ballotItemId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    // Only after every check is the file looked at and stored.
    const stored = input.attachment ? await saveUpload(input.attachment, "document", "attachment") : null;
    const record = await tx.fundingRecord.create({
      data: {
        projectId: scope.project.id,
        ...recordData(input, scope.ballotItemId),
        attachmentKey: stored?.storageKey ?? null,
        createdById: actor.id,
      },
      select: RECORD_SELECT,
    });
    await audit({
      action: "funding.createRecord",
      entityType: "FundingRecord",
      entityId: record.id,
      districtId: scope.project.districtId,
      after: record,
    });
    return { id: record.id, projectId: scope.project.id };
  },
  revalidate: (input) => ledgerPaths(input.projectId),
});

export const updateFundingRecord = defineAction({
  name: "funding.updateRecord",
  input: UpdateFundingRecordInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const { project, before } = await recordAsShown(tx, actor, input);
    const { ballotItemId } = await checkRecord(tx, project.id, input, before.plannedFen);
    return { project, before, ballotItemId };
  },
  run: async ({ input, tx, scope, audit }) => {
    const stored = input.attachment ? await saveUpload(input.attachment, "document", "attachment") : null;
    const { count } = await tx.fundingRecord.updateMany({
      where: { id: scope.before.id, updatedAt: input.updatedAt },
      data: { ...recordData(input, scope.ballotItemId), ...(stored ? { attachmentKey: stored.storageKey } : {}) },
    });
    if (count === 0) throw stale();
    const after = await tx.fundingRecord.findUniqueOrThrow({ where: { id: scope.before.id }, select: RECORD_SELECT });
    await audit({
      action: "funding.updateRecord",
      entityType: "FundingRecord",
      entityId: after.id,
      districtId: scope.project.districtId,
      before: scope.before,
      after,
    });
    return { id: after.id, projectId: scope.project.id };
  },
  revalidate: (_input, result) => ledgerPaths(result.projectId),
});

export const deleteFundingRecord = defineAction({
  name: "funding.deleteRecord",
  input: DeleteFundingRecordInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const { project, before } = await recordAsShown(tx, actor, input);
    // Money that was promised or has arrived stays on the books; correct it by editing instead.
    if (before.status !== "PLANNED") {
      throw new RuleViolationError(ref("errors.funding.onlyPlannedRecordsCanBeDeleted"));
    }
    return { project, before };
  },
  run: async ({ input, tx, scope, audit }) => {
    const { count } = await tx.fundingRecord.deleteMany({ where: { id: scope.before.id, updatedAt: input.updatedAt } });
    if (count === 0) throw stale();
    await audit({
      action: "funding.deleteRecord",
      entityType: "FundingRecord",
      entityId: scope.before.id,
      districtId: scope.project.districtId,
      before: scope.before,
    });
    return { projectId: scope.project.id };
  },
  revalidate: (_input, result) => ledgerPaths(result.projectId),
});

// ───────────── Lift cost split ─────────────

/** The lift coefficient table is a district-wide setting: the whole district's officials set it. */
function ownDistrict(actor: Actor): string {
  if (!actor.districtId) throw new ForbiddenError(ref("errors.funding.yourAccountHasNoDistrict"));
  assertCanManageDistrictLevel(actor, actor.districtId);
  return actor.districtId;
}

const TABLE_PATH = "/district/funding/lift-coefficients";

export const saveLiftCoefficients = defineAction({
  name: "funding.saveLiftCoefficients",
  input: SaveCoefficientsInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor }) => ownDistrict(actor),
  run: async ({ input, tx, scope: districtId, audit }) => {
    const before = await tx.liftCoefficient.findMany({
      where: { districtId },
      orderBy: { floor: "asc" },
      select: { floor: true, coefficient: true },
    });
    await tx.liftCoefficient.deleteMany({ where: { districtId } });
    await tx.liftCoefficient.createMany({
      data: input.map((r) => ({ districtId, floor: r.floor, coefficient: r.coefficient })),
    });
    await audit({
      action: "funding.saveLiftCoefficients",
      entityType: "District",
      entityId: districtId,
      districtId,
      before: before.map((r) => ({ floor: r.floor, coefficient: r.coefficient.toString() })),
      after: input,
    });
    return { floors: input.length };
  },
  revalidate: () => [TABLE_PATH],
});

export const seedDefaultLiftCoefficients = defineAction({
  name: "funding.seedDefaultLiftCoefficients",
  input: SeedDefaultCoefficientsInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, tx }) => {
    const districtId = ownDistrict(actor);
    if (await tx.liftCoefficient.count({ where: { districtId } })) {
      throw new RuleViolationError(ref("errors.funding.theDistrictAlreadyHasATable"));
    }
    return districtId;
  },
  run: async ({ tx, scope: districtId, audit }) => {
    const rows = defaultLiftCoefficients();
    await tx.liftCoefficient.createMany({ data: rows.map((r) => ({ districtId, ...r })) });
    await audit({
      action: "funding.seedDefaultLiftCoefficients",
      entityType: "District",
      entityId: districtId,
      districtId,
      after: rows,
    });
    return { floors: rows.length };
  },
  revalidate: () => [TABLE_PATH],
});

export const splitLift = defineAction({
  name: "funding.splitLift",
  input: SplitLiftCostInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const item = await tx.projectItem.findFirst({
      where: { id: input.projectItemId, ...LIFT_ITEM_WHERE },
      select: {
        id: true,
        projectId: true,
        unitId: true,
        estimatedCostFen: true,
        status: true,
        project: { select: PROJECT_PLACE_SELECT },
      },
    });
    if (!item || !item.unitId) throw new NotFoundError("errors.things.liftItem");
    assertCanManage(actor, projectPlace(item.project));
    await tx.$queryRaw`SELECT id FROM "ProjectItem" WHERE id = ${item.id} FOR UPDATE`;
    if (item.status === "DROPPED" || item.status === "REJECTED") {
      throw new RuleViolationError(ref("errors.funding.thisLiftItemWasRejectedOr"));
    }
    const paid = await tx.liftCostShare.count({ where: { projectItemId: item.id, payment: { not: "UNPAID" } } });
    if (paid > 0) {
      throw new RuleViolationError(ref("errors.funding.sharesPaid", { paid: String(paid) }));
    }
    return item;
  },
  run: async ({ tx, scope: item, audit }) => {
    const before = await tx.liftCostShare.findMany({
      where: { projectItemId: item.id },
      select: { dwellingId: true, fen: true },
    });
    const split = await computeLiftSplit(tx, {
      id: item.id,
      unitId: item.unitId!,
      estimatedCostFen: item.estimatedCostFen,
      districtId: item.project.districtId,
    });
    if (!split.ok) throw new RuleViolationError(split.reason);
    const { shares, subsidyFen, table } = split;
    await tx.liftCostShare.deleteMany({ where: { projectItemId: item.id } });
    await tx.liftCostShare.createMany({
      data: shares.map((s) => ({ projectItemId: item.id, dwellingId: s.id, fen: BigInt(s.fen) })),
    });
    await audit({
      action: "funding.splitLift",
      entityType: "ProjectItem",
      entityId: item.id,
      districtId: item.project.districtId,
      before: before.length ? before : undefined,
      after: {
        totalFen: item.estimatedCostFen,
        subsidyFen,
        table,
        shares: shares.map((s) => ({ dwellingId: s.id, fen: s.fen })),
      },
    });
    return { projectId: item.projectId, dwellings: shares.length, residentsFen: item.estimatedCostFen - subsidyFen };
  },
  revalidate: (input, result) => [
    `/district/projects/${result.projectId}/funding`,
    `/district/projects/${result.projectId}/funding/lift/${input.projectItemId}`,
  ],
});

export const markLiftSharePaid = defineAction({
  name: "funding.markLiftSharePaid",
  input: MarkSharePaidInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const share = await tx.liftCostShare.findUnique({
      where: { id: input.shareId },
      select: {
        id: true,
        fen: true,
        payment: true,
        paidAt: true,
        dwellingId: true,
        projectItemId: true,
        projectItem: { select: { projectId: true, project: { select: PROJECT_PLACE_SELECT } } },
      },
    });
    if (!share) throw new NotFoundError("errors.things.share");
    assertCanManage(actor, projectPlace(share.projectItem.project));
    // Serialised with recomputing the split, which replaces unpaid shares of the same item.
    await tx.$queryRaw`SELECT id FROM "ProjectItem" WHERE id = ${share.projectItemId} FOR UPDATE`;
    if (share.payment !== input.expected)
      throw new ConflictError(ref("errors.funding.someoneElseUpdatedThisPaymentFirst"));
    if (input.payment !== "UNPAID" && share.fen === 0n)
      throw new RuleViolationError(ref("errors.funding.thisDwellingSShareIs0"));
    return share;
  },
  run: async ({ input, tx, scope: share, audit }) => {
    const paidAt =
      input.payment === "UNPAID" ? null : (input.paidAt ?? new Date(new Date().toISOString().slice(0, 10)));
    const { count } = await tx.liftCostShare.updateMany({
      where: { id: share.id, payment: input.expected },
      data: { payment: input.payment, paidAt },
    });
    if (count === 0) throw new ConflictError(ref("errors.funding.someoneElseUpdatedThisPaymentFirst"));
    await audit({
      action: "funding.markLiftSharePaid",
      entityType: "ProjectItem",
      entityId: share.projectItemId,
      districtId: share.projectItem.project.districtId,
      before: {
        shareId: share.id,
        dwellingId: share.dwellingId,
        fen: share.fen,
        payment: share.payment,
        paidAt: share.paidAt,
      },
      after: { shareId: share.id, dwellingId: share.dwellingId, fen: share.fen, payment: input.payment, paidAt },
    });
    return { projectId: share.projectItem.projectId, projectItemId: share.projectItemId };
  },
  revalidate: (_input, result) => [`/district/projects/${result.projectId}/funding/lift/${result.projectItemId}`],
});
