"use server";
// The annual plan's workflow: a district enters entries (form or Excel) into its draft, submits;
// the commission returns it with comments or approves it; an approved plan changes only by a
// recorded amendment. Every submission and amendment is kept as a version.
import type { Prisma } from "@/generated/prisma/client";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import {
  assertCanManage,
  assertCanManageDistrictLevel,
  canRead,
  canReadDistrictLevel,
  requireRole,
  type Place,
} from "@/lib/auth/guards";
import { neighborhoodPlace } from "@/lib/auth/place";
import { getRequestContext } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { ref } from "@/lib/i18n/message-ref";
import { translateMessage } from "@/lib/i18n/translate";
import { entryFacts, entryFactsForMany } from "./facts";
import { missingHeaders, parseRow } from "./import-rows";
import { canReview, canSubmit, checkEntry, editRule } from "./rules";
import {
  ApprovePlanInput,
  CreatePlanInput,
  EntryInput,
  ImportRowsInput,
  PlanIdInput,
  RemoveEntryInput,
  ReturnPlanInput,
} from "./schema";
import { currentSnapshot, recordVersion } from "./versions";

const PLAN = "errors.things.annualPlan";
const planPaths = (planId: string) => [
  `/district/plans/${planId}`,
  "/district/plans",
  `/commission/plans/${planId}`,
  "/commission/plans",
  "/commission/rollup",
];

async function findPlan(tx: Tx, planId: string) {
  const plan = await tx.annualPlan.findUnique({
    where: { id: planId },
    select: { id: true, districtId: true, year: true, status: true, version: true },
  });
  if (!plan) throw new NotFoundError(PLAN);
  return plan;
}

/**
 * The district's own plan; another district's plan is reported as not found, so its existence does
 * not leak. A street-scoped official reaches it too, for the entries of their streets (see `entryPlace`).
 */
async function ownPlan(tx: Tx, actor: Actor, planId: string) {
  const plan = await findPlan(tx, planId);
  if (actor.role !== "DISTRICT" || !canReadDistrictLevel(actor, plan.districtId)) throw new NotFoundError(PLAN);
  return plan;
}

/** The plan as a whole (submit): district-level work. */
async function ownPlanAsDistrict(tx: Tx, actor: Actor, planId: string) {
  const plan = await ownPlan(tx, actor, planId);
  assertCanManageDistrictLevel(actor, plan.districtId);
  return plan;
}

/** An entry's place is its neighbourhood's; an entry without one is district-level (no street). */
async function entryPlace(tx: Tx, plan: { districtId: string }, neighborhoodId: string | null): Promise<Place> {
  const n = neighborhoodId
    ? await tx.neighborhood.findUnique({ where: { id: neighborhoodId }, select: { streetId: true } })
    : null;
  return n
    ? neighborhoodPlace({ districtId: plan.districtId, streetId: n.streetId })
    : { districtId: plan.districtId, streetIds: [] };
}

/** Entries are changed only for neighbourhoods of the official's streets; changing an approved plan is an amendment, district-level work. */
async function assertCanEditEntry(
  tx: Tx,
  actor: Actor,
  plan: { districtId: string; status: Parameters<typeof editRule>[0] },
  neighborhoodIds: (string | null)[],
) {
  const rule = editRule(plan.status);
  if (rule.editable && rule.amendment) assertCanManageDistrictLevel(actor, plan.districtId);
  for (const id of neighborhoodIds) assertCanManage(actor, await entryPlace(tx, plan, id));
}

function editableOrThrow(status: Parameters<typeof editRule>[0], amendmentReason: string | undefined) {
  const rule = editRule(status);
  if (!rule.editable)
    throw new RuleViolationError({ zh: rule.reason, en: "The plan is awaiting review and cannot be changed." });
  if (rule.amendment && !amendmentReason) {
    throw new InvalidInputError(
      { amendmentReason: ["validation.plans.thePlanIsApprovedGiveThe"] },
      ref("errors.plans.thePlanIsApprovedGiveA"),
    );
  }
  return rule.amendment;
}

async function recordAmendment(tx: Tx, actor: Actor, planId: string, reason: string, changes: unknown) {
  const version = await recordVersion(tx, planId, actor.id);
  await tx.planAmendment.create({
    data: {
      planId,
      reason,
      changes: JSON.parse(JSON.stringify(changes, bigints)) as Prisma.InputJsonValue,
      createdById: actor.id,
    },
  });
  await tx.planReview.create({ data: { planId, version, action: "AMEND", comment: reason, actorId: actor.id } });
}

