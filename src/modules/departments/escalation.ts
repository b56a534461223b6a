// Overdue department tasks are escalated once: the task is flagged (escalatedAt) and the
// project's district officials and the commission get a notification. Runs from the scheduled
// job (npm run jobs:escalate) or when the commission asks for it on its follow-up page (an
// action) — never while a page is read: pages show a task overdue as of the moment they are read
// and say when escalation last ran (ESCALATION_LAST_RUN). An advisory lock keeps two runs from
// overlapping; the flag, set only where it is still empty, makes each task escalate at most once
// whoever runs it.
// No `server-only`: the job script runs it too.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import { writeAudit } from "../../lib/audit";
import { coversStreets } from "../../lib/auth/guards";
import { overdueTaskWhere } from "./routing";

const LOCK = [20210082, 600] as const;

/** The Setting that records the last completed run, for the pages' "escalation last ran at". */
export const ESCALATION_LAST_RUN = "departments.escalation.lastRun";

export type EscalationResult = { escalated: number; notified: number; skipped: boolean };
export type EscalationRun = { at: string; escalated: number; notified: number; by: "job" | "commission" };

type Tx = Prisma.TransactionClient;
type Runner = { id: string; role: Role } | null;

/** The scheduled job's entry point: one run in a transaction of its own. */
export async function escalateOverdueTasks(client: PrismaClient, now = new Date()): Promise<EscalationResult> {
  return client.$transaction((tx) => escalateIn(tx, now, null), { timeout: 60_000, maxWait: 10_000 });
}

/**
 * One run inside the caller's transaction (the job's, or the commission's action's, whose
 * official is then named in the audit rows). Records the run, even one that found nothing due,
 * so the pages can say how fresh the escalation is.
 */
export async function escalateIn(tx: Tx, now: Date, runner: Runner): Promise<EscalationResult> {
  const [lock] = await tx.$queryRaw<
    { locked: boolean }[]
  >`SELECT pg_try_advisory_xact_lock(${LOCK[0]}, ${LOCK[1]}) AS locked`;
  if (!lock?.locked) return { escalated: 0, notified: 0, skipped: true };
  const result = await escalateDue(tx, now, runner);
  const run: EscalationRun = {
    at: now.toISOString(),
    escalated: result.escalated,
    notified: result.notified,
    by: runner ? "commission" : "job",
  };
  const before = await tx.setting.findUnique({ where: { key: ESCALATION_LAST_RUN }, select: { value: true } });
  await tx.setting.upsert({
    where: { key: ESCALATION_LAST_RUN },
    create: { key: ESCALATION_LAST_RUN, value: run },
    update: { value: run },
  });
  await writeAudit(tx, runner, {
    action: "departmentTask.escalateRun",
    entityType: "Setting",
    entityId: ESCALATION_LAST_RUN,
    before: before?.value ?? null,
    after: run,
  });
  return result;
}

async function escalateDue(tx: Tx, now: Date, runner: Runner): Promise<EscalationResult> {
  const due = await tx.departmentTask.findMany({
    where: { ...overdueTaskWhere(now), escalatedAt: null },
    orderBy: { dueOn: "asc" },
    take: 1000,
    select: {
      id: true,
      title: true,
      dueOn: true,
      projectId: true,
      department: { select: { name: true } },
      project: {
        select: {
          name: true,
          districtId: true,
          neighborhoods: { select: { neighborhood: { select: { streetId: true } } } },
        },
      },
    },
  });
  if (due.length === 0) return { escalated: 0, notified: 0, skipped: false };
  const commission = await tx.user.findMany({ where: { role: "COMMISSION", active: true }, select: { id: true } });
  const districtIds = [...new Set(due.map((t) => t.project.districtId))];
  const officials = await tx.user.findMany({
    where: { role: "DISTRICT", active: true, districtId: { in: districtIds } },
    select: { id: true, districtId: true, streets: { select: { streetId: true } } },
  });
  let escalated = 0;
  let notified = 0;
  for (const task of due) {
    const { count } = await tx.departmentTask.updateMany({
      where: { id: task.id, escalatedAt: null },
      data: { escalatedAt: now },
    });
    if (count === 0) continue;
    escalated++;
    const dueText = task.dueOn.toISOString().slice(0, 10);
    const place = {
      districtId: task.project.districtId,
      streetIds: task.project.neighborhoods.map((n) => n.neighborhood.streetId),
    };
    const title = `部门任务逾期:${task.department.name}“${task.title}”`;
    const body = `项目“${task.project.name}”中由${task.department.name}办理的“${task.title}”已于 ${dueText} 到期,尚未办结。`;
    const rows = [
      // A street-scoped official hears only of their streets' projects.
      ...officials
        .filter(
          (u) =>
            u.districtId === task.project.districtId &&
            coversStreets(
              u.streets.map((s) => s.streetId),
              place,
            ),
        )
        .map((u) => ({ userId: u.id, title, body, link: `/district/projects/${task.projectId}` })),
      ...commission.map((u) => ({ userId: u.id, title, body, link: "/commission/departments" })),
    ];
    if (rows.length) notified += (await tx.notification.createMany({ data: rows })).count;
    await writeAudit(tx, runner, {
      action: "departmentTask.escalate",
      entityType: "DepartmentTask",
      entityId: task.id,
      districtId: task.project.districtId,
      after: { escalatedAt: now, dueOn: dueText, notified: rows.length },
    });
  }
  return { escalated, notified, skipped: false };
}
