// Reading a task page writes nothing: the commission's follow-up page and a department's queue
// used to escalate overdue tasks while they rendered. Now only the daily job and the commission's
// "escalate now" action do — each task once, audited — and the pages say when that last ran.
// The pages are called as Next.js calls them (the page function with its params), as the
// signed-in user, and every table is compared before and after.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import CommissionDepartmentsPage from "@/app/(official)/commission/departments/page";
import DepartmentTasksPage from "@/app/(official)/department/tasks/page";
import { escalateOverdueNow } from "@/modules/departments/actions";
import { ESCALATION_LAST_RUN, escalateOverdueTasks } from "@/modules/departments/escalation";
import { escalationFreshness } from "@/modules/departments/queries";
import { loadActor } from "@/lib/auth/actor";
import { changedTables, databaseChecksum } from "../helpers/authorization-world";
import { createNeighborhood, createUser, departmentByCode } from "../helpers/fixtures";
import { elementText } from "../helpers/page-element";
import { actAs, requestContext } from "../helpers/request-context";

// Pages called outside a Next.js request (tests/helpers/page-stubs.ts).
vi.mock("next/headers", async () => (await import("../helpers/page-stubs")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../helpers/page-stubs")).nextIntlServer);

const users: Record<string, string> = {};
let overdueId = "";

beforeAll(async () => {
  const n = await createNeighborhood({ districtCode: "500103" });
  const department = await departmentByCode("csglj");
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.department = (await createUser({ role: "DEPARTMENT", departmentCode: "csglj" })).id;
  const project = await db.project.create({
    data: {
      code: "T-ESC-1",
      name: "督办测试项目",
      districtId: n.districtId,
      year: 2026,
      stage: "CONSTRUCTION",
      neighborhoods: { create: [{ neighborhoodId: n.id }] },
    },
    select: { id: true },
  });
  const task = (key: string, dueOn: string) =>
    db.departmentTask.create({
      data: {
        departmentId: department.id,
        projectId: project.id,
        dedupeKey: key,
        kind: "INSPECTION",
        title: `检验${key}`,
        dueOn: new Date(dueOn),
      },
      select: { id: true },
    });
  overdueId = (await task("overdue", "2026-01-10")).id;
  await task("later", "2099-01-10");
});

/** Calls the page as `who`, after their session row exists (opening it is the sign-in's write, not the page's). */
async function renderAs(who: string, page: () => Promise<unknown>) {
  actAs(users[who]!);
  await requestContext();
  const before = await databaseChecksum();
  const element = await page();
  return { element, changed: changedTables(before, await databaseChecksum()) };
}

const noParams = async () => ({});

describe("the task pages only read", () => {
  it("the commission's follow-up page shows the task overdue, not escalated, and writes nothing", async () => {
    const { element, changed } = await renderAs("commission", () => CommissionDepartmentsPage());
    expect(changed).toEqual([]);
    expect(elementText(element)).toContain("检验overdue");
    expect(
      await db.departmentTask.findUniqueOrThrow({ where: { id: overdueId }, select: { escalatedAt: true } }),
    ).toEqual({ escalatedAt: null });
    expect(await db.auditLog.count({ where: { action: { startsWith: "departmentTask.escalate" } } })).toBe(0);
  });

  it("a department's queue shows its overdue task and writes nothing", async () => {
    const { element, changed } = await renderAs("department", () => DepartmentTasksPage({ searchParams: noParams() }));
    expect(changed).toEqual([]);
    expect(elementText(element)).toContain("检验overdue");
    expect(await db.notification.count()).toBe(0);
  });

  it("says escalation never ran, and is stale, until a run is recorded", async () => {
    expect(await escalationFreshness(await loadActor(db, users.department!))).toEqual({ lastRun: null, stale: true });
  });
});

describe("the job escalates each overdue task once; the commission's action is the same run", () => {
  it("the job flags the overdue task once, notifies, audits, and records its run", async () => {
    const at = new Date("2026-03-01T07:15:00Z");
    expect(await escalateOverdueTasks(db, at)).toEqual({ escalated: 1, notified: 2, skipped: false });
    expect(await escalateOverdueTasks(db, new Date("2026-03-02T07:15:00Z"))).toEqual({
      escalated: 0,
      notified: 0,
      skipped: false,
    });
    expect(
      await db.departmentTask.findUniqueOrThrow({ where: { id: overdueId }, select: { escalatedAt: true } }),
    ).toEqual({ escalatedAt: at });
    expect(await db.auditLog.count({ where: { action: "departmentTask.escalate", entityId: overdueId } })).toBe(1);
    expect(await db.notification.count({ where: { userId: { in: [users.commission!, users.district!] } } })).toBe(2);
    const freshness = await escalationFreshness(
      await loadActor(db, users.commission!),
      new Date("2026-03-02T12:00:00Z"),
    );
    expect(freshness).toEqual({
      lastRun: { at: "2026-03-02T07:15:00.000Z", escalated: 0, notified: 0, by: "job" },
      stale: false,
    });
    expect(
      (await escalationFreshness(await loadActor(db, users.commission!), new Date("2026-03-04T12:00:00Z"))).stale,
    ).toBe(true);
    expect(
      await db.auditLog.count({ where: { action: "departmentTask.escalateRun", entityId: ESCALATION_LAST_RUN } }),
    ).toBe(2);
  });

  it("after the run, the pages still write nothing", async () => {
    expect((await renderAs("commission", () => CommissionDepartmentsPage())).changed).toEqual([]);
    expect((await renderAs("department", () => DepartmentTasksPage({ searchParams: noParams() }))).changed).toEqual([]);
  });

  it("the commission's 'escalate now' escalates a newly overdue task once, naming the official; others are refused and change nothing", async () => {
    const late = await db.departmentTask.create({
      data: {
        departmentId: (await departmentByCode("csglj")).id,
        projectId: (await db.project.findUniqueOrThrow({ where: { code: "T-ESC-1" }, select: { id: true } })).id,
        dedupeKey: "late",
        kind: "SIGN_OFF",
        title: "签认late",
        dueOn: new Date("2026-02-01"),
      },
      select: { id: true },
    });
    for (const who of ["district", "department"]) {
      actAs(users[who]!);
      await requestContext();
      const before = await databaseChecksum();
      expect(await escalateOverdueNow({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(changedTables(before, await databaseChecksum())).toEqual([]);
    }
    actAs(users.commission!);
    expect(await escalateOverdueNow({})).toEqual({ ok: true, data: { escalated: 1, notified: 2, skipped: false } });
    expect(await escalateOverdueNow({})).toEqual({ ok: true, data: { escalated: 0, notified: 0, skipped: false } });
    expect(await escalateOverdueTasks(db)).toEqual({ escalated: 0, notified: 0, skipped: false });
    const audits = await db.auditLog.findMany({
      where: { action: "departmentTask.escalate", entityId: late.id },
      select: { actorId: true },
    });
    expect(audits).toEqual([{ actorId: users.commission }]);
    const run = await escalationFreshness(await loadActor(db, users.commission!));
    expect(run.lastRun).toMatchObject({ by: "job", escalated: 0 });
  });
});
