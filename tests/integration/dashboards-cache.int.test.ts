// The cached figures (src/lib/figures-cache.ts) after writes: every view is read once to fill the
// cache, then each write goes through the real action (or, for writers that are not actions, plain
// SQL from another connection), and every view must then equal both a direct SQL count of the
// records and the same loader run uncached. The cache here is the real one: it keys on the
// database's figures stamp, not on next/cache (which the integration setup mocks), so a missed
// invalidation shows as a stale figure. The file also checks that an unchanged database is served
// from memory, so the comparisons are not passing merely because nothing is cached.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { figuresCache } from "@/lib/cached-figures";
import { chongqingToday } from "@/lib/dates";
import { db } from "@/lib/db";
import { GET as publicProgressRoute } from "@/app/api/v1/public/progress/route";
import { loadDistrictWork, loadProgrammeDashboard, loadPublicProgress } from "@/modules/dashboards/data";
import { commissionDashboard, districtDashboard } from "@/modules/dashboards/queries";
import { answerFeedback, reportProblem } from "@/modules/feedback/actions";
import { createFundingRecord } from "@/modules/funding/actions";
import { removeDwelling, updateDwelling } from "@/modules/neighborhoods/dwelling-actions";
import { setLaggardThreshold } from "@/modules/programme/actions";
import { cityRollup, programmeTargets } from "@/modules/programme/queries";
import { LAGGARD_SETTING } from "@/modules/programme/schema";
import { loadRollup } from "@/modules/programme/rollup-data";
import { advanceStage, updateMilestone } from "@/modules/projects/actions";
import { bindResident, createNeighborhood, createUser, districtByCode } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const YEAR = 2026;
const now = new Date();
const users: Record<string, string> = {};
const ids: Record<string, string> = {};
let dwellings: string[] = [];
let other: pg.Client;

beforeAll(async () => {
  const yz = await districtByCode("500103");
  ids.yz = yz.id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  const hood = await createNeighborhood({ districtCode: "500103", name: "缓存渝中" });
  const spare = await createNeighborhood({ districtCode: "500103", name: "缓存渝中备用" });
  dwellings = hood.dwellings.map((d) => d.id);
  ids.spare = spare.id;
  await db.annualPlan.create({
    data: {
      districtId: yz.id,
      year: YEAR,
      status: "APPROVED",
      entries: {
        create: [hood, spare].map((n) => ({
          neighborhoodId: n.id,
          floorAreaM2: "1000",
          households: 3,
          buildings: 1,
          investmentFen: 100_000_000n,
          startQuarter: "Q1" as const,
        })),
      },
    },
  });
  // Approved, reviewed, with an overdue milestone: ready to start construction.
  const catalogueItemId = (await db.catalogueItem.findUniqueOrThrow({ where: { code: "B07" }, select: { id: true } }))
    .id;
  const project = await db.project.create({
    data: {
      code: "CACHE-1",
      name: "缓存测试项目",
      districtId: yz.id,
      year: YEAR,
      stage: "APPROVED",
      neighborhoods: { create: [{ neighborhoodId: hood.id }] },
      items: {
        create: [
          { catalogueItemId, quantity: "10", estimatedCostFen: 5_000_000n, matter: "SPECIAL", status: "INCLUDED" },
        ],
      },
      designReviews: { create: [{ reviewedOn: new Date("2026-01-10"), experts: "张三", conclusion: "PASSED" }] },
      milestones: { create: [{ name: "管网施工", plannedEnd: new Date("2026-01-01"), progress: 10 }] },
    },
    select: { id: true, milestones: { select: { id: true } } },
  });
  ids.project = project.id;
  ids.milestone = project.milestones[0]!.id;
  await bindResident(users.resident, hood.dwellings[0]!.id);
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});

afterAll(async () => {
  await other.end();
});

const actor = (key: string) => loadActor(db, users[key]!);
const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

async function sql(query: string, ...params: unknown[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ v: bigint | string | null }[]>(query, ...params);
  return Number(row!.v ?? 0);
}

