// The facts the joint-acceptance gate needs (the rule itself is in projects/stages.ts).
import type { Tx } from "@/lib/db";

/**
 * Names of the departments holding a sign-off the project needs before joint acceptance can
 * complete: a task required for acceptance that is not DONE (open, in progress, or rejected and
 * not yet redone). Cancelled tasks — their item was dropped — no longer count.
 */
export async function pendingSignOffDepartments(tx: Tx, projectId: string): Promise<string[]> {
  const tasks = await tx.departmentTask.findMany({
    where: { projectId, requiredForAcceptance: true, status: { in: ["OPEN", "IN_PROGRESS", "REJECTED"] } },
    orderBy: { department: { sortOrder: "asc" } },
    select: { department: { select: { name: true } } },
  });
  return [...new Set(tasks.map((t) => t.department.name))];
}
