"use server";

import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertDepartment } from "@/lib/auth/guards";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { escalateIn } from "./escalation";
import { LIVE_TASK } from "./routing";
import { CompleteTaskInput, DutyInput, EscalateNowInput, RejectTaskInput, RuleInput, TaskIdInput } from "./schema";

const TASK = "errors.things.task";

/** The task, if it belongs to the officer's own department. */
async function ownTask(tx: Tx, actor: Actor, taskId: string) {
  const task = await tx.departmentTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      departmentId: true,
      projectId: true,
      status: true,
      title: true,
      resultNote: true,
      rejectReason: true,
      project: { select: { districtId: true } },
    },
  });
  if (!task) throw new NotFoundError(TASK);
  assertDepartment(actor, task.departmentId);
  return task;
}

const taskPaths = (id: string, projectId: string) => [
  `/department/tasks/${id}`,
  "/department/tasks",
  "/department",
  `/district/projects/${projectId}`,
];

const refuseStatus = (zh: string, en: string) => new RuleViolationError({ zh, en });
const changedMeanwhile = () =>
  refuseStatus("任务状态已被他人更新,请刷新页面。", "Someone else changed the task first; reload the page.");

/** The officer's own task, still open or in progress: only such a task can be done or rejected. */
async function ownLiveTask(tx: Tx, actor: Actor, taskId: string) {
  const task = await ownTask(tx, actor, taskId);
  if (!LIVE_TASK.includes(task.status))
    throw refuseStatus("该任务已办结、不予通过或已撤销,不能再登记结果。", "This task is already closed.");
  return task;
}

/** Records the result, unless someone closed the task since it was read. */
async function closeTask(tx: Tx, taskId: string, data: Prisma.DepartmentTaskUpdateManyMutationInput) {
  const { count } = await tx.departmentTask.updateMany({ where: { id: taskId, status: { in: [...LIVE_TASK] } }, data });
  if (count === 0) throw changedMeanwhile();
}

export const startTask = defineAction({
  name: "departmentTask.start",
  input: TaskIdInput,
  roles: ["DEPARTMENT"],
  authorize: async ({ actor, input, tx }) => {
    const task = await ownTask(tx, actor, input.taskId);
    // A rejected task is taken up again once the district has put things right.
    if (task.status !== "OPEN" && task.status !== "REJECTED")
      throw refuseStatus("只有待办或不予通过的任务可以开始办理。", "Only an open or rejected task can be started.");
    return task;
  },
  run: async ({ input, tx, scope, audit }) => {
    const { count } = await tx.departmentTask.updateMany({
      where: { id: input.taskId, status: scope.status },
      data: { status: "IN_PROGRESS" },
    });
    if (count === 0) throw changedMeanwhile();
    await audit({
      action: "departmentTask.start",
      entityType: "DepartmentTask",
      entityId: scope.id,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "IN_PROGRESS" },
    });
    return { id: scope.id, projectId: scope.projectId };
  },
  revalidate: (_input, r) => taskPaths(r.id, r.projectId),
});

