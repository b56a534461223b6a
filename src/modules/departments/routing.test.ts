import { describe, expect, it } from "vitest";
import { dedupeKeyOf, dueDate, isTaskOverdue, planSync, routeProject, type RoutingRuleFacts } from "./routing";

const rule = (over: Partial<RoutingRuleFacts> & { id: string; matchTag: string }): RoutingRuleFacts => ({
  departmentId: `dept-${over.id}`,
  stage: "CONSTRUCTION",
  kind: "INSPECTION",
  title: over.id,
  dueDays: 30,
  requiredForAcceptance: false,
  active: true,
  ...over,
});

const lift = rule({ id: "lift", matchTag: "lift", requiredForAcceptance: true });
const gas = rule({ id: "gas", matchTag: "gas", stage: "DESIGN", kind: "COORDINATION", dueDays: 20 });
const power = rule({ id: "power", matchTag: "power", stage: "DESIGN" });
const rules = [lift, gas, power];
const today = new Date("2026-11-29T08:00:00Z");

const item = (id: string, tags: string[], status: "INCLUDED" | "PROPOSED" | "REJECTED" | "DROPPED" = "INCLUDED") => ({
  id,
  tags,
  status,
});

describe("routeProject", () => {
  it("routes an included item to every active rule whose tag it carries, once the project reached the rule's stage", () => {
    const items = [item("i-lift", ["lift"]), item("i-gas", ["gas"]), item("i-charging", ["charging", "power", "fire"])];
    const design = routeProject({ projectId: "p", stage: "DESIGN", items, rules, today });
    expect(design.map((t) => t.dedupeKey).sort()).toEqual(
      [dedupeKeyOf("gas", "p", "i-gas"), dedupeKeyOf("power", "p", "i-charging")].sort(),
    );
    const construction = routeProject({ projectId: "p", stage: "CONSTRUCTION", items, rules, today });
    expect(construction).toHaveLength(3);
    const liftTask = construction.find((t) => t.ruleId === "lift")!;
    expect(liftTask).toMatchObject({
      departmentId: "dept-lift",
      projectItemId: "i-lift",
      kind: "INSPECTION",
      requiredForAcceptance: true,
    });
    expect(liftTask.dueOn.toISOString()).toBe("2026-12-29T00:00:00.000Z");
  });

  it("a lift added during joint acceptance is routed at once", () => {
    expect(
      routeProject({ projectId: "p", stage: "ACCEPTANCE", items: [item("i", ["lift"])], rules, today }),
    ).toHaveLength(1);
  });

  it("routes nothing for undecided, rejected or dropped items, inactive rules, or completed projects", () => {
    const items = [item("a", ["lift"], "PROPOSED"), item("b", ["lift"], "REJECTED"), item("c", ["lift"], "DROPPED")];
    expect(routeProject({ projectId: "p", stage: "CONSTRUCTION", items, rules, today })).toEqual([]);
    expect(
      routeProject({
        projectId: "p",
        stage: "CONSTRUCTION",
        items: [item("d", ["lift"])],
        rules: [{ ...lift, active: false }],
        today,
      }),
    ).toEqual([]);
    expect(routeProject({ projectId: "p", stage: "COMPLETED", items: [item("d", ["lift"])], rules, today })).toEqual(
      [],
    );
    expect(
      routeProject({ projectId: "p", stage: "RESERVE", items: [item("d", ["lift", "gas"])], rules, today }),
    ).toEqual([]);
  });
});

