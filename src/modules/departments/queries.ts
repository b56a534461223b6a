import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TaskStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { canRead, projectScope, requireRole } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { ESCALATION_LAST_RUN, type EscalationRun } from "./escalation";
import { isTaskOverdue, LIVE_TASK, overdueTaskWhere } from "./routing";
import { ref } from "@/lib/i18n/message-ref";

/** The officer's department: its duties from the annex and its task counts. */
export async function departmentOverview(actor: Actor, today = new Date()) {
  requireRole(actor, "DEPARTMENT");
  if (!actor.departmentId) throw new ForbiddenError();
  const departmentId = actor.departmentId;
  const [department, open, overdue, done] = await Promise.all([
    db.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: {
        name: true,
        nameEn: true,
        duties: { orderBy: { sortOrder: "asc" }, select: { id: true, text: true } },
        rules: {
          where: { active: true },
          orderBy: { matchTag: "asc" },
          select: { id: true, title: true, stage: true, requiredForAcceptance: true },
        },
      },
    }),
    db.departmentTask.count({ where: { departmentId, status: { in: ["OPEN", "IN_PROGRESS"] } } }),
    db.departmentTask.count({ where: { departmentId, ...overdueTaskWhere(today) } }),
    db.departmentTask.count({ where: { departmentId, status: "DONE" } }),
  ]);
  return { department, counts: { open, overdue, done } };
}

function ownDepartment(actor: Actor): string {
  requireRole(actor, "DEPARTMENT");
  if (!actor.departmentId) throw new ForbiddenError(ref("errors.departments.yourAccountHasNoDepartment"));
  return actor.departmentId;
}

export type QueueFilter = { status?: TaskStatus; district?: string; overdue: boolean };

/** The officer's own department's tasks: overdue first, then by due date; finished ones last. */
export async function departmentQueue(actor: Actor, filter: QueueFilter, today = new Date()) {
  const departmentId = ownDepartment(actor);
  const where: Prisma.DepartmentTaskWhereInput = {
    departmentId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.district ? { project: { districtId: filter.district } } : {}),
    ...(filter.overdue ? overdueTaskWhere(today) : {}),
  };
  const [rows, districts] = await Promise.all([
    db.departmentTask.findMany({
      where,
      take: 500,
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        dueOn: true,
        requiredForAcceptance: true,
        escalatedAt: true,
        updatedAt: true,
        project: {
          select: { id: true, code: true, name: true, stage: true, district: { select: { id: true, name: true } } },
        },
        projectItem: { select: { catalogueItem: { select: { name: true, nameEn: true } } } },
      },
    }),
    db.district.findMany({
      where: { projects: { some: { departmentTasks: { some: { departmentId } } } } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const tasks = rows.map((t) => ({ ...t, overdue: isTaskOverdue(t, today) }));
  const rank = (t: (typeof tasks)[number]) => (t.overdue ? 0 : LIVE_TASK.includes(t.status) ? 1 : 2);
  tasks.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 2 ? b.updatedAt.getTime() - a.updatedAt.getTime() : a.dueOn.getTime() - b.dueOn.getTime()),
  );
  return { tasks, districts };
}

/** One task of the officer's own department; another department's task is "not found". */
export async function departmentTask(actor: Actor, taskId: string, today = new Date()) {
  const departmentId = ownDepartment(actor);
  const task = await db.departmentTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      departmentId: true,
      title: true,
      kind: true,
      status: true,
      dueOn: true,
      requiredForAcceptance: true,
      resultNote: true,
      rejectReason: true,
      completedAt: true,
      escalatedAt: true,
      createdAt: true,
      project: {
        select: {
          id: true,
          code: true,
          name: true,
          stage: true,
          description: true,
          district: { select: { name: true } },
          neighborhoods: { select: { neighborhood: { select: { name: true, address: true } } } },
        },
      },
      projectItem: {
        select: {
          quantity: true,
          note: true,
          status: true,
          catalogueItem: { select: { name: true, nameEn: true, unit: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
      attachments: {
        orderBy: { uploadedAt: "asc" },
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, uploadedAt: true },
      },
    },
  });
  if (!task || task.departmentId !== departmentId) throw new NotFoundError("errors.things.task");
  return { ...task, overdue: isTaskOverdue(task, today) };
}

/** A result attachment, for the task's department, the project's district and the commission. */
export async function taskAttachmentFile(actor: Actor, taskId: string, attachmentId: string) {
  const file = await db.departmentTaskAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      taskId: true,
      storageKey: true,
      mimeType: true,
      fileName: true,
      task: { select: { departmentId: true, project: { select: PROJECT_PLACE_SELECT } } },
    },
  });
  const allowed =
    file &&
    file.taskId === taskId &&
    ((actor.role === "DEPARTMENT" && actor.departmentId === file.task.departmentId) ||
      canRead(actor, projectPlace(file.task.project)));
  if (!allowed) throw new NotFoundError("errors.things.attachment");
  return file;
}

