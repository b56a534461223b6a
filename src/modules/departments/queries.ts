import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

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
        rules: { where: { active: true }, orderBy: { matchTag: "asc" }, select: { id: true, title: true, stage: true, requiredForAcceptance: true } },
      },
    }),
    db.departmentTask.count({ where: { departmentId, status: { in: ["OPEN", "IN_PROGRESS"] } } }),
    db.departmentTask.count({ where: { departmentId, status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: today } } }),
    db.departmentTask.count({ where: { departmentId, status: "DONE" } }),
  ]);
  return { department, counts: { open, overdue, done } };
}