const bigints = (_key: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

export const createPlan = defineAction({
  name: "plan.create",
  input: CreatePlanInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor }) => {
    if (!actor.districtId) throw new NotFoundError("errors.things.district");
    assertCanManageDistrictLevel(actor, actor.districtId);
    return { districtId: actor.districtId };
  },
  run: async ({ input, tx, scope, audit }) => {
    const existing = await tx.annualPlan.findUnique({
      where: { districtId_year: { districtId: scope.districtId, year: input.year } },
      select: { id: true },
    });
    if (existing) throw new ConflictError(ref("errors.plans.planExists", { year: String(input.year) }));
    const plan = await tx.annualPlan.create({
      data: { districtId: scope.districtId, year: input.year },
      select: { id: true, year: true },
    });
    await audit({
      action: "plan.create",
      entityType: "AnnualPlan",
      entityId: plan.id,
      districtId: scope.districtId,
      after: plan,
    });
    return plan;
  },
  revalidate: () => ["/district/plans"],
});

export const saveEntry = defineAction({
  name: "plan.saveEntry",
  input: EntryInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const plan = await ownPlan(tx, actor, input.planId);
    const before = input.entryId
      ? await tx.annualPlanEntry.findFirst({ where: { id: input.entryId, planId: plan.id } })
      : null;
    if (input.entryId && !before) throw new NotFoundError("errors.things.planEntry");
    // The place of the entry as it was and as it will be: a street-scoped official moves neither out of nor into another street.
    await assertCanEditEntry(
      tx,
      actor,
      plan,
      before ? [before.neighborhoodId, input.neighborhoodId] : [input.neighborhoodId],
    );
    return { plan, before };
  },
  run: async ({ actor, input, tx, scope: { plan, before }, audit }) => {
    const amendment = editableOrThrow(plan.status, input.amendmentReason);
    const figures = {
      floorAreaM2: Number(input.floorAreaM2),
      households: input.households,
      buildings: input.buildings,
      investmentFen: input.investmentFen,
      startQuarter: input.startQuarter,
      categories: input.categories,
    };
    const problems = checkEntry(figures, await entryFacts(tx, plan, input.neighborhoodId, input.entryId));
    if (Object.keys(problems).length > 0)
      throw new InvalidInputError(problems, ref("errors.plans.theEntryDoesNotMeetThe"));
    const data = {
      neighborhoodId: input.neighborhoodId,
      floorAreaM2: input.floorAreaM2,
      households: figures.households,
      buildings: figures.buildings,
      investmentFen: figures.investmentFen,
      startQuarter: figures.startQuarter,
      categories: figures.categories,
      residentsConsulted: input.residentsConsulted,
      note: input.note,
    };
    const entry = before
      ? await tx.annualPlanEntry.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.annualPlanEntry.create({
          data: { ...data, planId: plan.id, sortOrder: await tx.annualPlanEntry.count({ where: { planId: plan.id } }) },
          select: { id: true },
        });
    if (amendment)
      await recordAmendment(tx, actor, plan.id, input.amendmentReason!, {
        kind: before ? "update" : "add",
        before,
        after: data,
      });
    await audit({
      action: amendment ? "plan.amendEntry" : "plan.saveEntry",
      entityType: "AnnualPlanEntry",
      entityId: entry.id,
      districtId: plan.districtId,
      before,
      after: data,
    });
    return { id: entry.id };
  },
  revalidate: (input) => planPaths(input.planId),
});

export const removeEntry = defineAction({
  name: "plan.removeEntry",
  input: RemoveEntryInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const plan = await ownPlan(tx, actor, input.planId);
    const entry = await tx.annualPlanEntry.findFirst({ where: { id: input.entryId, planId: plan.id } });
    if (!entry) throw new NotFoundError("errors.things.planEntry");
    await assertCanEditEntry(tx, actor, plan, [entry.neighborhoodId]);
    return { plan, entry };
  },
  run: async ({ actor, input, tx, scope: { plan, entry }, audit }) => {
    const amendment = editableOrThrow(plan.status, input.amendmentReason);
    await tx.annualPlanEntry.delete({ where: { id: entry.id } });
    if (amendment) await recordAmendment(tx, actor, plan.id, input.amendmentReason!, { kind: "remove", before: entry });
    await audit({
      action: "plan.removeEntry",
      entityType: "AnnualPlanEntry",
      entityId: entry.id,
      districtId: plan.districtId,
      before: entry,
    });
    return { id: entry.id };
  },
  revalidate: (input) => planPaths(input.planId),
});

export type ImportReport = { imported: number; errors: { rowNumber: number; problems: string[] }[] };

/**
 * Validates every row first and writes only when all pass: a file with one bad row writes nothing,
 * and the report lists every problem of every row, so the official fixes the file once.
 */