/** The figures as the records say now, counted directly (not through the module's code). */
async function direct() {
  const startedIds = `SELECT DISTINCT pn."neighborhoodId" FROM "ProjectNeighborhood" pn JOIN "Project" p ON p.id = pn."projectId"
     WHERE p.year = $1 AND (p.stage IN ('CONSTRUCTION','ACCEPTANCE','COMPLETED','LONG_TERM') OR p."startedAt" IS NOT NULL)`;
  return {
    started: await sql(`SELECT count(*) AS v FROM (${startedIds}) s`, YEAR),
    households: await sql(`SELECT count(*) AS v FROM "Dwelling" WHERE "neighborhoodId" IN (${startedIds})`, YEAR),
    area: await sql(`SELECT sum("areaM2") AS v FROM "Dwelling" WHERE "neighborhoodId" IN (${startedIds})`, YEAR),
    overdueMilestones: await sql(
      `SELECT count(*) AS v FROM "Milestone" WHERE "actualEnd" IS NULL AND "plannedEnd" < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    ),
    openReports: await sql(
      `SELECT count(*) AS v FROM "Feedback" f JOIN "Project" p ON p.id = f."projectId" WHERE p."districtId" = $1 AND f.kind = 'PROBLEM' AND f.status = 'OPEN'`,
      ids.yz,
    ),
    fundingPlannedFen: await sql(
      `SELECT sum(f."plannedFen") AS v FROM "FundingRecord" f JOIN "Project" p ON p.id = f."projectId" WHERE p.year = $1`,
      YEAR,
    ),
    threshold: await sql(`SELECT (value #>> '{}')::int AS v FROM "Setting" WHERE key = $1`, LAGGARD_SETTING),
  };
}

/** Every cached view, as the pages get it, checked against the direct counts and the uncached loaders. */
async function expectExact() {
  const [commission, district, rollup, targets] = await Promise.all([
    commissionDashboard(await actor("commission"), YEAR, now),
    districtDashboard(await actor("yuzhong"), YEAR, now),
    cityRollup(await actor("commission"), YEAR),
    programmeTargets(await actor("commission"), YEAR),
  ]);
  const api = await (
    await publicProgressRoute(new Request(`http://localhost/api/v1/public/progress?year=${YEAR}`))
  ).json();
  const d = await direct();

  expect(commission.started).toEqual({
    neighborhoods: d.started,
    households: d.households,
    floorAreaM2: String(d.area),
  });
  expect(district.started).toEqual(commission.started);
  expect(commission.overdueMilestones.count).toBe(d.overdueMilestones);
  expect(district.work.reports.count).toBe(d.openReports);
  expect(commission.funding.shares.reduce((n, s) => n + Number(s.plannedFen), 0)).toBe(d.fundingPlannedFen);
  expect(rollup.city.started).toBe(d.started);
  expect(api.city.startedNeighborhoods).toBe(d.started);
  if (d.threshold) {
    expect(commission.threshold).toBe(d.threshold);
    expect(targets.threshold).toBe(d.threshold);
  }

  // And the whole of each view equals its loader run now without the cache.
  const today = chongqingToday(now);
  expect(json(commission)).toBe(json(await loadProgrammeDashboard(db, { year: YEAR }, now)));
  const { work, district: _d, streetScoped: _s, ...progress } = district;
  expect(json(progress)).toBe(json(await loadProgrammeDashboard(db, { year: YEAR, districtId: ids.yz }, today)));
  expect(json(work)).toBe(json(await loadDistrictWork(db, ids.yz!, YEAR, now)));
  expect(json(rollup)).toBe(json(await loadRollup(db, YEAR)));
  expect(api).toEqual(JSON.parse(json(await loadPublicProgress(db, YEAR))));
  return d;
}

/** Runs `write`, then checks that it changed something the views show and that they show it. */
async function afterWrite(write: () => Promise<unknown>) {
  const before = await direct();
  const loads = figuresCache.loads;
  await write();
  const after = await expectExact();
  expect(after).not.toEqual(before);
  // The write invalidated the cached views: they were loaded again.
  expect(figuresCache.loads).toBeGreaterThan(loads);
}

describe("cached figures", () => {
  it("are exact when first loaded, and an unchanged database is served from memory", async () => {
    await expectExact();
    // Nothing a view does writes (the roll-up's monthly snapshot is the job's), so the second round is all from memory.
    const loads = figuresCache.loads;
    await expectExact();
    expect(figuresCache.loads).toBe(loads);
  });

  it("follow a project starting construction (advanceStage)", async () => {
    actAs(users.yuzhong!);
    await afterWrite(async () => {
      const { version } = await db.project.findUniqueOrThrow({ where: { id: ids.project }, select: { version: true } });
      expect(await advanceStage({ projectId: ids.project, to: "CONSTRUCTION", version })).toMatchObject({ ok: true });
    });
    expect((await direct()).started).toBe(1);
  });

  it("follow a milestone reaching its end (updateMilestone)", async () => {
    actAs(users.yuzhong!);
    await afterWrite(async () =>
      expect(
        await updateMilestone({ milestoneId: ids.milestone, progress: "100", actualEnd: "2026-02-01" }),
      ).toMatchObject({ ok: true }),
    );
    expect((await direct()).overdueMilestones).toBe(0);
  });

  it("follow a resident's problem report and the district's answer", async () => {
    actAs(users.resident!);
    let feedbackId = "";
    await afterWrite(async () => {
      const r = await reportProblem({ projectId: ids.project, body: "施工围挡占用消防通道" });
      expect(r).toMatchObject({ ok: true });
      if (r.ok) feedbackId = r.data.id;
    });
    actAs(users.yuzhong!);
    await afterWrite(async () =>
      expect(await answerFeedback({ feedbackId, answer: "已要求施工单位当天整改。" })).toMatchObject({ ok: true }),
    );
  });

  it("follow a funding record and the follow-up threshold", async () => {
    actAs(users.yuzhong!);
    await afterWrite(async () =>
      expect(
        await createFundingRecord({
          projectId: ids.project,
          source: "CENTRAL_SUBSIDY",
          status: "PLANNED",
          planned: "1000",
          committed: "0",
          paid: "0",
          recordedOn: "2026-03-15",
          documentRef: "缓存",
        }),
      ).toMatchObject({ ok: true }),
    );
    actAs(users.commission!);
    await afterWrite(async () => expect(await setLaggardThreshold({ percent: 45 })).toMatchObject({ ok: true }));
  });

  it("follow the housing stock: a dwelling's area changed and a dwelling removed (the totals' triggers)", async () => {
    actAs(users.yuzhong!);
    await afterWrite(async () =>
      expect(await updateDwelling({ dwellingId: dwellings[1]!, room: "1-2", floor: "1", area: "80.00" })).toMatchObject(
        { ok: true },
      ),
    );
    await afterWrite(async () =>
      expect(await removeDwelling({ dwellingId: dwellings[2]! })).toMatchObject({ ok: true }),
    );
  });

  it("follow writers that are not actions: plain SQL committed on another connection (a job, a script, another app process)", async () => {
    await afterWrite(() =>
      other.query(`INSERT INTO "ProjectNeighborhood" ("projectId", "neighborhoodId") VALUES ($1, $2)`, [
        ids.project,
        ids.spare,
      ]),
    );
    expect((await direct()).started).toBe(2);
  });

  it("do not move for a write that rolls back, nor for writes to tables they do not read", async () => {
    await expectExact();
    const loads = figuresCache.loads;
    await other.query("BEGIN");
    await other.query(`UPDATE "Milestone" SET "actualEnd" = NULL WHERE id = $1`, [ids.milestone]);
    await other.query("ROLLBACK");
    await db.notification.create({ data: { userId: users.yuzhong!, title: "与看板无关" } });
    await expectExact();
    expect(figuresCache.loads).toBe(loads);
  });
});
