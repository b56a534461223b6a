// Overdue department tasks are escalated once: the task is flagged (escalatedAt) and the
// project's district officials and the commission get a notification. Runs from the scheduled
// job (npm run jobs:escalate) and lazily when a queue or the commission's view is opened, so a
// missed job costs nothing. An advisory lock keeps two runs from overlapping; the flag, set only
// where it is still empty, makes each task escalate at most once whoever runs it.
// No `server-only`: the job script runs it too.
import type { PrismaClient } from "../../generated/prisma/client";
import { writeAudit } from "../../lib/audit";
import { coversStreets } from "../../lib/auth/guards";
import { overdueTaskWhere } from "./routing";

const LOCK = [20210082, 600] as const;

export type EscalationResult = { escalated: number; notified: number; skipped: boolean };

export async function escalateOverdueTasks(client: PrismaClient, now = new Date()): Promise<EscalationResult> {
  return client.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK[0]}, ${LOCK[1]}) AS locked`;
    if (!lock?.locked) return { escalated: 0, notified: 0, skipped: true };
    const due = await tx.departmentTask.findMany({
      where: { ...overdueTaskWhere(now), escalatedAt: null },
      orderBy: { dueOn: "asc" },
      take: 1000,
      select: { id: true, title: true, dueOn: true, projectId: true, department: { select: { name: true } }, project: { select: { name: true, districtId: true, neighborhoods: { select: { neighborhood: { select: { streetId: true } } } } } } },
    });
    if (due.length === 0) return { escalated: 0, notified: 0, skipped: false };
    const commission = await tx.user.findMany({ where: { role: "COMMISSION", active: true }, select: { id: true } });
    const districtIds = [...new Set(due.map((t) => t.project.districtId))];
    const officials = await tx.user.findMany({ where: { role: "DISTRICT", active: true, districtId: { in: districtIds } }, select: { id: true, districtId: true, streets: { select: { streetId: true } } } });
    let escalated = 0;
    let notified = 0;
    for (const task of due) {
      const { count } = await tx.departmentTask.updateMany({ where: { id: task.id, escalatedAt: null }, data: { escalatedAt: now } });
      if (count === 0) continue;
      escalated++;
      const dueText = task.dueOn.toISOString().slice(0, 10);
      const place = { districtId: task.project.districtId, streetIds: task.project.neighborhoods.map((n) => n.neighborhood.streetId) };
      const title = `部门任务逾期:${task.department.name}“${task.title}”`;
      const body = `项目“${task.project.name}”中由${task.department.name}办理的“${task.title}”已于 ${dueText} 到期,尚未办结。`;
      const rows = [
        // A street-scoped official hears only of their streets' projects.
        ...officials.filter((u) => u.districtId === task.project.districtId && coversStreets(u.streets.map((s) => s.streetId), place)).map((u) => ({ userId: u.id, title, body, link: `/district/projects/${task.projectId}` })),
        ...commission.map((u) => ({ userId: u.id, title, body, link: "/commission/departments" })),
      ];
      if (rows.length) notified += (await tx.notification.createMany({ data: rows })).count;
      await writeAudit(tx, null, { action: "departmentTask.escalate", entityType: "DepartmentTask", entityId: task.id, districtId: task.project.districtId, after: { escalatedAt: now, dueOn: dueText, notified: rows.length } });
    }
    return { escalated, notified, skipped: false };
  }, { timeout: 60_000, maxWait: 10_000 });
}
