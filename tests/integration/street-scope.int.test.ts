// A district official narrowed to some streets (街道/乡镇) sees and changes only the records of
// those streets, on the real database: lists, reads (others' records read as not found) and
// actions (refused, nothing written). District-level work stays with the whole district's officials.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { enterPaperBallot, openBallot } from "@/modules/consultation/actions";
import { getBallotForOfficial, listConsultations } from "@/modules/consultation/queries";
import { districtDashboard } from "@/modules/dashboards/queries";
import { escalateOverdueTasks } from "@/modules/departments/escalation";
import { createFundingRecord } from "@/modules/funding/actions";
import { districtFunding, projectLedger } from "@/modules/funding/queries";
import { setDistrictExtension, updateNeighborhoodNotes } from "@/modules/neighborhoods/actions";
import { getNeighborhood, listNeighborhoods } from "@/modules/neighborhoods/queries";
import { approvePlan, createPlan, importEntries, removeEntry, saveEntry, submitPlan } from "@/modules/plans/actions";
import { getPlan, listPlans } from "@/modules/plans/queries";
import { addProjectItem } from "@/modules/projects/actions";
import { getProject, listProjects, projectFormOptions } from "@/modules/projects/queries";
import {
  createConsultationProject,
  createNeighborhood,
  createStreet,
  createUser,
  departmentByCode,
} from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

type Hood = Awaited<ReturnType<typeof createNeighborhood>>;
type Project = Awaited<ReturnType<typeof createConsultationProject>>;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const scan = () => new File([PNG], "form.png", { type: "image/png" });
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);

const users: Record<string, string> = {};
const hood: Record<"a" | "b" | "none", Hood> = {} as never;
const project: Record<"a" | "b" | "mixed", Project> = {} as never;
const ballot: Record<"a" | "b", string> = {} as never;
let planId: string;

const actor = (key: string) => loadActor(db, users[key]!);
const as = (key: string) => actAs(users[key]!);

async function open(projectId: string) {
  const r = await openBallot({ projectId, title: "改造内容表决", opensAt: isoIn(-1), closesAt: isoIn(60) });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}
const greeningItemOf = (ballotId: string, p: Project) =>
  db.ballotItem
    .findFirstOrThrow({ where: { ballotId, projectItemId: p.greeningItemId }, select: { id: true } })
    .then((i) => i.id);
const entry = (neighborhoodId: string) => ({
  planId,
  neighborhoodId,
  floorAreaM2: "2000",
  households: "30",
  buildings: "1",
  investmentWan: "100",
  startQuarter: "Q2",
  categories: ["BASIC"],
  residentsConsulted: true,
  note: "",
});

beforeAll(async () => {
  const a = await createStreet({ districtCode: "500103", name: "解放碑街道" });
  const b = await createStreet({ districtCode: "500103", name: "朝天门街道" });
  hood.a = await createNeighborhood({ districtCode: "500103", name: "甲街道小区", streetId: a.id });
  hood.b = await createNeighborhood({ districtCode: "500103", name: "乙街道小区", streetId: b.id });
  hood.none = await createNeighborhood({ districtCode: "500103", name: "未分街道小区" });
  project.a = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.a.id] });
  project.b = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.b.id] });
  project.mixed = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.a.id, hood.b.id] });
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.streetA = (await createUser({ role: "DISTRICT", districtCode: "500103", streetIds: [a.id] })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  as("district");
  ballot.a = await open(project.a.id);
  ballot.b = await open(project.b.id);
  const plan = await createPlan({ year: 2030 });
  if (!plan.ok) throw new Error(plan.error);
  planId = plan.data.id;
  expect(codeOf(await saveEntry(entry(hood.b.id)))).toBe("OK");
});

