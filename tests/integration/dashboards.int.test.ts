// Every dashboard panel against an independent SQL query of the records it summarises, on
// fixtures with known numbers; district scoping; wrong roles refused; the open data.
import { beforeAll, describe, expect, it } from "vitest";
import type { ProjectStage } from "@/generated/prisma/enums";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { GET as publicProgressRoute } from "@/app/api/v1/public/progress/route";
import {
  commissionDashboard,
  departmentDashboard,
  districtDashboard,
  publicProgress,
  residentPhoto,
  residentTimeline,
} from "@/modules/dashboards/queries";
import { FUNDING_SHARE_OF_SOURCE } from "@/modules/funding/shares";
import { listNeighborhoods } from "@/modules/neighborhoods/queries";
import { listProjects } from "@/modules/projects/queries";
import { bindResident, createNeighborhood, createUser, departmentByCode, districtByCode } from "../helpers/fixtures";

const YEAR = 2021;
const DAY = 86_400_000;
const now = new Date();
const users: Record<string, string> = {};
const ids: Record<string, string> = {};
let serial = 0;

const catalogue = async (code: string) =>
  (await db.catalogueItem.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

async function project(
  district: string,
  neighborhoodIds: string[],
  stage: ProjectStage,
  options: { year?: number; startedAt?: Date; name?: string } = {},
) {
  const n = ++serial;
  return (
    await db.project.create({
      data: {
        code: `D-${n}`,
        name: options.name ?? `看板项目${n}`,
        districtId: district,
        year: options.year ?? YEAR,
        stage,
        startedAt: options.startedAt ?? null,
        neighborhoods: { create: neighborhoodIds.map((neighborhoodId) => ({ neighborhoodId })) },
      },
      select: { id: true },
    })
  ).id;
}

async function item(projectId: string, code: string, status: "INCLUDED" | "REJECTED" | "PROPOSED", costFen: bigint) {
  return (
    await db.projectItem.create({
      data: {
        projectId,
        catalogueItemId: await catalogue(code),
        quantity: "10",
        estimatedCostFen: costFen,
        matter: "SPECIAL",
        status,
      },
      select: { id: true },
    })
  ).id;
}

async function approvedPlan(
  districtId: string,
  year: number,
  neighborhoodIds: string[],
  status: "APPROVED" | "RETURNED" = "APPROVED",
) {
  return db.annualPlan.create({
    data: {
      districtId,
      year,
      status,
      entries: {
        create: neighborhoodIds.map((neighborhoodId) => ({
          neighborhoodId,
          floorAreaM2: "1000",
          households: 10,
          buildings: 1,
          investmentFen: 100_000_000n,
          startQuarter: "Q1" as const,
        })),
      },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const yz = await districtByCode("500103");
  const jb = await districtByCode("500105");
  ids.yz = yz.id;
  ids.jb = jb.id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.dept = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
  users.otherDept = (await createUser({ role: "DEPARTMENT", departmentCode: "xfjyzd" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  users.stranger = (await createUser({ role: "RESIDENT" })).id;

  // 渝中: four planned neighbourhoods, 江北: two; three dwellings (220.75 m²) each.
  const n = [];
  for (let i = 0; i < 4; i++) n.push(await createNeighborhood({ districtCode: "500103", name: `看板渝中${i}` }));
  for (let i = 0; i < 2; i++) n.push(await createNeighborhood({ districtCode: "500105", name: `看板江北${i}` }));
  await approvedPlan(
    yz.id,
    YEAR,
    n.slice(0, 4).map((x) => x.id),
  );
  await approvedPlan(
    jb.id,
    YEAR,
    n.slice(4, 6).map((x) => x.id),
  );
  const returned = await approvedPlan(yz.id, 2022, [n[0]!.id], "RETURNED");
  ids.returnedPlan = returned.id;
  await approvedPlan(jb.id, 2022, [n[4]!.id], "RETURNED");

  // Started: P1 (construction), P2 (completed), P4 (approved, but with a start date). Not: P3, and P5 is another year.
  const p1 = await project(yz.id, [n[0]!.id], "CONSTRUCTION", { name: "渝中施工项目" });
  const p2 = await project(yz.id, [n[1]!.id, n[2]!.id], "COMPLETED", { name: "渝中完工项目" });
  const p3 = await project(yz.id, [n[3]!.id], "DESIGN", { name: "渝中设计项目" });
  const p4 = await project(jb.id, [n[4]!.id], "APPROVED", {
    startedAt: new Date("2021-06-01"),
    name: "江北已开工项目",
  });
  const p5 = await project(jb.id, [n[5]!.id], "CONSTRUCTION", { year: 2020, name: "江北去年项目" });
  Object.assign(ids, { p1, p2, p3, p4, p5 });

  const b01 = await item(p1, "B01", "INCLUDED", 1_000_000n);
  const i02 = await item(p1, "I02", "REJECTED", 500n);
  await item(p2, "B05", "INCLUDED", 2_000_000n);
  await item(p3, "B07", "PROPOSED", 7_000_000n);
  await item(p4, "B01", "INCLUDED", 3_000_000n);
  await item(p5, "B01", "INCLUDED", 9_000_000n);

  const past = new Date("2021-01-01");
  const future = new Date(now.getTime() + 30 * DAY);
  await db.milestone.createMany({
    data: [
      { projectId: p1, name: "管网施工", plannedEnd: past, progress: 40 },
      { projectId: p2, name: "竣工", plannedEnd: past, actualEnd: past, progress: 100 },
      { projectId: p3, name: "设计", plannedEnd: future },
      { projectId: p4, name: "江北节点", plannedEnd: past },
      { projectId: p5, name: "江北去年节点", plannedEnd: past },
    ],
  });

  const dept = await departmentByCode("scjgj");
  const task = (
    projectId: string,
    status: "OPEN" | "IN_PROGRESS" | "DONE",
    dueOn: Date,
    extra: { createdAt?: Date; completedAt?: Date } = {},
  ) =>
    db.departmentTask.create({
      data: {
        departmentId: dept.id,
        projectId,
        dedupeKey: `k${++serial}`,
        kind: "INSPECTION",
        title: `检验任务${serial}`,
        status,
        dueOn,
        ...extra,
      },
    });
  await task(p1, "OPEN", past);
  await task(p4, "IN_PROGRESS", future);
  await task(p1, "DONE", past, {
    createdAt: new Date(now.getTime() - 2 * DAY - 60_000),
    completedAt: new Date(now.getTime() - 60_000),
  });
  await task(p5, "DONE", past, {
    createdAt: new Date("2020-01-01T00:00:00Z"),
    completedAt: new Date("2020-01-11T00:00:00Z"),
  });

  await db.fundingRecord.createMany({
    data: [
      { projectId: p1, source: "CENTRAL_SUBSIDY", plannedFen: 600n, committedFen: 600n, recordedOn: past },
      { projectId: p1, source: "RESIDENT_DIRECT", plannedFen: 300n, paidFen: 100n, recordedOn: past },
      { projectId: p4, source: "SOCIAL_CAPITAL", plannedFen: 100n, recordedOn: past },
      { projectId: p5, source: "DISTRICT_FINANCE", plannedFen: 999n, recordedOn: past },
    ],
  });

  const ballot = await db.ballot.create({
    data: { projectId: p1, title: "渝中改造内容表决", status: "FINAL", opensAt: past, closesAt: past },
    select: { id: true },
  });
  await db.ballotItem.create({
    data: {
      ballotId: ballot.id,
      projectItemId: i02,
      matter: "SPECIAL",
      title: "绿化提升",
      estimatedCostFen: 500n,
      outcome: "FAILED",
      result: { participatingCount: 2, totalCount: 3 },
    },
  });
  await db.ballotItem.create({
    data: {
      ballotId: ballot.id,
      projectItemId: b01,
      matter: "SPECIAL",
      title: "供水改造",
      estimatedCostFen: 500n,
      outcome: "PASSED",
      result: { participatingCount: 3, totalCount: 3 },
    },
  });
  const cancelled = await db.ballot.create({
    data: { projectId: p4, title: "已取消", status: "CANCELLED", opensAt: past, closesAt: past },
    select: { id: true },
  });
  await db.ballotItem.create({
    data: {
      ballotId: cancelled.id,
      projectItemId: b01,
      matter: "SPECIAL",
      title: "取消",
      estimatedCostFen: 1n,
      outcome: "PASSED",
      result: { participatingCount: 1, totalCount: 1 },
    },
  });
  const soon = new Date(now.getTime() + 3 * DAY);
  await db.ballot.create({
    data: { projectId: p3, title: "渝中即将截止", status: "OPEN", opensAt: past, closesAt: soon },
  });
  await db.ballot.create({
    data: { projectId: p4, title: "江北即将截止", status: "OPEN", opensAt: past, closesAt: soon },
  });

  await db.feedback.createMany({
    data: [
      { projectId: p2, userId: "u1", kind: "RATING", score: 5 },
      { projectId: p2, userId: "u2", kind: "RATING", score: 4 },
      { projectId: p4, userId: "u3", kind: "RATING", score: 2 },
      { projectId: p1, userId: "u4", kind: "PROBLEM", body: "楼道施工噪音太大,晚上还在施工" },
      { projectId: p4, userId: "u5", kind: "PROBLEM", body: "江北的问题" },
    ],
  });

  const photo = await db.evidence.create({
    data: {
      projectId: p1,
      kind: "PHOTO",
      caption: "管网开挖",
      fileName: "a.jpg",
      storageKey: "k-photo",
      mimeType: "image/jpeg",
      sizeBytes: 1,
    },
    select: { id: true },
  });
  const doc = await db.evidence.create({
    data: {
      projectId: p1,
      kind: "DOCUMENT",
      fileName: "a.pdf",
      storageKey: "k-doc",
      mimeType: "application/pdf",
      sizeBytes: 1,
    },
    select: { id: true },
  });
  ids.photo = photo.id;
  ids.doc = doc.id;
  await bindResident(users.resident!, n[0]!.dwellings[0]!.id);
});

const actor = (key: string) => loadActor(db, users[key]!);

// Independent SQL for the figures, written from the definitions, not from the module's code.
async function startedHousing(district: string | null, completedOnly = false) {
  const [row] = await db.$queryRawUnsafe<{ neighborhoods: bigint; households: bigint; area: string | null }[]>(
    `WITH n AS (
       SELECT DISTINCT pn."neighborhoodId" AS id FROM "ProjectNeighborhood" pn JOIN "Project" p ON p.id = pn."projectId"
       WHERE p.year = $1 AND ($2::text IS NULL OR p."districtId" = $2)
         AND ${completedOnly ? `p.stage IN ('COMPLETED','LONG_TERM')` : `(p.stage IN ('CONSTRUCTION','ACCEPTANCE','COMPLETED','LONG_TERM') OR p."startedAt" IS NOT NULL)`})
     SELECT (SELECT count(*) FROM n) AS neighborhoods, count(d.id) AS households, sum(d."areaM2")::text AS area
     FROM "Dwelling" d WHERE d."neighborhoodId" IN (SELECT id FROM n)`,
    YEAR,
    district,
  );
  return {
    neighborhoods: Number(row!.neighborhoods),
    households: Number(row!.households),
    area: Number(row!.area ?? 0),
  };
}

async function sqlNumber(sql: string, ...params: unknown[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ v: bigint | string | null }[]>(sql, ...params);
  return Number(row!.v ?? 0);
}

describe("the commission's dashboard", () => {
  it("matches independent queries of the records, panel by panel", async () => {
    const data = await commissionDashboard(await actor("commission"), YEAR, now);
    const started = await startedHousing(null);
    const completed = await startedHousing(null, true);
    expect(started).toEqual({ neighborhoods: 4, households: 12, area: 883 });
    expect(data.started).toEqual({
      neighborhoods: started.neighborhoods,
      households: started.households,
      floorAreaM2: "883",
    });
    expect(data.headline.started).toBe(started.neighborhoods);
    expect(data.completed).toMatchObject({ neighborhoods: completed.neighborhoods, households: completed.households });
    expect(Number(data.completed.floorAreaM2)).toBe(completed.area);
    expect(data.target).toMatchObject({ neighborhoods: 831, floorAreaM2: 26_620_000 });

    const investment = await sqlNumber(
      `SELECT sum(i."estimatedCostFen") AS v FROM "ProjectItem" i JOIN "Project" p ON p.id = i."projectId" WHERE p.year = $1 AND i.status = 'INCLUDED'`,
      YEAR,
    );
    expect(Number(data.investment.includedItemCostFen)).toBe(investment);
    expect(investment).toBe(6_000_000);

    const stages = await db.$queryRawUnsafe<{ stage: ProjectStage; v: bigint }[]>(
      `SELECT stage, count(*) AS v FROM "Project" WHERE year = $1 GROUP BY stage`,
      YEAR,
    );
    for (const s of data.funnel) expect(s.count).toBe(Number(stages.find((r) => r.stage === s.stage)?.v ?? 0));

    const overdueMilestones = await sqlNumber(
      `SELECT count(*) AS v FROM "Milestone" WHERE "actualEnd" IS NULL AND "plannedEnd" < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    );
    expect(data.overdueMilestones.count).toBe(overdueMilestones);
    expect(overdueMilestones).toBe(3);
    const overdueTasks = await sqlNumber(
      `SELECT count(*) AS v FROM "DepartmentTask" WHERE status IN ('OPEN','IN_PROGRESS') AND "dueOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    );
    expect(data.overdueTasks.count).toBe(overdueTasks);
    expect(data.overdueTasks.rows.map((t) => t.project.id)).toEqual([ids.p1]);

    const funding = await db.$queryRawUnsafe<{ source: keyof typeof FUNDING_SHARE_OF_SOURCE; planned: string }[]>(
      `SELECT f.source, sum(f."plannedFen")::text AS planned FROM "FundingRecord" f JOIN "Project" p ON p.id = f."projectId" WHERE p.year = $1 GROUP BY f.source`,
      YEAR,
    );
    const byShare = { GOVERNMENT: 0, RESIDENTS: 0, SOCIETY: 0 };
    for (const f of funding) byShare[FUNDING_SHARE_OF_SOURCE[f.source]] += Number(f.planned);
    expect(Object.fromEntries(data.funding.shares.map((s) => [s.share, Number(s.plannedFen)]))).toEqual(byShare);
    expect(byShare).toEqual({ GOVERNMENT: 600, RESIDENTS: 300, SOCIETY: 100 });
    expect(data.funding.shares.map((s) => s.plannedPct)).toEqual([60, 30, 10]);

    const [turnout] = await db.$queryRawUnsafe<{ part: bigint; total: bigint; passed: bigint; decided: bigint }[]>(
      `SELECT sum((bi.result->>'participatingCount')::int) AS part, sum((bi.result->>'totalCount')::int) AS total,
              count(*) FILTER (WHERE bi.outcome = 'PASSED') AS passed, count(*) FILTER (WHERE bi.outcome <> 'PENDING') AS decided
       FROM "BallotItem" bi JOIN "Ballot" b ON b.id = bi."ballotId" JOIN "Project" p ON p.id = b."projectId"
       WHERE p.year = $1 AND b.status <> 'CANCELLED'`,
      YEAR,
    );
    expect(data.consultation).toMatchObject({
      participating: Number(turnout!.part),
      entitled: Number(turnout!.total),
      passed: Number(turnout!.passed),
      decided: Number(turnout!.decided),
    });
    expect(data.consultation).toMatchObject({ turnoutPct: 83.3, passRatePct: 50 });

    const [ratings] = await db.$queryRawUnsafe<{ n: bigint; avg: string }[]>(
      `SELECT count(*) AS n, round(avg(score), 1)::text AS avg FROM "Feedback" f JOIN "Project" p ON p.id = f."projectId" WHERE p.year = $1 AND kind = 'RATING'`,
      YEAR,
    );
    expect(data.satisfaction).toMatchObject({ count: Number(ratings!.n), average: ratings!.avg });
    expect(data.satisfaction.average).toBe("3.7");
  });

  it("ranks districts and colours the tile map with the follow-up threshold", async () => {
    const data = await commissionDashboard(await actor("commission"), YEAR, now);
    expect(
      data.ranking.map((r) => [
        r.name,
        r.planned.neighborhoods,
        r.started,
        r.startRatePct,
        r.completed,
        r.completionRatePct,
        r.laggard,
      ]),
    ).toEqual([
      ["渝中区", 4, 3, 75, 2, 50, true],
      ["江北区", 2, 1, 50, 0, 0, true],
    ]);
    expect(data.ranking[0]!.laggardReasons).toEqual(["完工率50%低于60%"]);
    expect(data.tiles).toHaveLength(38);
    expect(data.tiles.find((t) => t.districtId === ids.yz)).toMatchObject({
      tone: "onTrack",
      startRatePct: 75,
      short: "渝中",
    });
    expect(data.tiles.find((t) => t.districtId === ids.jb)).toMatchObject({ tone: "laggard" });
    expect(data.tiles.filter((t) => t.tone === "none")).toHaveLength(36);
  });

  it("links to lists whose counts are the same figures", async () => {
    const commission = await actor("commission");
    expect((await listNeighborhoods(commission, { page: 1, progress: "started", year: YEAR })).total).toBe(4);
    expect((await listNeighborhoods(commission, { page: 1, progress: "completed", year: YEAR })).total).toBe(2);
    expect(
      (await listNeighborhoods(commission, { page: 1, progress: "started", year: YEAR, district: ids.jb })).total,
    ).toBe(1);
    expect((await listProjects(commission, { page: 1, year: YEAR, district: ids.jb })).total).toBe(1);
    expect((await listProjects(commission, { page: 1, year: YEAR, stage: "CONSTRUCTION" })).total).toBe(1);
    // Another district in the URL never shows a district official that district's records.
    expect((await listProjects(await actor("yuzhong"), { page: 1, year: YEAR, district: ids.jb })).total).toBe(3);
    expect(
      (await listNeighborhoods(await actor("yuzhong"), { page: 1, progress: "started", year: YEAR, district: ids.jb }))
        .total,
    ).toBe(0);
  });
});

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

describe("a district's dashboard", () => {
  it("shows only its own district's records", async () => {
    const data = await districtDashboard(await actor("yuzhong"), YEAR, now);
    const started = await startedHousing(ids.yz!);
    expect(data.started).toEqual({
      neighborhoods: started.neighborhoods,
      households: started.households,
      floorAreaM2: String(started.area),
    });
    expect(data.started.neighborhoods).toBe(3);
    expect(data.headline).toMatchObject({
      districtId: ids.yz,
      planned: { neighborhoods: 4 },
      started: 3,
      completed: 2,
    });
    expect(Number(data.investment.includedItemCostFen)).toBe(3_000_000);
    expect(data.funnel.reduce((n, s) => n + s.count, 0)).toBe(3);
    expect(data.overdueMilestones.count).toBe(1);
    expect(data.overdueTasks.count).toBe(1);
    expect(Object.fromEntries(data.funding.shares.map((s) => [s.share, Number(s.plannedFen)]))).toEqual({
      GOVERNMENT: 600,
      RESIDENTS: 300,
      SOCIETY: 0,
    });
    expect(data.satisfaction).toMatchObject({ count: 2, average: "4.5" });
    expect(data.ranking.map((r) => r.districtId)).toEqual([ids.yz]);
    expect(data.tiles).toEqual([]);
    const text = json(data);
    for (const foreign of ["江北", ids.jb!, ids.p4!, ids.p5!]) expect(text).not.toContain(foreign);
  });

  it("lists its own to-dos: the returned plan, ballots closing within a week, open problem reports", async () => {
    const data = await districtDashboard(await actor("yuzhong"), YEAR, now);
    expect(data.work.plan).toMatchObject({ status: "APPROVED", _count: { entries: 4 } });
    expect(data.work.returned.map((p) => p.id)).toEqual([ids.returnedPlan]);
    expect(data.work.closing.map((b) => b.title)).toEqual(["渝中即将截止"]);
    const openReports = await sqlNumber(
      `SELECT count(*) AS v FROM "Feedback" f JOIN "Project" p ON p.id = f."projectId" WHERE p."districtId" = $1 AND f.kind = 'PROBLEM' AND f.status = 'OPEN'`,
      ids.yz,
    );
    expect(data.work.reports.count).toBe(openReports);
    expect(data.work.reports.rows).toHaveLength(1);
    expect(json(data.work)).not.toContain("江北");
  });

  it("江北's official sees 江北 only", async () => {
    const data = await districtDashboard(await actor("jiangbei"), YEAR, now);
    expect(data.started.neighborhoods).toBe(1);
    expect(data.overdueMilestones.rows.map((m) => m.project.id).sort()).toEqual([ids.p4, ids.p5].sort());
    expect(json(data)).not.toContain("渝中");
  });
});

describe("a department's dashboard", () => {
  it("counts its queue as the task records say", async () => {
    const { queue } = await departmentDashboard(await actor("dept"), now);
    const dept = (await departmentByCode("scjgj")).id;
    const open = await sqlNumber(
      `SELECT count(*) AS v FROM "DepartmentTask" WHERE "departmentId" = $1 AND status IN ('OPEN','IN_PROGRESS')`,
      dept,
    );
    const avg = await sqlNumber(
      `SELECT round((avg(extract(epoch FROM ("completedAt" - "createdAt"))) / 86400)::numeric, 1) AS v FROM "DepartmentTask" WHERE "departmentId" = $1 AND status = 'DONE'`,
      dept,
    );
    expect(queue).toMatchObject({ open, overdue: 1, doneThisMonth: 1, done: 2, avgDaysToClose: avg });
    expect(avg).toBe(6);
    expect(queue.byDistrict).toEqual([
      { districtId: ids.yz, name: "渝中区", open: 1, overdue: 1, doneThisMonth: 1, done: 1 },
      { districtId: ids.jb, name: "江北区", open: 1, overdue: 0, doneThisMonth: 0, done: 1 },
    ]);
    expect(queue.overdueRows).toHaveLength(1);
  });

  it("another department's officer sees none of it", async () => {
    const { queue } = await departmentDashboard(await actor("otherDept"), now);
    expect(queue).toMatchObject({ open: 0, overdue: 0, done: 0, byDistrict: [] });
  });
});

describe("the resident's timeline", () => {
  it("shows the bound neighbourhood's project: vote results, included work, stage now and next, photos", async () => {
    const [p, ...rest] = await residentTimeline(await actor("resident"));
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ id: ids.p1, stage: "CONSTRUCTION", next: "ACCEPTANCE" });
    expect(p!.ballots[0]!.items.map((i) => [i.title, i.outcome])).toEqual([
      ["绿化提升", "FAILED"],
      ["供水改造", "PASSED"],
    ]);
    // Included work; the rejected greening is not shown.
    expect(p!.items.map((i) => [i.catalogueItem.name, i.status])).toEqual([["供水设施改造", "INCLUDED"]]);
    expect(p!.evidence.map((e) => e.id)).toEqual([ids.photo]);
    expect(await residentTimeline(await actor("stranger"))).toEqual([]);
  });

  it("serves a progress photo to a resident of the project only, and never a document", async () => {
    expect(await residentPhoto(await actor("resident"), ids.photo!)).toMatchObject({ storageKey: "k-photo" });
    await expect(residentPhoto(await actor("resident"), ids.doc!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(residentPhoto(await actor("stranger"), ids.photo!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(residentPhoto(await actor("yuzhong"), ids.photo!)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the wrong role", () => {
  it("is refused every other role's dashboard", async () => {
    await expect(commissionDashboard(await actor("yuzhong"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commissionDashboard(await actor("resident"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(districtDashboard(await actor("commission"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(districtDashboard(await actor("dept"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(departmentDashboard(await actor("yuzhong"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(residentTimeline(await actor("commission"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the public figures and open data", () => {
  const ALLOWED_KEYS = new Set([
    "year",
    "target",
    "neighborhoods",
    "floorAreaM2",
    "households",
    "city",
    "districts",
    "code",
    "name",
    "targetNeighborhoods",
    "plannedNeighborhoods",
    "plannedFloorAreaM2",
    "plannedHouseholds",
    "startedNeighborhoods",
    "completedNeighborhoods",
    "startRatePct",
    "completionRatePct",
    // Counts, not records: how many of the started / completed are outside the rates (no approved plan).
    "startedOutsidePlans",
    "completedOutsidePlans",
    "workDone",
    "category",
    "nameEn",
    "unit",
    "items",
    "quantity",
    "otherItems",
  ]);
  const keysOf = (value: unknown, out = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        out.add(k);
        keysOf(v, out);
      }
    }
    return out;
  };

  it("carries only aggregate fields, with the roll-up's figures", async () => {
    const response = await publicProgressRoute(new Request(`http://localhost/api/v1/public/progress?year=${YEAR}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const body = await response.json();
    expect([...keysOf(body)].filter((k) => !ALLOWED_KEYS.has(k))).toEqual([]);
    const text = JSON.stringify(body);
    for (const personal of ["测试路", "看板渝中", "u1", "楼道施工噪音", users.resident!])
      expect(text).not.toContain(personal);
    expect(body.city).toMatchObject({ plannedNeighborhoods: 6, startedNeighborhoods: 4, completedNeighborhoods: 2 });
    expect(body.districts.find((d: { code: string }) => d.code === "500103")).toMatchObject({
      plannedNeighborhoods: 4,
      startedNeighborhoods: 3,
      startRatePct: 75,
    });
    // Work in started projects: 供水 in P1 and P4, 排水 in P2; the proposed fire item of P3 is not work done.
    const work = Object.fromEntries(
      body.workDone
        .filter((w: { items: number }) => w.items > 0)
        .map((w: { code: string; items: number }) => [w.code, w.items]),
    );
    expect(work).toEqual({ B01: 2, B05: 1 });
    expect(body).toEqual(JSON.parse(JSON.stringify(await publicProgress(YEAR))));
  });

  it("gives the same figures as CSV, with a BOM for Excel", async () => {
    const [jsonRes, csvRes] = await Promise.all([
      publicProgressRoute(new Request(`http://localhost/api/v1/public/progress?year=${YEAR}`)),
      publicProgressRoute(new Request(`http://localhost/api/v1/public/progress?year=${YEAR}&format=csv`)),
    ]);
    expect(csvRes.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvRes.headers.get("cache-control")).toBe("public, max-age=300");
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes.slice(3))
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const body = await jsonRes.json();
    const expected = [...body.districts, body.city].map((d: Record<string, unknown>) =>
      [
        YEAR,
        d.code,
        d.name,
        d.targetNeighborhoods,
        d.plannedNeighborhoods,
        d.plannedFloorAreaM2,
        d.plannedHouseholds,
        d.startedNeighborhoods,
        d.completedNeighborhoods,
        d.startRatePct,
        d.completionRatePct,
      ].map((v) => (v === null ? "" : String(v))),
    );
    expect(lines.slice(1)).toEqual(expected);
    expect(lines).toHaveLength(38 + 2);
  });

  it("refuses a bad year in Chinese and English", async () => {
    for (const query of ["year=1999", "year=abc", "year=2021&format=xml"]) {
      const response = await publicProgressRoute(new Request(`http://localhost/api/v1/public/progress?${query}`));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(body.error).toMatch(/[\u4e00-\u9fff]/);
      expect(body.error).toMatch(/[a-z]{4,}/);
    }
  });
});
