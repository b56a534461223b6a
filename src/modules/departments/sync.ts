// Brings a project's department tasks in line with its items and stage (rules in ./routing.ts).
// Called inside the transaction of every change that can alter them — project created, item
// added or dropped, stage moved, consultation finalised — so the tasks and the change stand or
// fall together. Safe under concurrency: the unique dedupeKey with ON CONFLICT DO NOTHING
// (createMany skipDuplicates) means two changes routing at once still make one task each, and
// cancelling only ever touches tasks still open.
// No `server-only` here: the demo seed runs the same sync.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../../lib/db";
import type { AuditEntry } from "../../lib/audit";
import { planSync } from "./routing";

type Client = Tx | PrismaClient;

export type SyncResult = { created: number; reopened: number; cancelled: number };

export async function syncProjectTasks(
  client: Client,
  projectId: string,
  options: { today?: Date; audit?: (entry: AuditEntry) => Promise<void> } = {},
): Promise<SyncResult> {
  const today = options.today ?? new Date();
  const project = await client.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      stage: true,
      districtId: true,
      items: { select: { id: true, status: true, catalogueItem: { select: { tags: true } } } },
    },
  });
  if (!project) return { created: 0, reopened: 0, cancelled: 0 };
  const items = project.items.map((i) => ({ id: i.id, status: i.status, tags: i.catalogueItem.tags }));
  const tags = [...new Set(items.flatMap((i) => i.tags))];
  const [rules, existing] = await Promise.all([
    tags.length
      ? client.routingRule.findMany({
          where: { active: true, matchTag: { in: tags } },
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
        })
      : Promise.resolve([]),
    client.departmentTask.findMany({
      where: { projectId },
      select: { id: true, dedupeKey: true, status: true, projectItemId: true },
    }),
  ]);
  const plan = planSync({ projectId, stage: project.stage, items, rules, existing, today });

  let created = 0;
  if (plan.create.length) {
    ({ count: created } = await client.departmentTask.createMany({ data: plan.create, skipDuplicates: true }));
  }
  let reopened = 0;
  for (const task of plan.reopen) {
    reopened += (
      await client.departmentTask.updateMany({
        where: { id: task.id, status: "CANCELLED" },
        data: { status: "OPEN", dueOn: task.dueOn, escalatedAt: null },
      })
    ).count;
  }
  let cancelled = 0;
  if (plan.cancel.length) {
    ({ count: cancelled } = await client.departmentTask.updateMany({
      where: { id: { in: plan.cancel }, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "CANCELLED" },
    }));
  }
  if ((created || reopened || cancelled) && options.audit) {
    await options.audit({
      action: "departmentTask.route",
      entityType: "Project",
      entityId: projectId,
      districtId: project.districtId,
      after: {
        created: plan.create.map((t) => ({
          departmentId: t.departmentId,
          title: t.title,
          projectItemId: t.projectItemId,
        })),
        reopened: plan.reopen.map((t) => t.id),
        cancelled: plan.cancel,
      },
    });
  }
  return { created, reopened, cancelled };
}