describe("lists", () => {
  it("a street-scoped official lists only their streets' neighbourhoods, projects and ballots", async () => {
    const me = await actor("streetA");
    expect((await listNeighborhoods(me, { page: 1 })).rows.map((r) => r.name)).toEqual(["甲街道小区"]);
    // The mixed project has a neighbourhood outside the official's streets.
    expect((await listProjects(me, { page: 1 })).rows.map((r) => r.id)).toEqual([project.a.id]);
    const consultations = await listConsultations(me);
    expect(consultations.map((p) => p.id)).toEqual([project.a.id]);
    expect(consultations[0]!.ballots.map((b) => b.id)).toEqual([ballot.a]);
    expect((await projectFormOptions(me)).neighborhoods.map((n) => n.name)).toEqual(["甲街道小区"]);
    expect((await districtFunding(me)).projects.map((p) => p.id)).toEqual([project.a.id]);
  });

  it("the district's whole-district official and the commission still see every street", async () => {
    for (const key of ["district", "commission"]) {
      const who = await actor(key);
      expect((await listNeighborhoods(who, { page: 1 })).total).toBe(3);
      expect((await listProjects(who, { page: 1 })).total).toBe(3);
      expect((await listConsultations(who)).flatMap((p) => p.ballots.map((b) => b.id)).sort()).toEqual(
        [ballot.a, ballot.b].sort(),
      );
    }
    expect((await districtFunding(await actor("district"))).projects).toHaveLength(3);
  });

  it("the plan is read by the street-scoped official with only their streets' entries", async () => {
    as("district");
    expect(codeOf(await saveEntry(entry(hood.a.id)))).toBe("OK");
    const whole = await getPlan(await actor("district"), planId);
    expect(whole.entries).toHaveLength(2);
    const mine = await getPlan(await actor("streetA"), planId);
    expect(mine.entries.map((e) => e.neighborhoodId)).toEqual([hood.a.id]);
    expect(mine.canManagePlan).toBe(false);
    const [listed] = await listPlans(await actor("streetA"));
    expect(listed!._count.entries).toBe(1);
    await db.annualPlanEntry.deleteMany({ where: { planId, neighborhoodId: hood.a.id } });
  });

  it("the district dashboard counts only their streets' projects", async () => {
    const funnel = async (key: string) =>
      (await districtDashboard(await actor(key), 2026)).funnel.reduce((n, s) => n + s.count, 0);
    expect(await funnel("district")).toBe(3);
    expect(await funnel("streetA")).toBe(1);
    expect((await districtDashboard(await actor("streetA"), 2026)).streetScoped).toBe(true);
  });
});

