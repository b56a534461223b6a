// The department work: tasks routed from a project's items as its stage moves, added and dropped
// items, the residents' decision, no duplicates (also when two changes route at once), each
// department's queue seeing only its own tasks, results with attachments, the joint-acceptance
// gate naming the departments still pending, escalation once, the commission's counts, and the
// admin's rules — with the wrong role or district refused and nothing changed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { finalizeBallot } from "@/modules/consultation/actions";
import { completeTask, rejectTask, saveDuty, saveRule, startTask } from "@/modules/departments/actions";
import { escalateOverdueTasks } from "@/modules/departments/escalation";
import {
  departmentQueue,
  departmentTask,
  departmentWorkload,
  projectTasks,
  responsibilityMatrix,
  taskAttachmentFile,
} from "@/modules/departments/queries";
import { dueDate } from "@/modules/departments/routing";
import { syncProjectTasks } from "@/modules/departments/sync";
import { addProjectItem, advanceStage, createProject, dropProjectItem } from "@/modules/projects/actions";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/renew-test-uploads-${process.pid}`;
});

const users: Record<string, string> = {};
const catalogue: Record<string, string> = {};
let projectId = "";
const pdf = () =>
  new File([new TextEncoder().encode("%PDF-1.4\n%inspection\n")], "检验报告.pdf", { type: "application/pdf" });

beforeAll(async () => {
  const own = await createNeighborhood({ districtCode: "500103", name: "渝中部门任务小区" });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.admin = (await createUser({ role: "ADMIN" })).id;
  users.scjgj = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
  users.csglj = (await createUser({ role: "DEPARTMENT", departmentCode: "csglj" })).id;
  users.xfjyzd = (await createUser({ role: "DEPARTMENT", departmentCode: "xfjyzd" })).id;
  for (const c of await db.catalogueItem.findMany({ select: { id: true, code: true } })) catalogue[c.code] = c.id;
  actAs(users.yuzhong!);
  const created = await createProject({
    name: "部门任务测试项目",
    year: "2026",
    neighborhoodIds: [own.id],
    items: JSON.stringify([
      { catalogueItemId: catalogue.B01, quantity: "100", estimatedCost: "300000" }, // water → 市城市管理局, needed for acceptance
      { catalogueItemId: catalogue.B03, quantity: "100", estimatedCost: "200000" }, // gas → 市经济信息委, design stage
      { catalogueItemId: catalogue.I07, quantity: "1", estimatedCost: "450000", unitIds: [own.unitId] }, // lift for the unit → 市市场监管局, proposed for the vote
    ]),
  });
  if (!created.ok) throw new Error(created.error);
  projectId = created.data.id;
});

const actor = (key: string) => loadActor(db, users[key]!);
const version = async () =>
  (await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { version: true } })).version;
const advance = async (to: string) => advanceStage({ projectId, to, version: await version() });
const tasks = () =>
  db.departmentTask.findMany({
    where: { projectId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      dueOn: true,
      title: true,
      department: { select: { code: true } },
      projectItemId: true,
    },
  });
const taskOf = async (code: string) => (await tasks()).find((t) => t.department.code === code)!;
const liftItem = async () =>
  (
    await db.projectItem.findFirstOrThrow({
      where: { projectId, catalogueItemId: catalogue.I07 },
      select: { id: true },
    })
  ).id;

describe("routing follows the project's items and stage", () => {
  it("routes nothing in the reserve and the consultation, the design-stage coordination at design", async () => {
    expect(await tasks()).toEqual([]);
    actAs(users.yuzhong!);
    expect((await advance("CONSULTATION")).ok).toBe(true);
    expect(await tasks()).toEqual([]);
    // The residents' vote is the consultation's feature; its outcome is set directly here.
    await db.projectItem.updateMany({ where: { projectId, status: "PROPOSED" }, data: { status: "INCLUDED" } });
    expect((await advance("DESIGN")).ok).toBe(true);
    expect((await tasks()).map((t) => t.department.code)).toEqual(["jjxxw"]);
  });

  it("construction brings the water sign-off and the lift inspection, due after the rule's days", async () => {
    await db.designReview.create({
      data: { projectId, reviewedOn: new Date("2026-11-01"), experts: "张三", conclusion: "PASSED" },
    });
    actAs(users.yuzhong!);
    expect((await advance("APPROVED")).ok).toBe(true);
    await db.milestone.create({ data: { projectId, name: "施工", plannedEnd: new Date("2099-01-01") } });
    expect((await advance("CONSTRUCTION")).ok).toBe(true);
    const all = await tasks();
    // The water item carries two tags (water, municipal): two tasks for 市城市管理局.
    expect(all.map((t) => t.department.code).sort()).toEqual(["csglj", "csglj", "jjxxw", "scjgj"]);
    const lift = all.find((t) => t.department.code === "scjgj")!;
    // 30 days from today in Chongqing, moved off a holiday (the calendar itself: routing.test.ts).
    // Not UTC's today: from 16:00 UTC it is already tomorrow in Chongqing.
    expect(lift.dueOn.toISOString()).toBe(dueDate(new Date(), 30).toISOString());
    expect(lift.title).toBe("加装电梯监督检验和使用登记");
    expect(await db.auditLog.count({ where: { entityId: projectId, action: "departmentTask.route" } })).toBe(2);
  });

  it("an item added later is routed at once; after the consultation it needs the residents' decision", async () => {
    actAs(users.yuzhong!);
    const before = await tasks();
    const noDecision = await addProjectItem({
      projectId,
      catalogueItemId: catalogue.I05,
      quantity: "2",
      estimatedCost: "50000",
    });
    expect(noDecision).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await tasks()).toEqual(before);
    const added = await addProjectItem({
      projectId,
      catalogueItemId: catalogue.I05,
      quantity: "2",
      estimatedCost: "50000",
      decisionNote: "1单元业主表决通过",
    });
    expect(added).toMatchObject({ ok: true, data: { status: "INCLUDED", tasksCreated: 1 } });
    expect((await taskOf("cl")).status).toBe("OPEN");
  });

  it("the wrong role or district cannot add or drop items, and nothing changes", async () => {
    const before = { tasks: await tasks(), items: await db.projectItem.count({ where: { projectId } }) };
    for (const key of ["jiangbei", "commission", "scjgj", "admin"]) {
      actAs(users[key]!);
      expect(
        (await addProjectItem({ projectId, catalogueItemId: catalogue.B07, quantity: "1", estimatedCost: "1000" })).ok,
      ).toBe(false);
      expect((await dropProjectItem({ itemId: await liftItem(), reason: "不做了" })).ok).toBe(false);
    }
    expect({ tasks: await tasks(), items: await db.projectItem.count({ where: { projectId } }) }).toEqual(before);
  });

  it("dropping an item cancels its open task (kept on record); dropping it again is refused", async () => {
    actAs(users.yuzhong!);
    const barrier = await db.projectItem.findFirstOrThrow({
      where: { projectId, catalogueItemId: catalogue.I05 },
      select: { id: true },
    });
    expect(await dropProjectItem({ itemId: barrier.id, reason: "  " })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await dropProjectItem({ itemId: barrier.id, reason: "场地不具备条件" })).toMatchObject({
      ok: true,
      data: { tasksCancelled: 1 },
    });
    expect((await taskOf("cl")).status).toBe("CANCELLED");
    expect(await dropProjectItem({ itemId: barrier.id, reason: "再次取消" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await db.departmentTask.count({ where: { projectId } })).toBe(5);
  });

  it("never duplicates: a repeated sync and two concurrent syncs make one task each", async () => {
    await db.projectItem.create({
      data: {
        projectId,
        catalogueItemId: catalogue.I02!,
        quantity: "10",
        estimatedCostFen: 100_000n,
        matter: "SPECIAL",
        status: "INCLUDED",
      },
    });
    const results = await Promise.all([1, 2, 3].map(() => db.$transaction((tx) => syncProjectTasks(tx, projectId))));
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(1);
    expect(await syncProjectTasks(db, projectId)).toEqual({ created: 0, reopened: 0, cancelled: 0 });
    const greening = await db.departmentTask.count({ where: { projectId, title: "园林绿化监管" } });
    expect(greening).toBe(1);
  });
});

describe("a department's queue", () => {
  it("holds only the department's own tasks, overdue first", async () => {
    const gas = await taskOf("jjxxw");
    const queue = await departmentQueue(await actor("scjgj"), { overdue: false });
    expect(queue.tasks.map((t) => t.title)).toEqual(["加装电梯监督检验和使用登记"]);
    expect(queue.districts.map((d) => d.name)).toEqual(["渝中区"]);
    expect((await departmentQueue(await actor("xfjyzd"), { overdue: false })).tasks).toEqual([]);
    await expect(departmentTask(await actor("xfjyzd"), gas.id)).rejects.toThrow("不存在");
    await expect(departmentQueue(await actor("yuzhong"), { overdue: false })).rejects.toThrow();
    // csglj has three tasks; the one made overdue comes first.
    const greening = (await tasks()).find((t) => t.title === "园林绿化监管")!;
    await db.departmentTask.update({ where: { id: greening.id }, data: { dueOn: new Date("2026-01-05") } });
    const csglj = await departmentQueue(await actor("csglj"), { overdue: false });
    expect(csglj.tasks.map((t) => [t.title, t.overdue])[0]).toEqual(["园林绿化监管", true]);
    expect(
      csglj.tasks
        .slice(1)
        .map((t) => t.title)
        .sort(),
    ).toEqual(["供水设施监管验收", "市政公用设施监管"]);
    expect((await departmentQueue(await actor("csglj"), { overdue: true })).tasks).toHaveLength(1);
    expect((await departmentQueue(await actor("csglj"), { overdue: false, status: "DONE" })).tasks).toHaveLength(0);
  });

  it("another department, a district or the commission cannot act on the task; nothing changes", async () => {
    const lift = await taskOf("scjgj");
    for (const key of ["xfjyzd", "yuzhong", "commission"]) {
      actAs(users[key]!);
      expect((await startTask({ taskId: lift.id })).ok).toBe(false);
      expect((await completeTask({ taskId: lift.id, note: "合格" })).ok).toBe(false);
      expect((await rejectTask({ taskId: lift.id, reason: "不合格" })).ok).toBe(false);
    }
    expect((await taskOf("scjgj")).status).toBe("OPEN");
    expect(await db.auditLog.count({ where: { entityType: "DepartmentTask" } })).toBe(0);
  });

  it("the district and the commission see the project's tasks; another district does not", async () => {
    expect((await projectTasks(await actor("commission"), projectId)).length).toBe(6);
    expect(
      (await projectTasks(await actor("yuzhong"), projectId)).find((t) => t.title === "园林绿化监管")?.overdue,
    ).toBe(true);
    await expect(projectTasks(await actor("jiangbei"), projectId)).rejects.toThrow();
  });
});

describe("joint acceptance waits for the sign-offs", () => {
  it("refuses completion naming the pending departments, then lets it through once they are done", async () => {
    actAs(users.yuzhong!);
    await db.milestone.updateMany({ where: { projectId }, data: { actualEnd: new Date("2026-11-20"), progress: 100 } });
    expect((await advance("ACCEPTANCE")).ok).toBe(true);
    await db.evidence.create({
      data: {
        projectId,
        kind: "DOCUMENT",
        fileName: "联合验收报告.pdf",
        storageKey: "2026/11/00000000-0000-0000-0000-000000000001.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
      },
    });
    const refused = await advance("COMPLETED");
    expect(refused).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect(refused.ok ? "" : refused.error).toBe(
      "联合验收尚不能完成:市市场监管局、市城市管理局的验收签认或检验任务尚未办结。",
    );

    // 市市场监管局: starts, a result without a note is refused, then done with the report attached.
    const lift = await taskOf("scjgj");
    actAs(users.scjgj!);
    expect(await startTask({ taskId: lift.id })).toMatchObject({ ok: true });
    expect(await completeTask({ taskId: lift.id, note: " " })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(
      await completeTask({ taskId: lift.id, note: "监督检验合格,已办理使用登记。", files: [pdf()] }),
    ).toMatchObject({ ok: true });
    expect(await completeTask({ taskId: lift.id, note: "再次办结" })).toMatchObject({
      ok: false,
      code: "RULE_VIOLATION",
    });
    const attachment = await db.departmentTaskAttachment.findFirstOrThrow({
      where: { taskId: lift.id },
      select: { id: true, mimeType: true },
    });
    expect(attachment.mimeType).toBe("application/pdf");
    expect((await taskAttachmentFile(await actor("commission"), lift.id, attachment.id)).fileName).toBe("检验报告.pdf");
    expect((await taskAttachmentFile(await actor("yuzhong"), lift.id, attachment.id)).fileName).toBe("检验报告.pdf");
    await expect(taskAttachmentFile(await actor("jiangbei"), lift.id, attachment.id)).rejects.toThrow();
    await expect(taskAttachmentFile(await actor("xfjyzd"), lift.id, attachment.id)).rejects.toThrow();

    // 市城市管理局 first rejects (a reason is required), then takes it up again and signs off.
    const water = (await tasks()).find((t) => t.title === "供水设施监管验收")!;
    actAs(users.csglj!);
    expect(await rejectTask({ taskId: water.id, reason: "" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await rejectTask({ taskId: water.id, reason: "二次供水水箱未消毒" })).toMatchObject({ ok: true });
    actAs(users.yuzhong!);
    const stillWaiting = await advance("COMPLETED");
    expect(stillWaiting.ok ? "" : stillWaiting.error).toContain("市城市管理局");
    expect(stillWaiting.ok ? "" : stillWaiting.error).not.toContain("市市场监管局");
    actAs(users.csglj!);
    expect(await startTask({ taskId: water.id })).toMatchObject({ ok: true });
    expect(await completeTask({ taskId: water.id, note: "整改后复查合格" })).toMatchObject({ ok: true });

    // A finished task is kept even when its item is dropped later.
    actAs(users.yuzhong!);
    expect((await dropProjectItem({ itemId: await liftItem(), reason: "测试" })).ok).toBe(true);
    expect((await taskOf("scjgj")).status).toBe("DONE");
    expect(
      await db.auditLog.count({
        where: {
          entityType: "DepartmentTask",
          action: { in: ["departmentTask.start", "departmentTask.complete", "departmentTask.reject"] },
        },
      }),
    ).toBe(5);

    expect(await advance("COMPLETED")).toMatchObject({ ok: true, data: { stage: "COMPLETED" } });
  });
});

describe("escalation", () => {
  it("flags each overdue open task once and notifies the district and the commission", async () => {
    const districtUsers = await db.user.count({
      where: {
        role: "DISTRICT",
        districtId: (await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { districtId: true } }))
          .districtId,
      },
    });
    const commissionUsers = await db.user.count({ where: { role: "COMMISSION" } });
    const first = await escalateOverdueTasks(db);
    expect(first).toEqual({ escalated: 1, notified: districtUsers + commissionUsers, skipped: false });
    expect(await db.notification.count({ where: { userId: users.commission, link: "/commission/departments" } })).toBe(
      1,
    );
    expect(await db.notification.count({ where: { userId: users.jiangbei } })).toBe(0);
    expect(await escalateOverdueTasks(db)).toEqual({ escalated: 0, notified: 0, skipped: false });
    expect(await db.departmentTask.count({ where: { escalatedAt: { not: null } } })).toBe(1);

    const workload = await departmentWorkload(await actor("commission"));
    expect(workload[0]).toMatchObject({ name: "市城市管理局", open: 2, overdue: 1, escalated: 1, done: 1 });
    expect(workload.find((d) => d.name === "市市场监管局")).toMatchObject({ open: 0, done: 1 });
    await expect(departmentWorkload(await actor("yuzhong"))).rejects.toThrow();
  });

  it("two runs at once (a page load and the job) escalate a task once", async () => {
    const municipal = (await tasks()).find((t) => t.title === "市政公用设施监管")!;
    await db.departmentTask.update({ where: { id: municipal.id }, data: { dueOn: new Date("2026-02-01") } });
    const notificationsBefore = await db.notification.count();
    const runs = await Promise.all([escalateOverdueTasks(db), escalateOverdueTasks(db)]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    expect(await db.auditLog.count({ where: { action: "departmentTask.escalate", entityId: municipal.id } })).toBe(1);
    expect(await db.notification.count()).toBe(notificationsBefore + runs.reduce((n, r) => n + r.notified, 0));
    expect(runs.reduce((n, r) => n + r.notified, 0)).toBeGreaterThan(0);
  });
});

describe("the consultation's result routes too", () => {
  it("finalising a ballot includes the passed lift (routed) and rejects the rest (nothing routed)", async () => {
    const n = await createNeighborhood({ districtCode: "500103" });
    const project = await db.project.create({
      data: {
        code: "T-FIN-1",
        name: "表决后分派",
        districtId: n.districtId,
        year: 2026,
        stage: "CONSTRUCTION",
        neighborhoods: { create: [{ neighborhoodId: n.id }] },
      },
      select: { id: true },
    });
    const item = (code: string) =>
      db.projectItem.create({
        data: {
          projectId: project.id,
          catalogueItemId: catalogue[code]!,
          quantity: "1",
          estimatedCostFen: 1n,
          matter: "SPECIAL",
          status: "PROPOSED",
        },
        select: { id: true },
      });
    const [lift, fire] = [await item("I07"), await item("I08")];
    const past = new Date(Date.now() - 86_400_000);
    const ballot = await db.ballot.create({
      data: {
        projectId: project.id,
        title: "单元加装电梯表决",
        status: "PUBLISHED",
        opensAt: past,
        closesAt: past,
        noticeEndsAt: past,
        publishedAt: past,
        items: {
          create: [
            { projectItemId: lift.id, matter: "SPECIAL", title: "加装电梯", estimatedCostFen: 1n, outcome: "PASSED" },
            { projectItemId: fire.id, matter: "SPECIAL", title: "充电设施", estimatedCostFen: 1n, outcome: "FAILED" },
          ],
        },
      },
      select: { id: true },
    });
    actAs(users.jiangbei!);
    expect((await finalizeBallot({ ballotId: ballot.id })).ok).toBe(false);
    expect(await db.departmentTask.count({ where: { projectId: project.id } })).toBe(0);
    actAs(users.yuzhong!);
    expect(await finalizeBallot({ ballotId: ballot.id })).toMatchObject({ ok: true });
    const routed = await db.departmentTask.findMany({
      where: { projectId: project.id },
      select: { projectItemId: true, department: { select: { code: true } } },
    });
    expect(routed).toEqual([{ projectItemId: lift.id, department: { code: "scjgj" } }]);
  });
});

describe("the matrix and its rules", () => {
  it("is readable by officials; only the admin edits duties and rules, audited, duplicates refused", async () => {
    const matrix = await responsibilityMatrix(await actor("yuzhong"));
    expect(matrix).toHaveLength(23);
    expect(matrix.find((d) => d.name === "市市场监管局")?.rules.map((r) => r.matchTag)).toContain("lift");
    const cl = matrix.find((d) => d.name === "市残联")!;
    const rule = {
      departmentId: cl.id,
      matchTag: "ageing",
      stage: "CONSTRUCTION",
      kind: "SIGN_OFF",
      title: "适老化设施验收签认",
      dueDays: "20",
      requiredForAcceptance: "on",
      active: "on",
    };
    actAs(users.commission!);
    expect(await saveRule(rule)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.admin!);
    expect(await saveRule({ ...rule, matchTag: "Ageing!" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const created = await saveRule(rule);
    expect(created.ok).toBe(true);
    expect(await saveRule(rule)).toMatchObject({ ok: false, code: "CONFLICT" });
    const id = created.ok ? created.data.id : "";
    expect(await saveRule({ ...rule, ruleId: id, active: undefined })).toMatchObject({ ok: true });
    expect(
      await db.routingRule.findUniqueOrThrow({
        where: { id },
        select: { active: true, requiredForAcceptance: true, dueDays: true },
      }),
    ).toEqual({ active: false, requiredForAcceptance: true, dueDays: 20 });
    expect(
      await saveDuty({
        departmentId: cl.id,
        dutyId: cl.duties[0]!.id,
        text: "负责监督指导无障碍环境建设。",
        category: "IMPROVEMENT",
        stage: "ACCEPTANCE",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.auditLog.count({
        where: { action: { in: ["routingRule.create", "routingRule.update", "department.updateDuty"] } },
      }),
    ).toBe(3);
    // An inactive rule is shown to the admin only.
    expect(
      (await responsibilityMatrix(await actor("admin"))).find((d) => d.id === cl.id)?.rules.some((r) => r.id === id),
    ).toBe(true);
    expect(
      (await responsibilityMatrix(await actor("yuzhong"))).find((d) => d.id === cl.id)?.rules.some((r) => r.id === id),
    ).toBe(false);
  });
});
