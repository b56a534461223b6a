// Demo data for the department work: every demo project routed by the same sync the app runs —
// those in construction or acceptance dated from when they entered that stage, so their tasks
// show overdue; the others dated today — and a few results recorded. Idempotent: the sync never duplicates, and the recorded results are
// written once (a marker setting).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { syncProjectTasks } from "../../src/modules/departments/sync";

const MARKER = "demo.departmentTasksAt";

export async function ensureDemoDepartmentTasks(db: PrismaClient): Promise<void> {
  const projects = await db.project.findMany({
    orderBy: { code: "asc" },
    select: { id: true, stage: true, stageChanges: { orderBy: { at: "desc" }, take: 1, select: { at: true } } },
  });
  for (const p of projects) {
    const late = p.stage === "CONSTRUCTION" || p.stage === "ACCEPTANCE";
    const assignedOn = (late ? p.stageChanges[0]?.at : null) ?? new Date();
    await syncProjectTasks(db, p.id, { today: assignedOn });
    // A task dated from the stage change was assigned then too, not when the seed ran — else
    // the demo shows tasks due weeks before they were given.
    if (late)
      await db.departmentTask.updateMany({
        where: { projectId: p.id, createdAt: { gt: assignedOn } },
        data: { createdAt: assignedOn },
      });
  }

  if (await db.setting.findUnique({ where: { key: MARKER }, select: { key: true } })) return;
  await db.$transaction(async (tx) => {
    const now = new Date();
    // The fire brigade has signed off the project in joint acceptance; the lift and the
    // barrier-free sign-offs are still open, so that project shows the gate at work.
    await tx.departmentTask.updateMany({
      where: { status: "OPEN", project: { stage: "ACCEPTANCE" }, department: { code: "xfjyzd" } },
      data: { status: "DONE", resultNote: "消防设施现场检查合格,同意验收。", completedAt: now },
    });
    // Utilities coordination under way on the projects in construction.
    await tx.departmentTask.updateMany({
      where: { status: "OPEN", project: { stage: "CONSTRUCTION" }, department: { code: { in: ["nyj", "jjxxw"] } } },
      data: { status: "IN_PROGRESS" },
    });
    await tx.setting.create({ data: { key: MARKER, value: now.toISOString() } });
  });
}
