// Which department tasks a project should have, from its stage, its items' tags and the active
// routing rules — and what a sync has to do to get there. Pure: the caller loads the facts and
// writes the result (see ./sync.ts).
//
// When a task appears: a rule names the stage from which its work is due. A task is created once
// the project has reached that stage (or is past it) and the item is included in the project's
// scope (基础类, or passed the residents' vote) — so the lift inspection (rule stage 施工) appears
// when construction starts, or at once for a lift added later, and always before joint acceptance.
// Undecided items (awaiting the vote) create nothing yet. Completed projects get no new tasks.
//
// When a task goes: an open or in-progress task whose item is no longer included (dropped by the
// district, rejected by the residents) is cancelled. A task is never deleted, and one a
// department has finished (DONE / REJECTED) is never touched. A deactivated rule creates nothing
// new but leaves the tasks it created alone: the department may already be working on them.
import type { ProjectItemStatus, ProjectStage, TaskKind, TaskStatus } from "../../generated/prisma/enums";
import { onOrNextWorkingDay } from "@/lib/china-calendar";
import { chongqingToday, DAY } from "@/lib/dates";

const ROUTING_STAGES: readonly ProjectStage[] = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
];
const ORDER: readonly ProjectStage[] = [...ROUTING_STAGES, "COMPLETED", "LONG_TERM"];

export type RoutingRuleFacts = {
  id: string;
  departmentId: string;
  matchTag: string;
  stage: ProjectStage;
  kind: TaskKind;
  title: string;
  dueDays: number;
  requiredForAcceptance: boolean;
  active: boolean;
};

export type RoutedItem = { id: string; status: ProjectItemStatus; tags: readonly string[] };

export type ExistingTask = { id: string; dedupeKey: string; status: TaskStatus; projectItemId: string | null };

export type WantedTask = {
  dedupeKey: string;
  ruleId: string;
  departmentId: string;
  projectId: string;
  projectItemId: string;
  kind: TaskKind;
  title: string;
  requiredForAcceptance: boolean;
  dueOn: Date;
};

export type SyncPlan = {
  create: WantedTask[];
  /** Cancelled tasks whose item is included again: opened anew rather than duplicated. */
  reopen: { id: string; dueOn: Date }[];
  cancel: string[];
};

/** rule + project + item: the same routing done twice (or by two requests at once) is one task. */
export function dedupeKeyOf(ruleId: string, projectId: string, itemId: string): string {
  return `${ruleId}:${projectId}:${itemId}`;
}

/**
 * The Chongqing calendar day `days` after `today`, as the UTC midnight a `@db.Date` column holds;
 * a period ending on a public holiday or a weekend that is not a swapped working day ends on the
 * next working day instead (民法典 第二百零三条), so overdue flags follow China's calendar.
 */
export function dueDate(today: Date, days: number): Date {
  return onOrNextWorkingDay(new Date(chongqingToday(today).getTime() + days * DAY));
}

function stageReached(current: ProjectStage, ruleStage: ProjectStage): boolean {
  return ORDER.indexOf(current) >= ORDER.indexOf(ruleStage);
}

/** The tasks that should exist for the project now. */
export function routeProject(input: {
  projectId: string;
  stage: ProjectStage;
  items: readonly RoutedItem[];
  rules: readonly RoutingRuleFacts[];
  today: Date;
}): WantedTask[] {
  if (!ROUTING_STAGES.includes(input.stage)) return [];
  const wanted: WantedTask[] = [];
  for (const item of input.items) {
    if (item.status !== "INCLUDED") continue;
    for (const rule of input.rules) {
      if (!rule.active || !item.tags.includes(rule.matchTag) || !stageReached(input.stage, rule.stage)) continue;
      wanted.push({
        dedupeKey: dedupeKeyOf(rule.id, input.projectId, item.id),
        ruleId: rule.id,
        departmentId: rule.departmentId,
        projectId: input.projectId,
        projectItemId: item.id,
        kind: rule.kind,
        title: rule.title,
        requiredForAcceptance: rule.requiredForAcceptance,
        dueOn: dueDate(input.today, rule.dueDays),
      });
    }
  }
  return wanted;
}

/** Work a department still has to do. */
export const LIVE_TASK: readonly TaskStatus[] = ["OPEN", "IN_PROGRESS"];

/** What to create, reopen and cancel so the project's tasks match its items and stage. */
export function planSync(input: {
  projectId: string;
  stage: ProjectStage;
  items: readonly RoutedItem[];
  rules: readonly RoutingRuleFacts[];
  existing: readonly ExistingTask[];
  today: Date;
}): SyncPlan {
  const wanted = routeProject(input);
  const existing = new Map(input.existing.map((t) => [t.dedupeKey, t]));
  const create: WantedTask[] = [];
  const reopen: SyncPlan["reopen"] = [];
  for (const task of wanted) {
    const found = existing.get(task.dedupeKey);
    if (!found) create.push(task);
    else if (found.status === "CANCELLED") reopen.push({ id: found.id, dueOn: task.dueOn });
  }
  const included = new Set(input.items.filter((i) => i.status === "INCLUDED").map((i) => i.id));
  const cancel = input.existing
    .filter((t) => LIVE_TASK.includes(t.status) && t.projectItemId !== null && !included.has(t.projectItemId))
    .map((t) => t.id);
  return { create, reopen, cancel };
}

/** Open work is late once its due day has passed. */
export function isTaskOverdue(task: { status: TaskStatus; dueOn: Date }, today: Date): boolean {
  if (!LIVE_TASK.includes(task.status)) return false;
  return task.dueOn.getTime() < chongqingToday(today).getTime();
}

/** The same rule as a query filter: live tasks whose due day has passed in Chongqing. */
export function overdueTaskWhere(today: Date): { status: { in: TaskStatus[] }; dueOn: { lt: Date } } {
  return { status: { in: [...LIVE_TASK] }, dueOn: { lt: chongqingToday(today) } };
}