describe("planSync", () => {
  const items = [item("i-lift", ["lift"]), item("i-gas", ["gas"])];

  it("creates only what is missing", () => {
    const existing = [
      { id: "t1", dedupeKey: dedupeKeyOf("lift", "p", "i-lift"), status: "OPEN" as const, projectItemId: "i-lift" },
    ];
    const plan = planSync({ projectId: "p", stage: "CONSTRUCTION", items, rules, existing, today });
    expect(plan.create.map((t) => t.ruleId)).toEqual(["gas"]);
    expect(plan.cancel).toEqual([]);
    expect(plan.reopen).toEqual([]);
  });

  it("is idempotent: a second sync over its own result changes nothing", () => {
    const first = planSync({ projectId: "p", stage: "CONSTRUCTION", items, rules, existing: [], today });
    const existing = first.create.map((t, i) => ({
      id: `t${i}`,
      dedupeKey: t.dedupeKey,
      status: "OPEN" as const,
      projectItemId: t.projectItemId,
    }));
    expect(planSync({ projectId: "p", stage: "CONSTRUCTION", items, rules, existing, today })).toEqual({
      create: [],
      reopen: [],
      cancel: [],
    });
  });

  it("cancels open and in-progress tasks of a dropped or rejected item, never finished ones", () => {
    const dropped = [item("i-lift", ["lift"], "DROPPED"), item("i-gas", ["gas"], "REJECTED")];
    const existing = [
      { id: "open", dedupeKey: dedupeKeyOf("lift", "p", "i-lift"), status: "OPEN" as const, projectItemId: "i-lift" },
      { id: "working", dedupeKey: "x", status: "IN_PROGRESS" as const, projectItemId: "i-gas" },
      { id: "done", dedupeKey: "y", status: "DONE" as const, projectItemId: "i-lift" },
      { id: "refused", dedupeKey: "z", status: "REJECTED" as const, projectItemId: "i-gas" },
    ];
    const plan = planSync({ projectId: "p", stage: "CONSTRUCTION", items: dropped, rules, existing, today });
    expect(plan.cancel.sort()).toEqual(["open", "working"]);
    expect(plan.create).toEqual([]);
  });

  it("leaves the tasks of a deactivated rule alone and reopens a cancelled task when its item is included again", () => {
    const existing = [
      { id: "old", dedupeKey: dedupeKeyOf("gas", "p", "i-gas"), status: "OPEN" as const, projectItemId: "i-gas" },
      {
        id: "was-cancelled",
        dedupeKey: dedupeKeyOf("lift", "p", "i-lift"),
        status: "CANCELLED" as const,
        projectItemId: "i-lift",
      },
    ];
    const plan = planSync({
      projectId: "p",
      stage: "CONSTRUCTION",
      items,
      rules: [lift, { ...gas, active: false }],
      existing,
      today,
    });
    expect(plan).toEqual({
      create: [],
      reopen: [{ id: "was-cancelled", dueOn: new Date("2026-12-29T00:00:00Z") }],
      cancel: [],
    });
  });
});

describe("dates", () => {
  it("due dates are Chongqing calendar days; a task is overdue the day after its due day, only while open", () => {
    expect(dueDate(new Date("2026-11-25T15:00:00Z"), 1).toISOString()).toBe("2026-11-26T00:00:00.000Z"); // 23:00 on Wed 25 Nov in Chongqing
    expect(dueDate(new Date("2026-11-25T23:00:00Z"), 1).toISOString()).toBe("2026-11-27T00:00:00.000Z"); // already Thu 26 Nov in Chongqing
    const dueOn = new Date("2026-11-28T00:00:00Z");
    expect(isTaskOverdue({ status: "OPEN", dueOn }, new Date("2026-11-28T15:00:00Z"))).toBe(false); // 23:00 on the due day
    expect(isTaskOverdue({ status: "OPEN", dueOn }, new Date("2026-11-28T16:30:00Z"))).toBe(true); // 00:30 the next day in Chongqing
    expect(isTaskOverdue({ status: "IN_PROGRESS", dueOn }, today)).toBe(true);
    expect(isTaskOverdue({ status: "DONE", dueOn }, today)).toBe(false);
  });
});

describe("due dates on China's calendar", () => {
  it("moves a due date that falls in the National Day holiday to the first working day after it", () => {
    // 2026-09-25 (Fri) + 7 days = Fri 2 Oct, inside 1–7 Oct: due on Thu 8 Oct.
    expect(dueDate(new Date("2026-09-25T02:00:00Z"), 7).toISOString()).toBe("2026-10-08T00:00:00.000Z");
  });
  it("keeps a due date on a swapped working Saturday (调休): 2026-10-10", () => {
    expect(dueDate(new Date("2026-10-03T02:00:00Z"), 7).toISOString()).toBe("2026-10-10T00:00:00.000Z");
  });
  it("moves an ordinary Sunday to Monday", () => {
    expect(dueDate(new Date("2026-11-22T02:00:00Z"), 7).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});
