// "Overdue" in the database queries, on the due day itself: a task or milestone due today is not
// overdue until the day is over in Chongqing (UTC+8); one due yesterday is. Checked at both ends
// of the due day — 00:30 in Chongqing (still the day before in UTC) and 23:30 — and half an hour
// into the next day, against every query that filters or counts by it, and the escalation job.
// The due day itself is a working day on China's calendar (set when the task is routed); being
// overdue is then counted in calendar days.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { loadProgrammeDashboard } from "@/modules/dashboards/data";
import { escalateOverdueTasks } from "@/modules/departments/escalation";
import { departmentOverview, departmentQueue, departmentWorkload, overdueTasks } from "@/modules/departments/queries";
import { dueDate } from "@/modules/departments/routing";
import { overdueMilestones } from "@/modules/projects/queries";
import {
  createConsultationProject,
  createNeighborhood,
  createUser,
  departmentByCode,
} from "../../../tests/helpers/fixtures";

// The due day: Saturday 28 November 2026 in Chongqing.
const DUE = "2026-11-28";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AT = {
  dueDayEarly: new Date("2026-11-27T16:30:00Z"), // 00:30 on the 28th in Chongqing, still the 27th in UTC
  dueDayLate: new Date("2026-11-28T15:30:00Z"), // 23:30 on the 28th in Chongqing
  nextDay: new Date("2026-11-28T16:30:00Z"), // 00:30 on the 29th in Chongqing, still the 28th in UTC
};

const users: Record<string, string> = {};
let projectId = "";
let departmentId = "";
let districtId = "";
const task: Record<string, string> = {};
const milestone: Record<string, string> = {};

beforeAll(async () => {
  const hood = await createNeighborhood({ districtCode: "500103", name: "渝中逾期小区" });
  const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] });
  projectId = project.id;
  districtId = project.districtId;
  await db.project.update({ where: { id: projectId }, data: { stage: "CONSTRUCTION" } });
  departmentId = (await departmentByCode("scjgj")).id;
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.department = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
  const addTask = async (key: string, dueOn: string, status: "OPEN" | "IN_PROGRESS" | "DONE" = "OPEN") => {
    task[key] = (
      await db.departmentTask.create({
        data: {
          departmentId,
          projectId,
          dedupeKey: `overdue-${key}`,
          kind: "INSPECTION",
          title: `检验-${key}`,
          status,
          dueOn: day(dueOn),
        },
        select: { id: true },
      })
    ).id;
  };
  await addTask("yesterday", "2026-11-27", "IN_PROGRESS");
  await addTask("today", DUE);
  await addTask("tomorrow", "2026-11-29");
  await addTask("doneYesterday", "2026-11-27", "DONE");
  const addMilestone = async (key: string, plannedEnd: string, actualEnd: string | null = null) => {
    milestone[key] = (
      await db.milestone.create({
        data: {
          projectId,
          name: `节点-${key}`,
          plannedEnd: day(plannedEnd),
          actualEnd: actualEnd ? day(actualEnd) : null,
        },
        select: { id: true },
      })
    ).id;
  };
  await addMilestone("yesterday", "2026-11-27");
  await addMilestone("today", DUE);
  await addMilestone("tomorrow", "2026-11-29");
  await addMilestone("finishedYesterday", "2026-11-27", "2026-11-26");
});

const actor = (key: string) => loadActor(db, users[key]!);
const sorted = (ids: string[]) => [...ids].sort();
const tasksDueBefore = (...keys: string[]) => sorted(keys.map((k) => task[k]!));

describe.each([
  ["at 00:30 on the due day", AT.dueDayEarly, ["yesterday"]],
  ["at 23:30 on the due day", AT.dueDayLate, ["yesterday"]],
  ["at 00:30 the day after", AT.nextDay, ["yesterday", "today"]],
])("%s", (_when, now, overdue) => {
  it("the overdue lists hold exactly the tasks whose due day has passed", async () => {
    for (const who of ["district", "commission"]) {
      expect(sorted((await overdueTasks(await actor(who), now)).map((t) => t.id)), who).toEqual(
        tasksDueBefore(...overdue),
      );
    }
    const queue = await departmentQueue(await actor("department"), { overdue: true }, now);
    expect(sorted(queue.tasks.map((t) => t.id))).toEqual(tasksDueBefore(...overdue));
    // The unfiltered queue flags the same tasks.
    const all = await departmentQueue(await actor("department"), { overdue: false }, now);
    expect(sorted(all.tasks.filter((t) => t.overdue).map((t) => t.id))).toEqual(tasksDueBefore(...overdue));
  });

  it("the counts agree", async () => {
    expect((await departmentOverview(await actor("department"), now)).counts.overdue).toBe(overdue.length);
    const workload = await departmentWorkload(await actor("commission"), now);
    expect(workload.find((d) => d.id === departmentId)?.overdue).toBe(overdue.length);
    const dashboard = await loadProgrammeDashboard(db, { year: 2026, districtId }, now);
    expect(dashboard.overdueTasks.count).toBe(overdue.length);
    expect(dashboard.overdueMilestones.count).toBe(overdue.length);
  });

  it("the overdue milestones are those whose planned end has passed, unfinished", async () => {
    expect(sorted((await overdueMilestones(await actor("district"), now)).map((m) => m.id))).toEqual(
      sorted(overdue.map((k) => milestone[k]!)),
    );
  });
});

describe("escalation", () => {
  it("escalates on the due day only what was due before it, and the rest the day after", async () => {
    expect(await escalateOverdueTasks(db, AT.dueDayLate)).toMatchObject({ escalated: 1, skipped: false });
    const escalated = async () =>
      sorted(
        (
          await db.departmentTask.findMany({ where: { projectId, escalatedAt: { not: null } }, select: { id: true } })
        ).map((t) => t.id),
      );
    expect(await escalated()).toEqual(tasksDueBefore("yesterday"));
    expect(await escalateOverdueTasks(db, AT.nextDay)).toMatchObject({ escalated: 1, skipped: false });
    expect(await escalated()).toEqual(tasksDueBefore("yesterday", "today"));
  });
});

describe("a due day moved past a holiday", () => {
  it("is not overdue through the holiday nor on the working day it moved to, and is the day after", async () => {
    // Seven days from Friday 25 September 2026 fall in the National Day holiday: due Thursday 8 October.
    const dueOn = dueDate(new Date("2026-09-25T02:00:00Z"), 7);
    expect(dueOn).toEqual(day("2026-10-08"));
    const id = (
      await db.departmentTask.create({
        data: { departmentId, projectId, dedupeKey: "overdue-holiday", kind: "INSPECTION", title: "节后检验", dueOn },
        select: { id: true },
      })
    ).id;
    const isListed = async (now: string) =>
      (await overdueTasks(await actor("commission"), new Date(now))).some((t) => t.id === id);
    expect(await isListed("2026-10-02T04:00:00Z")).toBe(false); // in the holiday
    expect(await isListed("2026-10-08T15:30:00Z")).toBe(false); // 23:30 on the due day
    expect(await isListed("2026-10-08T16:30:00Z")).toBe(true); // 00:30 on 9 October
  });
});