export const completeTask = defineAction({
  name: "departmentTask.complete",
  input: CompleteTaskInput,
  roles: ["DEPARTMENT"],
  authorize: ({ actor, input, tx }) => ownLiveTask(tx, actor, input.taskId),
  run: async ({ actor, input, tx, scope, audit }) => {
    await closeTask(tx, scope.id, {
      status: "DONE",
      resultNote: input.note,
      rejectReason: null,
      completedAt: new Date(),
      completedById: actor.id,
    });
    // Only after the permission and status checks are the files looked at and stored.
    const files = [];
    for (const file of input.files) {
      const stored = await saveUpload(file, "document", "files");
      await tx.departmentTaskAttachment.create({
        data: {
          taskId: scope.id,
          fileName: stored.fileName,
          storageKey: stored.storageKey,
          mimeType: stored.mimeType,
          sizeBytes: stored.sizeBytes,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      files.push(stored.fileName);
    }
    await audit({
      action: "departmentTask.complete",
      entityType: "DepartmentTask",
      entityId: scope.id,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "DONE", note: input.note, files },
    });
    return { id: scope.id, projectId: scope.projectId };
  },
  revalidate: (_input, r) => taskPaths(r.id, r.projectId),
});

export const rejectTask = defineAction({
  name: "departmentTask.reject",
  input: RejectTaskInput,
  roles: ["DEPARTMENT"],
  authorize: ({ actor, input, tx }) => ownLiveTask(tx, actor, input.taskId),
  run: async ({ actor, input, tx, scope, audit }) => {
    await closeTask(tx, scope.id, {
      status: "REJECTED",
      rejectReason: input.reason,
      completedAt: new Date(),
      completedById: actor.id,
    });
    await audit({
      action: "departmentTask.reject",
      entityType: "DepartmentTask",
      entityId: scope.id,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    return { id: scope.id, projectId: scope.projectId };
  },
  revalidate: (_input, r) => taskPaths(r.id, r.projectId),
});

// ── The admin's matrix: duties and routing rules ──

const MATRIX_PATHS = ["/admin/departments", "/departments"];

async function departmentExists(tx: Tx, departmentId: string) {
  const department = await tx.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true } });
  if (!department) throw new NotFoundError("errors.things.department");
  return department;
}

export const saveDuty = defineAction({
  name: "department.saveDuty",
  input: DutyInput,
  roles: ["ADMIN"],
  authorize: async ({ input, tx }) => {
    await departmentExists(tx, input.departmentId);
    if (!input.dutyId) return null;
    const duty = await tx.departmentDuty.findUnique({
      where: { id: input.dutyId },
      select: { id: true, departmentId: true, text: true, category: true, stage: true },
    });
    if (!duty || duty.departmentId !== input.departmentId) throw new NotFoundError("errors.things.duty");
    return duty;
  },
  run: async ({ input, tx, scope: before, audit }) => {
    const data = { text: input.text, category: input.category ?? null, stage: input.stage ?? null };
    const duty = before
      ? await tx.departmentDuty.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.departmentDuty.create({
          data: {
            ...data,
            departmentId: input.departmentId,
            sortOrder: await tx.departmentDuty.count({ where: { departmentId: input.departmentId } }),
          },
          select: { id: true },
        });
    await audit({
      action: before ? "department.updateDuty" : "department.addDuty",
      entityType: "Department",
      entityId: input.departmentId,
      before: before ?? undefined,
      after: { id: duty.id, ...data },
    });
    return duty;
  },
  revalidate: () => MATRIX_PATHS,
});

export const saveRule = defineAction({
  name: "department.saveRule",
  input: RuleInput,
  roles: ["ADMIN"],
  authorize: async ({ input, tx }) => {
    await departmentExists(tx, input.departmentId);
    if (!input.ruleId) return null;
    const rule = await tx.routingRule.findUnique({
      where: { id: input.ruleId },
      select: {
        id: true,
        departmentId: true,
        matchTag: true,
        stage: true,
        kind: true,
        title: true,
        dueDays: true,
        requiredForAcceptance: true,
        active: true,
      },
    });
    if (!rule) throw new NotFoundError("errors.things.routingRule");
    return rule;
  },
  run: async ({ input, tx, scope: before, audit }) => {
    const { ruleId: _id, ...data } = input;
    // Changing a rule routes future changes; tasks it already created stay as they are.
    const rule = before
      ? await tx.routingRule.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.routingRule.create({ data, select: { id: true } });
    await audit({
      action: before ? "routingRule.update" : "routingRule.create",
      entityType: "RoutingRule",
      entityId: rule.id,
      before: before ?? undefined,
      after: data,
    });
    return rule;
  },
  revalidate: () => MATRIX_PATHS,
});

/**
 * The commission runs the daily escalation now (e.g. when the job's last run is stale): the same
 * run as the job, once per task, its audit rows naming the official. Pages never escalate.
 */
export const escalateOverdueNow = defineAction({
  name: "departmentTask.escalateNow",
  input: EscalateNowInput,
  roles: ["COMMISSION"],
  // City-wide work of the commission's own: the role is the whole permission.
  authorize: async () => null,
  run: async ({ actor, tx }) => escalateIn(tx, new Date(), actor),
  transaction: { timeout: 60_000 },
  revalidate: () => ["/commission/departments", "/department/tasks", "/notifications"],
});
