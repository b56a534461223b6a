import "server-only";
import type { ProjectStage } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { districtScope } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** Projects per stage, in the actor's scope. */
export async function projectStageCounts(actor: Actor): Promise<Partial<Record<ProjectStage, number>>> {
  const groups = await db.project.groupBy({ by: ["stage"], where: districtScope(actor), _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.stage, g._count._all]));
}

/** The most recently changed projects in the actor's scope. */
export async function recentProjects(actor: Actor, take = 10) {
  return db.project.findMany({
    where: districtScope(actor),
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, code: true, name: true, stage: true, year: true, district: { select: { name: true } } },
  });
}

/** Milestones past their planned end and not done, in the actor's scope. */
export async function overdueMilestoneCount(actor: Actor, today = new Date()): Promise<number> {
  return db.milestone.count({
    where: { actualEnd: null, plannedEnd: { lt: today }, project: districtScope(actor) },
  });
}
