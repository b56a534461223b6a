"use server";

import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage } from "@/lib/auth/guards";
import { neighborhoodPlace, PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { ref } from "@/lib/i18n/message-ref";
import { saveUpload } from "@/lib/storage";
import { pendingSignOffDepartments } from "@/modules/departments/gate";
import { syncProjectTasks } from "@/modules/departments/sync";
import { notifyResidents } from "@/modules/notifications/sender";
import { assessEligibility } from "@/modules/neighborhoods/eligibility";
import {
  AddDesignReviewInput,
  AddMilestoneInput,
  AddProjectItemInput,
  AdvanceStageInput,
  CreateProjectInput,
  DropProjectItemInput,
  SetManagementInput,
  UpdateMilestoneInput,
  UploadEvidenceInput,
} from "./schema";
import { liftItemSpecs } from "./lift-units";
import { checkTransition, STAGE_ORDER, type StageFacts } from "./stages";
import { oneByOne } from "@/lib/one-by-one";

const PROJECT = "errors.things.project";

/** The project, if the actor is one of its district's officials (and its streets are theirs, for a street-scoped one). */
async function managedProject(tx: Tx, actor: Actor, projectId: string) {
  const row = await tx.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      stage: true,
      version: true,
      managementModel: true,
      managementNote: true,
      ...PROJECT_PLACE_SELECT,
    },
  });
  if (!row) throw new NotFoundError(PROJECT);
  assertCanManage(actor, projectPlace(row));
  const { neighborhoods: _neighborhoods, ...project } = row;
  return project;
}

const projectPath = (id: string) => [`/district/projects/${id}`, "/district/projects"];

export const createProject = defineAction({
  name: "project.create",
  input: CreateProjectInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    if (!actor.districtId) throw new ForbiddenError(ref("errors.projects.yourAccountHasNoDistrict"));
    const neighborhoods = await tx.neighborhood.findMany({
      where: { id: { in: input.neighborhoodIds } },
      select: {
        id: true,
        name: true,
        districtId: true,
        streetId: true,
        completionYear: true,
        poorCondition: true,
        district: { select: { code: true, allows2005Extension: true } },
      },
    });
    if (neighborhoods.length !== input.neighborhoodIds.length)
      throw new NotFoundError("errors.things.chosenNeighbourhood");
    for (const n of neighborhoods) assertCanManage(actor, neighborhoodPlace(n));
    const outOfScope = neighborhoods.filter(
      (n) =>
        !assessEligibility({
          completionYear: n.completionYear,
          poorCondition: n.poorCondition,
          districtAllows2005: n.district.allows2005Extension,
        }).eligible,
    );
    if (outOfScope.length) {
      const names = outOfScope.map((n) => n.name);
      throw new RuleViolationError(
        ref("errors.projects.outOfScope", { names: { zh: names.join("、"), en: names.join(", ") } }),
      );
    }
    const catalogue = await tx.catalogueItem.findMany({
      where: {
        id: { in: input.items.map((i) => i.catalogueItemId) },
        active: true,
        OR: [{ districtId: null }, { districtId: actor.districtId }],
      },
      select: { id: true, category: true, defaultMatter: true, tags: true },
    });
    if (catalogue.length !== new Set(input.items.map((i) => i.catalogueItemId)).size) {
      throw new InvalidInputError({ items: ["validation.projects.chooseItemsFromTheCatalogue"] });
    }
    const byId = new Map(catalogue.map((c) => [c.id, c]));
    // A lift line becomes one item per stairwell unit; other lines stay one item without a unit.
    const lines: { catalogueItemId: string; quantity: string; estimatedCost: bigint; unitId: string | null }[] = [];
    for (const [index, line] of input.items.entries()) {
      if (!byId.get(line.catalogueItemId)!.tags.includes("lift")) {
        lines.push({ ...line, unitId: null });
        continue;
      }
      // The error names the line's own unit field, so the form shows it at the lift's unit list.
      const units = await liftUnitsFor(
        tx,
        input.neighborhoodIds,
        line.unitIds ?? [],
        line.quantity,
        line.estimatedCost,
        `items.${index}.unitIds`,
      );
      for (const u of units) lines.push({ ...line, unitId: u.unitId });
    }
    return { districtId: actor.districtId, districtCode: neighborhoods[0]!.district.code, catalogue: byId, lines };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    // 区划代码-年度-序号; the first free number after the district's projects of that year.
    let serial = (await tx.project.count({ where: { districtId: scope.districtId, year: input.year } })) + 1;
    const codeOf = (n: number) => `${scope.districtCode}-${input.year}-${String(n).padStart(3, "0")}`;
    while (await tx.project.findUnique({ where: { code: codeOf(serial) }, select: { id: true } })) serial++;
    const items = scope.lines.map((i) => {
      const c = scope.catalogue.get(i.catalogueItemId)!;
      // Basic items are included without a vote; the others go to the residents' vote.
      return {
        catalogueItemId: c.id,
        unitId: i.unitId,
        quantity: i.quantity,
        estimatedCostFen: i.estimatedCost,
        matter: c.defaultMatter,
        status: c.category === "BASIC" ? ("INCLUDED" as const) : ("PROPOSED" as const),
      };
    });
    const project = await tx.project.create({
      data: {
        code: codeOf(serial),
        name: input.name,
        year: input.year,
        description: input.description,
        districtId: scope.districtId,
        createdById: actor.id,
        neighborhoods: { create: input.neighborhoodIds.map((neighborhoodId) => ({ neighborhoodId })) },
        items: { create: items },
        stageChanges: { create: { toStage: "RESERVE", actorId: actor.id, note: "纳入项目储备库" } },
      },
      select: { id: true, code: true },
    });
    await audit({
      action: "project.create",
      entityType: "Project",
      entityId: project.id,
      districtId: scope.districtId,
      after: { code: project.code, name: input.name, year: input.year, neighborhoodIds: input.neighborhoodIds, items },
    });
    await syncProjectTasks(tx, project.id, { audit });
    return project;
  },
  revalidate: (_input, result) => projectPath(result.id),
});