describe("reads", () => {
  it("another street's records, and those of no street, read as not found", async () => {
    const me = await actor("streetA");
    await expect(getNeighborhood(me, hood.b.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getNeighborhood(me, hood.none.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProject(me, project.b.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProject(me, project.mixed.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBallotForOfficial(me, ballot.b)).rejects.toBeInstanceOf(NotFoundError);
    await expect(projectLedger(me, project.b.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("their own streets' records read as usual", async () => {
    const me = await actor("streetA");
    expect((await getNeighborhood(me, hood.a.id)).name).toBe("甲街道小区");
    expect((await getProject(me, project.a.id)).id).toBe(project.a.id);
    expect((await getBallotForOfficial(me, ballot.a)).canManage).toBe(true);
    expect((await projectLedger(me, project.a.id)).canEdit).toBe(true);
  });
});

describe("actions", () => {
  const snapshot = async () => ({
    notes: await db.neighborhood.findMany({ orderBy: { id: "asc" }, select: { id: true, notes: true, version: true } }),
    items: await db.projectItem.count(),
    ballots: await db.ballot.count(),
    papers: await db.paperBallot.count(),
    funding: await db.fundingRecord.count(),
    entries: await db.annualPlanEntry.findMany({ orderBy: { id: "asc" }, select: { id: true, neighborhoodId: true } }),
    plan: await db.annualPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, version: true } }),
    plans: await db.annualPlan.count(),
    extension: await db.district.findFirstOrThrow({ where: { code: "500103" }, select: { allows2005Extension: true } }),
    audits: await db.auditLog.count(),
  });
  const funding = (projectId: string) => ({
    projectId,
    source: "CENTRAL_SUBSIDY",
    status: "PLANNED",
    planned: "1000",
    committed: "0",
    paid: "0",
    recordedOn: "2026-03-15",
    documentRef: "测试",
  });
  const item = async (projectId: string) => ({
    projectId,
    catalogueItemId: (await db.catalogueItem.findUniqueOrThrow({ where: { code: "B07" }, select: { id: true } })).id,
    quantity: "1",
    estimatedCost: "1000",
  });

  it("are refused on another street's records, and nothing changes", async () => {
    const before = await snapshot();
    as("streetA");
    const refusals = {
      notes: await updateNeighborhoodNotes({ id: hood.b.id, notes: "越权", version: hood.b.version }),
      notesNoStreet: await updateNeighborhoodNotes({ id: hood.none.id, notes: "越权", version: hood.none.version }),
      item: await addProjectItem(await item(project.b.id)),
      itemMixed: await addProjectItem(await item(project.mixed.id)),
      openBallot: await openBallot({
        projectId: project.mixed.id,
        title: "越权",
        opensAt: isoIn(-1),
        closesAt: isoIn(60),
      }),
      paper: await enterPaperBallot({
        ballotItemId: await greeningItemOf(ballot.b, project.b),
        dwellingId: hood.b.dwellings[0]!.id,
        choice: "AGREE",
        scan: scan(),
      }),
      funding: await createFundingRecord(funding(project.b.id)),
      entry: await saveEntry(entry(hood.b.id)),
      entryNoStreet: await saveEntry(entry(hood.none.id)),
      removeEntry: await removeEntry({
        planId,
        entryId: before.entries.find((e) => e.neighborhoodId === hood.b.id)!.id,
      }),
    };
    for (const [what, result] of Object.entries(refusals)) expect(codeOf(result), what).toBe("FORBIDDEN");
    // The Excel import names the row that lists another street's neighbourhood, and writes nothing.
    const values = {
      小区名称: "乙街道小区",
      小区地址: "",
      "改造面积(平方米)": 2000,
      受益户数: 30,
      楼栋数: 1,
      "计划投资(万元)": 100,
      计划开工季度: "二季度",
      改造内容类别: "基础类",
      是否已征求居民意见: "是",
      备注: "",
    };
    const imported = await importEntries({ planId, headers: Object.keys(values), rows: [{ rowNumber: 2, values }] });
    expect(imported).toMatchObject({
      ok: true,
      data: {
        imported: 0,
        errors: [{ rowNumber: 2, problems: ["「乙街道小区」不属于您负责的街道(乡镇),不能列入。"] }],
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("district-level work is refused with a clear message: create or submit the plan, the 2005 switch", async () => {
    const before = await snapshot();
    as("streetA");
    const submitted = await submitPlan({ planId });
    expect(submitted).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(submitted.ok ? "" : submitted.error).toMatch(/仅限部分街道/);
    expect(codeOf(await createPlan({ year: 2031 }))).toBe("FORBIDDEN");
    expect(codeOf(await setDistrictExtension({ enabled: "true" }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it("are allowed on their own streets' records", async () => {
    as("streetA");
    expect(codeOf(await updateNeighborhoodNotes({ id: hood.a.id, notes: "街道备注", version: hood.a.version }))).toBe(
      "OK",
    );
    expect(codeOf(await addProjectItem(await item(project.a.id)))).toBe("OK");
    expect(
      codeOf(
        await enterPaperBallot({
          ballotItemId: await greeningItemOf(ballot.a, project.a),
          dwellingId: hood.a.dwellings[0]!.id,
          choice: "AGREE",
          scan: scan(),
        }),
      ),
    ).toBe("OK");
    expect(codeOf(await createFundingRecord(funding(project.a.id)))).toBe("OK");
    expect(codeOf(await saveEntry(entry(hood.a.id)))).toBe("OK");
    expect(await db.neighborhood.findUniqueOrThrow({ where: { id: hood.a.id }, select: { notes: true } })).toEqual({
      notes: "街道备注",
    });
    expect(await db.annualPlanEntry.count({ where: { planId, neighborhoodId: hood.a.id } })).toBe(1);
    expect(await db.paperBallot.count()).toBe(1);
    expect(await db.fundingRecord.count({ where: { projectId: project.a.id } })).toBe(1);
  });

  it("the whole-district official still changes every street's records and submits the plan", async () => {
    as("district");
    expect(codeOf(await updateNeighborhoodNotes({ id: hood.b.id, notes: "全区备注", version: hood.b.version }))).toBe(
      "OK",
    );
    expect(codeOf(await createFundingRecord(funding(project.mixed.id)))).toBe("OK");
    expect(codeOf(await submitPlan({ planId }))).toBe("OK");
  });

  it("an approved plan is amended by the whole district only, even for the official's own street", async () => {
    as("commission");
    expect(codeOf(await approvePlan({ planId }))).toBe("OK");
    as("streetA");
    const own = await db.annualPlanEntry.findFirstOrThrow({
      where: { planId, neighborhoodId: hood.a.id },
      select: { id: true },
    });
    const amended = await saveEntry({
      ...entry(hood.a.id),
      entryId: own.id,
      households: "31",
      amendmentReason: "户数核对",
    });
    expect(amended).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.planAmendment.count()).toBe(0);
    as("district");
    expect(
      codeOf(await saveEntry({ ...entry(hood.a.id), entryId: own.id, households: "31", amendmentReason: "户数核对" })),
    ).toBe("OK");
  });
});

describe("escalations", () => {
  it("an overdue task is notified to the officials who may see its project, not to another street's", async () => {
    const department = await departmentByCode("scjgj");
    await db.departmentTask.create({
      data: {
        departmentId: department.id,
        projectId: project.b.id,
        dedupeKey: "street-scope-b",
        kind: "INSPECTION",
        title: "测试检查",
        dueOn: new Date("2026-01-05"),
      },
    });
    await escalateOverdueTasks(db as never, new Date("2026-02-01T00:00:00Z"));
    const notified = async (key: string) => db.notification.count({ where: { userId: users[key]! } });
    expect(await notified("district")).toBe(1);
    expect(await notified("commission")).toBe(1);
    expect(await notified("streetA")).toBe(0);
  });
});