export const importEntries = defineAction({
  name: "plan.import",
  input: ImportRowsInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => ownPlan(tx, actor, input.planId),
  run: async ({ actor, input, tx, scope: plan, audit }): Promise<ImportReport> => {
    const rule = editRule(plan.status);
    if (!rule.editable || rule.amendment) {
      throw new RuleViolationError({
        zh: rule.editable ? "计划已批准,不能整表导入;如需调整请逐条办理计划变更。" : rule.reason,
        en: "Only a draft or returned plan can be imported into.",
      });
    }
    const missing = missingHeaders(input.headers);
    if (missing.length > 0) {
      return {
        imported: 0,
        errors: [{ rowNumber: 1, problems: [`表头缺少:${missing.join("、")}。请使用平台下载的模板。`] }],
      };
    }
    if (input.rows.length === 0) return { imported: 0, errors: [{ rowNumber: 2, problems: ["文件中没有数据行。"] }] };
    const { locale } = await getRequestContext();
    const names = await tx.neighborhood.findMany({
      where: { districtId: plan.districtId },
      select: { id: true, name: true, address: true, streetId: true },
    });
    const byName = new Map<string, { id: string; address: string; streetId: string | null }[]>();
    for (const n of names) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);

    const errors: ImportReport["errors"] = [];
    const toWrite: Prisma.AnnualPlanEntryCreateManyInput[] = [];
    const seen = new Map<string, number>();
    let sortOrder = await tx.annualPlanEntry.count({ where: { planId: plan.id } });
    const parsedRows = input.rows.map((row) => ({ row, parsed: parseRow(row.values) }));
    const named = parsedRows.flatMap(({ parsed }) =>
      parsed.ok ? (byName.get(parsed.neighborhoodName) ?? []).map((n) => n.id) : [],
    );
    const factsOf = await entryFactsForMany(tx, plan, named);
    for (const { row, parsed } of parsedRows) {
      if (!parsed.ok) {
        errors.push({ rowNumber: row.rowNumber, problems: parsed.problems });
        continue;
      }
      const candidates = (byName.get(parsed.neighborhoodName) ?? []).filter(
        (n) => !parsed.address || n.address === parsed.address,
      );
      if (candidates.length !== 1) {
        errors.push({
          rowNumber: row.rowNumber,
          problems: [
            candidates.length === 0
              ? `本区县小区名录中没有「${parsed.neighborhoodName}」${parsed.address ? `(${parsed.address})` : ""},请核对名称或先在名录中登记。`
              : `本区县有${candidates.length}个名为「${parsed.neighborhoodName}」的小区,请填写小区地址以区分。`,
          ],
        });
        continue;
      }
      const neighborhoodId = candidates[0]!.id;
      if (!canRead(actor, neighborhoodPlace({ districtId: plan.districtId, streetId: candidates[0]!.streetId }))) {
        errors.push({
          rowNumber: row.rowNumber,
          problems: [`「${parsed.neighborhoodName}」不属于您负责的街道(乡镇),不能列入。`],
        });
        continue;
      }
      const facts = { ...factsOf.get(neighborhoodId)! };
      const earlier = seen.get(neighborhoodId);
      if (earlier) facts.duplicateInPlan = true;
      seen.set(neighborhoodId, row.rowNumber);
      const problems = Object.values(checkEntry(parsed.figures, facts))
        .flat()
        .map((p) => translateMessage(p, locale));
      if (earlier) problems.push(`与第${earlier}行是同一小区。`);
      if (problems.length > 0) {
        errors.push({ rowNumber: row.rowNumber, problems: [...new Set(problems)] });
        continue;
      }
      toWrite.push({
        planId: plan.id,
        neighborhoodId,
        floorAreaM2: parsed.figures.floorAreaM2.toFixed(2),
        households: parsed.figures.households,
        buildings: parsed.figures.buildings,
        investmentFen: parsed.figures.investmentFen,
        startQuarter: parsed.figures.startQuarter,
        categories: parsed.figures.categories,
        residentsConsulted: parsed.residentsConsulted,
        note: parsed.note,
        sortOrder: sortOrder++,
      });
    }
    if (errors.length > 0) return { imported: 0, errors };
    await tx.annualPlanEntry.createMany({ data: toWrite });
    await audit({
      action: "plan.import",
      entityType: "AnnualPlan",
      entityId: plan.id,
      districtId: plan.districtId,
      after: { rows: toWrite.length },
    });
    return { imported: toWrite.length, errors: [] };
  },
  revalidate: (input) => planPaths(input.planId),
});