async function stageFacts(tx: Tx, projectId: string, stage: string): Promise<StageFacts> {
  const enteredAcceptance =
    stage === "ACCEPTANCE"
      ? await tx.projectStageChange.findFirst({
          where: { projectId, toStage: "ACCEPTANCE" },
          orderBy: { at: "desc" },
          select: { at: true },
        })
      : null;
  const [
    neighborhoodCount,
    itemCount,
    proposedItemCount,
    passed,
    milestoneCount,
    unfinishedMilestoneCount,
    acceptanceDocumentCount,
    project,
    pendingSignOffs,
  ] = await oneByOne(
    () => tx.projectNeighborhood.count({ where: { projectId } }),
    () => tx.projectItem.count({ where: { projectId, status: { not: "DROPPED" } } }),
    () => tx.projectItem.count({ where: { projectId, status: "PROPOSED" } }),
    () => tx.designReview.count({ where: { projectId, conclusion: "PASSED" } }),
    () => tx.milestone.count({ where: { projectId } }),
    () => tx.milestone.count({ where: { projectId, actualEnd: null } }),
    () =>
      enteredAcceptance
        ? tx.evidence.count({ where: { projectId, kind: "DOCUMENT", uploadedAt: { gte: enteredAcceptance.at } } })
        : Promise.resolve(0),
    () => tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { managementModel: true } }),
    () => pendingSignOffDepartments(tx, projectId),
  );
  return {
    neighborhoodCount,
    itemCount,
    proposedItemCount,
    hasPassedDesignReview: passed > 0,
    milestoneCount,
    unfinishedMilestoneCount,
    acceptanceDocumentCount,
    hasManagementModel: Boolean(project.managementModel),
    pendingSignOffDepartments: pendingSignOffs,
  };
}

export const advanceStage = defineAction({
  name: "project.advanceStage",
  input: AdvanceStageInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    const check = checkTransition(project.stage, input.to, await stageFacts(tx, project.id, project.stage));
    if (!check.ok) throw new RuleViolationError(check.reason);
    return project;
  },
  run: async ({ actor, input, tx, scope: before, audit }) => {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const { count } = await tx.project.updateMany({
      where: { id: before.id, version: input.version, stage: before.stage },
      data: {
        stage: input.to,
        version: { increment: 1 },
        ...(input.to === "CONSTRUCTION" ? { startedAt: today } : {}),
        ...(input.to === "COMPLETED" ? { completedAt: today } : {}),
      },
    });
    if (count === 0) throw new ConflictError(ref("errors.projects.someoneElseUpdatedTheProjectFirst"));
    const change = await tx.projectStageChange.create({
      data: { projectId: before.id, fromStage: before.stage, toStage: input.to, note: input.note, actorId: actor.id },
      select: { id: true },
    });
    await audit({
      action: "project.advanceStage",
      entityType: "Project",
      entityId: before.id,
      districtId: before.districtId,
      before: { stage: before.stage },
      after: { stage: input.to, note: input.note },
    });
    await syncProjectTasks(tx, before.id, { audit });
    await notifyResidents(tx, { kind: "PROJECT_STAGE_CHANGED", stageChangeId: change.id });
    return { stage: input.to, version: before.version + 1, order: STAGE_ORDER.indexOf(input.to) };
  },
  revalidate: (input) => projectPath(input.projectId),
});