/** The department tasks of a project, for its district and the commission (the project page's panel). */
export async function projectTasks(actor: Actor, projectId: string, today = new Date()) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: PROJECT_PLACE_SELECT });
  if (!project || !canRead(actor, projectPlace(project))) throw new NotFoundError("errors.things.project");
  const rows = await db.departmentTask.findMany({
    where: { projectId },
    orderBy: [{ department: { sortOrder: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      dueOn: true,
      requiredForAcceptance: true,
      resultNote: true,
      rejectReason: true,
      completedAt: true,
      escalatedAt: true,
      department: { select: { name: true, nameEn: true } },
      projectItem: { select: { catalogueItem: { select: { name: true, nameEn: true } } } },
      attachments: { select: { id: true, fileName: true } },
    },
  });
  return rows.map((t) => ({ ...t, overdue: isTaskOverdue(t, today) }));
}

/** Per department: open, overdue, escalated, done, rejected — the commission's view of who is holding work up. */
export async function departmentWorkload(actor: Actor, today = new Date()) {
  requireRole(actor, "COMMISSION");
  const [departments, byStatus, overdue, escalated] = await Promise.all([
    db.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, nameEn: true } }),
    db.departmentTask.groupBy({ by: ["departmentId", "status"], _count: { _all: true } }),
    db.departmentTask.groupBy({ by: ["departmentId"], where: overdueTaskWhere(today), _count: { _all: true } }),
    db.departmentTask.groupBy({
      by: ["departmentId"],
      where: { status: { in: [...LIVE_TASK] }, escalatedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: { departmentId: string; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.departmentId === id)?._count._all ?? 0;
  const statusCount = (id: string, ...statuses: TaskStatus[]) =>
    byStatus.filter((r) => r.departmentId === id && statuses.includes(r.status)).reduce((s, r) => s + r._count._all, 0);
  const rows = departments.map((d) => ({
    ...d,
    open: statusCount(d.id, "OPEN", "IN_PROGRESS"),
    overdue: count(overdue, d.id),
    escalated: count(escalated, d.id),
    done: statusCount(d.id, "DONE"),
    rejected: statusCount(d.id, "REJECTED"),
  }));
  // Who is holding work up: most overdue first, then most open.
  rows.sort((a, b) => b.overdue - a.overdue || b.open - a.open);
  return rows;
}

/** The overdue open tasks city-wide (commission) or in the district or streets (district official). */
export async function overdueTasks(actor: Actor, today = new Date(), take = 50) {
  const where: Prisma.DepartmentTaskWhereInput = { ...overdueTaskWhere(today), project: projectScope(actor) };
  return db.departmentTask.findMany({
    where,
    orderBy: { dueOn: "asc" },
    take,
    select: {
      id: true,
      title: true,
      dueOn: true,
      escalatedAt: true,
      department: { select: { name: true } },
      project: { select: { id: true, name: true, district: { select: { name: true } } } },
    },
  });
}

/**
 * When escalation last ran (the job or the commission's "escalate now"), for the task pages:
 * they show overdue as of now, but the "escalated" flags and notices are only as fresh as that run.
 * `stale` when it is more than a day and a bit old (the job runs daily) or never ran.
 */
export async function escalationFreshness(
  actor: Actor,
  now = new Date(),
): Promise<{ lastRun: EscalationRun | null; stale: boolean }> {
  requireRole(actor, "COMMISSION", "DEPARTMENT", "DISTRICT");
  const row = await db.setting.findUnique({ where: { key: ESCALATION_LAST_RUN }, select: { value: true } });
  const lastRun = row ? (row.value as EscalationRun) : null;
  const stale = !lastRun || now.getTime() - new Date(lastRun.at).getTime() > 26 * 3600_000;
  return { lastRun, stale };
}

/** The responsibility matrix: every department with its duties (placed by category/stage) and routing rules. */
export async function responsibilityMatrix(actor: Actor) {
  requireRole(actor, "ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT");
  const inactive = actor.role === "ADMIN";
  return db.department.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      duties: { orderBy: { sortOrder: "asc" }, select: { id: true, text: true, category: true, stage: true } },
      rules: {
        where: inactive ? {} : { active: true },
        orderBy: [{ stage: "asc" }, { matchTag: "asc" }],
        select: {
          id: true,
          matchTag: true,
          stage: true,
          kind: true,
          title: true,
          dueDays: true,
          requiredForAcceptance: true,
          active: true,
        },
      },
    },
  });
}

/** Every tag the catalogue uses, for the admin's rule form. */
export async function catalogueTags(actor: Actor): Promise<string[]> {
  requireRole(actor, "ADMIN");
  const items = await db.catalogueItem.findMany({ where: { active: true }, select: { tags: true } });
  return [...new Set(items.flatMap((i) => i.tags))].sort();
}