export const submitPlan = defineAction({
  name: "plan.submit",
  input: PlanIdInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => ownPlanAsDistrict(tx, actor, input.planId),
  run: async ({ actor, tx, scope: plan, audit }) => {
    const count = await tx.annualPlanEntry.count({ where: { planId: plan.id } });
    const refusal = canSubmit(plan.status, count);
    if (refusal) throw new RuleViolationError(refusal);
    // Facts may have changed since an entry was saved (another district's plan approved meanwhile).
    const entries = await tx.annualPlanEntry.findMany({
      where: { planId: plan.id },
      select: {
        neighborhoodId: true,
        floorAreaM2: true,
        households: true,
        buildings: true,
        investmentFen: true,
        startQuarter: true,
        categories: true,
        id: true,
      },
    });
    for (const e of entries) {
      const problems = checkEntry(
        { ...e, floorAreaM2: Number(e.floorAreaM2) },
        await entryFacts(tx, plan, e.neighborhoodId, e.id),
      );
      if (Object.keys(problems).length > 0)
        throw new RuleViolationError(
          ref("validation.plans.entryNoLongerMeetsTheRules", {
            problems: { list: Object.values(problems).flat(), joiner: " " },
          }),
        );
    }
    const version = await recordVersion(tx, plan.id, actor.id);
    await tx.annualPlan.update({ where: { id: plan.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await tx.planReview.create({ data: { planId: plan.id, version, action: "SUBMIT", actorId: actor.id } });
    await audit({
      action: "plan.submit",
      entityType: "AnnualPlan",
      entityId: plan.id,
      districtId: plan.districtId,
      before: { status: plan.status },
      after: { status: "SUBMITTED", version },
    });
    return { version };
  },
  revalidate: (input) => planPaths(input.planId),
});

async function reviewablePlan(tx: Tx, actor: Actor, planId: string) {
  requireRole(actor, "COMMISSION");
  const plan = await findPlan(tx, planId);
  const refusal = canReview(plan.status);
  if (refusal) throw new RuleViolationError(refusal);
  return plan;
}

export const returnPlan = defineAction({
  name: "plan.return",
  input: ReturnPlanInput,
  roles: ["COMMISSION"],
  authorize: async ({ actor, input, tx }) => reviewablePlan(tx, actor, input.planId),
  run: async ({ actor, input, tx, scope: plan, audit }) => {
    const comments = input.entryComments.filter((c) => c.body.trim());
    const entryIds = new Set(
      (await tx.annualPlanEntry.findMany({ where: { planId: plan.id }, select: { id: true } })).map((e) => e.id),
    );
    if (comments.some((c) => !entryIds.has(c.entryId))) throw new NotFoundError("errors.things.planEntry");
    await tx.planReview.create({
      data: {
        planId: plan.id,
        version: plan.version,
        action: "RETURN",
        comment: input.comment,
        actorId: actor.id,
        comments: { create: comments.map((c) => ({ entryId: c.entryId, body: c.body.trim() })) },
      },
    });
    await tx.annualPlan.update({ where: { id: plan.id }, data: { status: "RETURNED" } });
    await audit({
      action: "plan.return",
      entityType: "AnnualPlan",
      entityId: plan.id,
      districtId: plan.districtId,
      before: { status: plan.status },
      after: { status: "RETURNED", comment: input.comment, entryComments: comments.length },
    });
    return { status: "RETURNED" as const };
  },
  revalidate: (input) => planPaths(input.planId),
});

export const approvePlan = defineAction({
  name: "plan.approve",
  input: ApprovePlanInput,
  roles: ["COMMISSION"],
  authorize: async ({ actor, input, tx }) => reviewablePlan(tx, actor, input.planId),
  run: async ({ actor, input, tx, scope: plan, audit }) => {
    // Two districts' plans may list the same neighbourhood while both are in review; the first approved wins.
    for (const entry of await currentSnapshot(tx, plan.id)) {
      const facts = await entryFacts(tx, plan, entry.neighborhoodId);
      if (facts.approvedElsewhere) {
        throw new RuleViolationError(
          ref("errors.plans.inAnotherApprovedPlan", {
            name: entry.neighborhoodName,
            district: facts.approvedElsewhere.districtName,
            year: String(facts.approvedElsewhere.year),
          }),
        );
      }
    }
    await tx.annualPlan.update({ where: { id: plan.id }, data: { status: "APPROVED", approvedAt: new Date() } });
    await tx.planReview.create({
      data: { planId: plan.id, version: plan.version, action: "APPROVE", comment: input.comment, actorId: actor.id },
    });
    await audit({
      action: "plan.approve",
      entityType: "AnnualPlan",
      entityId: plan.id,
      districtId: plan.districtId,
      before: { status: plan.status },
      after: { status: "APPROVED", version: plan.version },
    });
    return { status: "APPROVED" as const };
  },
  revalidate: (input) => planPaths(input.planId),
});