export const addDesignReview = defineAction({
  name: "project.addDesignReview",
  input: AddDesignReviewInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    if (project.stage !== "DESIGN")
      throw new RuleViolationError(ref("errors.projects.designReviewsAreRecordedDuringThe"));
    return project;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const review = await tx.designReview.create({
      data: {
        projectId: scope.id,
        reviewedOn: input.reviewedOn,
        experts: input.experts,
        conclusion: input.conclusion,
        notes: input.notes,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit({
      action: "project.addDesignReview",
      entityType: "Project",
      entityId: scope.id,
      districtId: scope.districtId,
      after: {
        reviewId: review.id,
        reviewedOn: input.reviewedOn,
        experts: input.experts,
        conclusion: input.conclusion,
        notes: input.notes,
      },
    });
    return review;
  },
  revalidate: (input) => projectPath(input.projectId),
});

export const addMilestone = defineAction({
  name: "project.addMilestone",
  input: AddMilestoneInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    if (STAGE_ORDER.indexOf(project.stage) >= STAGE_ORDER.indexOf("COMPLETED")) {
      throw new RuleViolationError(ref("errors.projects.theProjectIsCompletedMilestonesCan"));
    }
    return project;
  },
  run: async ({ input, tx, scope, audit }) => {
    const sortOrder = await tx.milestone.count({ where: { projectId: scope.id } });
    const milestone = await tx.milestone.create({
      data: {
        projectId: scope.id,
        name: input.name,
        plannedStart: input.plannedStart ?? null,
        plannedEnd: input.plannedEnd,
        sortOrder,
      },
      select: { id: true },
    });
    await audit({
      action: "project.addMilestone",
      entityType: "Project",
      entityId: scope.id,
      districtId: scope.districtId,
      after: {
        milestoneId: milestone.id,
        name: input.name,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
      },
    });
    return milestone;
  },
  revalidate: (input) => projectPath(input.projectId),
});

export const updateMilestone = defineAction({
  name: "project.updateMilestone",
  input: UpdateMilestoneInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const milestone = await tx.milestone.findUnique({
      where: { id: input.milestoneId },
      select: { id: true, name: true, projectId: true, progress: true, actualEnd: true },
    });
    if (!milestone) throw new NotFoundError("errors.things.milestone");
    const project = await managedProject(tx, actor, milestone.projectId);
    return { milestone, project };
  },
  run: async ({ input, tx, scope, audit }) => {
    await tx.milestone.update({
      where: { id: scope.milestone.id },
      data: { progress: input.progress, actualEnd: input.actualEnd ?? null },
    });
    await audit({
      action: "project.updateMilestone",
      entityType: "Project",
      entityId: scope.project.id,
      districtId: scope.project.districtId,
      before: {
        milestoneId: scope.milestone.id,
        name: scope.milestone.name,
        progress: scope.milestone.progress,
        actualEnd: scope.milestone.actualEnd,
      },
      after: {
        milestoneId: scope.milestone.id,
        name: scope.milestone.name,
        progress: input.progress,
        actualEnd: input.actualEnd ?? null,
      },
    });
    return { projectId: scope.project.id, progress: input.progress };
  },
  revalidate: (_input, result) => projectPath(result.projectId),
});

export const uploadEvidence = defineAction({
  name: "project.uploadEvidence",
  input: UploadEvidenceInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    if (input.milestoneId) {
      const milestone = await tx.milestone.findUnique({
        where: { id: input.milestoneId },
        select: { projectId: true },
      });
      if (!milestone || milestone.projectId !== project.id)
        throw new InvalidInputError({ milestoneId: ["validation.projects.milestoneOfAnotherProject"] });
    }
    return project;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    // Only after the permission check is the file looked at and stored.
    const stored = await saveUpload(input.file, "document");
    const evidence = await tx.evidence.create({
      data: {
        projectId: scope.id,
        milestoneId: input.milestoneId ?? null,
        kind: stored.image ? "PHOTO" : "DOCUMENT",
        caption: input.caption,
        fileName: stored.fileName,
        storageKey: stored.storageKey,
        mimeType: stored.mimeType,
        sizeBytes: stored.sizeBytes,
        uploadedById: actor.id,
      },
      select: { id: true, kind: true },
    });
    await audit({
      action: "project.uploadEvidence",
      entityType: "Project",
      entityId: scope.id,
      districtId: scope.districtId,
      after: {
        evidenceId: evidence.id,
        kind: evidence.kind,
        fileName: stored.fileName,
        caption: input.caption,
        milestoneId: input.milestoneId,
      },
    });
    return evidence;
  },
  revalidate: (input) => projectPath(input.projectId),
});

export const setManagementModel = defineAction({
  name: "project.setManagementModel",
  input: SetManagementInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    if (STAGE_ORDER.indexOf(project.stage) < STAGE_ORDER.indexOf("COMPLETED")) {
      throw new RuleViolationError(ref("errors.projects.theManagementModelIsRecordedAfter"));
    }
    return project;
  },
  run: async ({ input, tx, scope, audit }) => {
    await tx.project.update({
      where: { id: scope.id },
      data: { managementModel: input.model, managementNote: input.note, version: { increment: 1 } },
    });
    await audit({
      action: "project.setManagementModel",
      entityType: "Project",
      entityId: scope.id,
      districtId: scope.districtId,
      before: { managementModel: scope.managementModel, managementNote: scope.managementNote },
      after: { managementModel: input.model, managementNote: input.note },
    });
    return { model: input.model };
  },
  revalidate: (input) => projectPath(input.projectId),
});

const ITEM_EDIT_CLOSED = ref("errors.projects.theProjectIsCompletedItsItems");

/** The chosen stairwell units of a lift, checked against the project's neighbourhoods, existing lifts and live lift items. */
async function liftUnitsFor(
  tx: Tx,
  neighborhoodIds: string[],
  unitIds: string[],
  quantity: string,
  estimatedCostFen: bigint,
  field = "unitIds",
) {
  // Two officials adding a lift to one unit at once: the second waits here and then sees the first's item.
  if (unitIds.length)
    await tx.$queryRaw`SELECT id FROM "StairUnit" WHERE id = ANY(${unitIds}::text[]) ORDER BY id FOR UPDATE`;
  const units = await tx.stairUnit.findMany({
    where: { id: { in: unitIds } },
    select: {
      id: true,
      name: true,
      hasLift: true,
      building: { select: { name: true, neighborhoodId: true } },
      projectItems: {
        where: { status: { notIn: ["DROPPED", "REJECTED"] }, catalogueItem: { tags: { has: "lift" } } },
        select: { id: true },
        take: 1,
      },
    },
  });
  const candidates = units.map((u) => ({
    id: u.id,
    name: u.name,
    buildingName: u.building.name,
    neighborhoodId: u.building.neighborhoodId,
    hasLift: u.hasLift,
    hasLiveLiftItem: u.projectItems.length > 0,
  }));
  const check = liftItemSpecs({
    unitIds,
    units: candidates,
    projectNeighborhoodIds: neighborhoodIds,
    quantity,
    estimatedCostFen,
  });
  if (!check.ok) {
    throw new InvalidInputError(
      { [field]: check.errors },
      ref("validation.projects.liftNotAdded", { reasons: { list: check.errors } }),
    );
  }
  const label = new Map(candidates.map((u) => [u.id, `${u.buildingName}${u.name}`]));
  return check.specs.map((s) => ({ unitId: s.unitId as string | null, unitLabel: label.get(s.unitId) ?? null }));
}

export const addProjectItem = defineAction({
  name: "project.addItem",
  input: AddProjectItemInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await managedProject(tx, actor, input.projectId);
    if (STAGE_ORDER.indexOf(project.stage) >= STAGE_ORDER.indexOf("COMPLETED"))
      throw new RuleViolationError(ITEM_EDIT_CLOSED);
    const item = await tx.catalogueItem.findFirst({
      where: {
        id: input.catalogueItemId,
        active: true,
        OR: [{ districtId: null }, { districtId: project.districtId }],
      },
      select: { id: true, name: true, category: true, defaultMatter: true, tags: true },
    });
    if (!item) throw new InvalidInputError({ catalogueItemId: ["validation.projects.chooseAnItemFromTheCatalogue"] });
    // Before and during the consultation a non-basic item goes to the residents' vote; after it,
    // the district adds one only on a decision the residents already took (e.g. a stairwell
    // unit's owners voting for a lift), and says where it is recorded.
    const afterConsultation = STAGE_ORDER.indexOf(project.stage) >= STAGE_ORDER.indexOf("DESIGN");
    if (item.category !== "BASIC" && afterConsultation && !input.decisionNote) {
      throw new InvalidInputError(
        { decisionNote: ["validation.projects.stateTheResidentsDecision"] },
        ref("errors.projects.itemNeedsResidentsDecision", { name: item.name }),
      );
    }
    const status = item.category === "BASIC" || afterConsultation ? ("INCLUDED" as const) : ("PROPOSED" as const);
    // A lift is decided and paid by its stairwell unit: one item per chosen unit.
    const links = await tx.projectNeighborhood.findMany({
      where: { projectId: project.id },
      select: { neighborhoodId: true },
    });
    const units = item.tags.includes("lift")
      ? await liftUnitsFor(
          tx,
          links.map((l) => l.neighborhoodId),
          input.unitIds,
          input.quantity,
          input.estimatedCost,
        )
      : [{ unitId: null, unitLabel: null }];
    return { project, item, status, units };
  },
  run: async ({ input, tx, scope, audit }) => {
    const created = [];
    for (const unit of scope.units) {
      const row = await tx.projectItem.create({
        data: {
          projectId: scope.project.id,
          catalogueItemId: scope.item.id,
          unitId: unit.unitId,
          quantity: input.quantity,
          estimatedCostFen: input.estimatedCost,
          matter: scope.item.defaultMatter,
          status: scope.status,
          note: input.decisionNote,
        },
        select: { id: true, status: true },
      });
      created.push(row);
      await audit({
        action: "project.addItem",
        entityType: "Project",
        entityId: scope.project.id,
        districtId: scope.project.districtId,
        after: {
          itemId: row.id,
          name: scope.item.name,
          unitId: unit.unitId,
          unit: unit.unitLabel,
          status: row.status,
          quantity: input.quantity,
          estimatedCostFen: input.estimatedCost,
          decisionNote: input.decisionNote,
        },
      });
    }
    await tx.project.update({
      where: { id: scope.project.id },
      data: { version: { increment: 1 } },
      select: { id: true },
    });
    const routed = await syncProjectTasks(tx, scope.project.id, { audit });
    return {
      id: created[0]!.id,
      status: created[0]!.status,
      itemIds: created.map((c) => c.id),
      tasksCreated: routed.created + routed.reopened,
    };
  },
  revalidate: (input) => projectPath(input.projectId),
});

export const dropProjectItem = defineAction({
  name: "project.dropItem",
  input: DropProjectItemInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const item = await tx.projectItem.findUnique({
      where: { id: input.itemId },
      select: { id: true, projectId: true, status: true, note: true, catalogueItem: { select: { name: true } } },
    });
    if (!item) throw new NotFoundError("errors.things.item");
    const project = await managedProject(tx, actor, item.projectId);
    if (STAGE_ORDER.indexOf(project.stage) >= STAGE_ORDER.indexOf("COMPLETED"))
      throw new RuleViolationError(ITEM_EDIT_CLOSED);
    if (item.status === "DROPPED") throw new ConflictError(ref("errors.projects.thisItemIsAlreadyDropped"));
    return { project, item };
  },
  run: async ({ input, tx, scope, audit }) => {
    const note = [scope.item.note, `取消原因:${input.reason}`].filter(Boolean).join("\n");
    await tx.projectItem.update({
      where: { id: scope.item.id },
      data: { status: "DROPPED", note },
      select: { id: true },
    });
    await tx.project.update({
      where: { id: scope.project.id },
      data: { version: { increment: 1 } },
      select: { id: true },
    });
    await audit({
      action: "project.dropItem",
      entityType: "Project",
      entityId: scope.project.id,
      districtId: scope.project.districtId,
      before: { itemId: scope.item.id, name: scope.item.catalogueItem.name, status: scope.item.status },
      after: { itemId: scope.item.id, status: "DROPPED", reason: input.reason },
    });
    const routed = await syncProjectTasks(tx, scope.project.id, { audit });
    return { projectId: scope.project.id, tasksCancelled: routed.cancelled };
  },
  revalidate: (_input, result) => projectPath(result.projectId),
});
