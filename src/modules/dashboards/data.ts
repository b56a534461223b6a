// Gathers each dashboard's figures from the database. Relative imports and a client parameter (no
// "server-only"), so the benchmark script can time exactly what the pages run. Access checks are
// in queries.ts; the `districtId` of a scope is always the actor's own, never the URL's.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { BallotStatus, ProjectStage } from "../../generated/prisma/enums";
import { ratingSummary } from "../feedback/ratings";
import { rankForBulletin, type BulletinRow, type RollupRow } from "../programme/rollup";
import { completedProjectWhere, loadRollup, startedProjectWhere } from "../programme/rollup-data";
import { LAGGARD_SETTING } from "../programme/schema";
import { overdueTaskWhere } from "../departments/routing";
import { nextStage, STAGE_ORDER } from "../projects/stages";
import { chongqingToday, DAY } from "@/lib/dates";
import { consultationSummary, fundingMix, queueSummary } from "./figures";
import { DISTRICT_TILES, shortDistrictName, tileTone, type TileTone } from "./tiles";

type Client = PrismaClient;

/**
 * A city-wide (no district) or one-district view of a year. `projects` narrows the record-based
 * figures (projects, housing, milestones, tasks, funding, ballots, ratings) further, to a
 * street-scoped official's projects; the plan-against-target roll-up stays the district's.
 */
export type DashboardScope = { year: number; districtId?: string; projects?: Prisma.ProjectWhereInput };

const LIST_LENGTH = 20;

async function laggardThreshold(client: Client): Promise<number> {
  const setting = await client.setting.findUnique({ where: { key: LAGGARD_SETTING }, select: { value: true } });
  return Number(setting?.value ?? 60);
}

/**
 * Registered dwellings (households) and their exclusive area in the neighbourhoods of the matching
 * projects, from the per-neighbourhood totals the database keeps (Neighborhood.dwellingCount and
 * dwellingAreaM2): one aggregate over the year's few thousand neighbourhoods instead of summing
 * their hundreds of thousands of dwellings on every view.
 */
async function housingOf(client: Client, project: Prisma.ProjectWhereInput) {
  const sums = await client.neighborhood.aggregate({
    where: { projects: { some: { project } } },
    _count: { _all: true },
    _sum: { dwellingCount: true, dwellingAreaM2: true },
  });
  return {
    neighborhoods: sums._count._all,
    households: sums._sum.dwellingCount ?? 0,
    floorAreaM2: (sums._sum.dwellingAreaM2 ?? 0).toString(),
  };
}

type Tile = {
  districtId: string;
  code: string;
  name: string;
  short: string;
  col: number;
  row: number;
  planned: number;
  started: number;
  startRatePct: number | null;
  tone: TileTone;
};

/** The progress dashboard of the commission (whole city) or of one district. */
export async function loadProgrammeDashboard(client: Client, scope: DashboardScope, now = new Date()) {
  const { year, districtId } = scope;
  const inScope: Prisma.ProjectWhereInput = { AND: [districtId ? { districtId } : {}, scope.projects ?? {}] };
  const ofYear: Prisma.ProjectWhereInput = { year, ...inScope };
  const today = chongqingToday(now);
  const openMilestone: Prisma.MilestoneWhereInput = { actualEnd: null, plannedEnd: { lt: today }, project: inScope };
  const openTask: Prisma.DepartmentTaskWhereInput = { ...overdueTaskWhere(now), project: inScope };

  const [
    rollup,
    threshold,
    started,
    completed,
    investment,
    stages,
    milestoneCount,
    milestones,
    taskCount,
    tasks,
    funding,
    ballotItems,
    ballots,
    ratings,
    districts,
  ] = await Promise.all([
    loadRollup(client, year),
    laggardThreshold(client),
    housingOf(client, { AND: [startedProjectWhere(year), inScope] }),
    housingOf(client, { AND: [completedProjectWhere(year), inScope] }),
    client.projectItem.aggregate({
      where: { status: "INCLUDED", project: ofYear },
      _sum: { estimatedCostFen: true },
      _count: { _all: true },
    }),
    client.project.groupBy({ by: ["stage"], where: ofYear, _count: { _all: true } }),
    client.milestone.count({ where: openMilestone }),
    client.milestone.findMany({
      where: openMilestone,
      orderBy: [{ plannedEnd: "asc" }, { id: "asc" }],
      take: LIST_LENGTH,
      select: {
        id: true,
        name: true,
        plannedEnd: true,
        progress: true,
        project: { select: { id: true, name: true, district: { select: { name: true } } } },
      },
    }),
    client.departmentTask.count({ where: openTask }),
    client.departmentTask.findMany({
      where: openTask,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: LIST_LENGTH,
      select: {
        id: true,
        title: true,
        dueOn: true,
        department: { select: { name: true } },
        project: { select: { id: true, name: true, district: { select: { name: true } } } },
      },
    }),
    client.fundingRecord.groupBy({
      by: ["source"],
      where: { project: ofYear },
      _sum: { plannedFen: true, committedFen: true, paidFen: true },
      _count: { _all: true },
    }),
    client.ballotItem.findMany({
      where: { ballot: { status: { not: "CANCELLED" }, project: ofYear } },
      select: { outcome: true, result: true },
    }),
    client.ballot.groupBy({ by: ["status"], where: { project: ofYear }, _count: { _all: true } }),
    client.feedback.groupBy({
      by: ["score"],
      where: { kind: "RATING", score: { not: null }, project: ofYear },
      _count: { _all: true },
    }),
    client.district.findMany({
      where: { validTo: null, ...(districtId ? { id: districtId } : {}) },
      select: { id: true, code: true, name: true },
    }),
  ]);

  const rows: RollupRow[] = districtId ? rollup.rows.filter((r) => r.districtId === districtId) : rollup.rows;
  const headline: RollupRow = districtId ? (rows[0] ?? rollup.city) : rollup.city;
  const ranking: BulletinRow[] = rankForBulletin(rows, threshold);
  const byDistrict = new Map(rows.map((r) => [r.districtId, r]));
  const codeOf = new Map(districts.map((d) => [d.code, d]));
  const tiles: Tile[] = districtId
    ? []
    : DISTRICT_TILES.flatMap((t) => {
        const d = codeOf.get(t.code);
        if (!d) return [];
        const r = byDistrict.get(d.id);
        const startRatePct = r?.startRatePct ?? null;
        return [
          {
            districtId: d.id,
            code: d.code,
            name: d.name,
            short: shortDistrictName(d.name),
            col: t.col,
            row: t.row,
            planned: r?.planned.neighborhoods ?? 0,
            started: r?.started ?? 0,
            startRatePct,
            tone: tileTone(startRatePct, threshold),
          },
        ];
      });
  const stageCount = new Map(stages.map((s) => [s.stage, s._count._all]));
  const scores = ratings.flatMap((g) => Array.from({ length: g._count._all }, () => g.score!));

  return {
    year,
    threshold,
    /** The city's target, or the district's share of it. */
    target: headline.target,
    headline,
    started,
    completed,
    investment: { includedItemCostFen: investment._sum.estimatedCostFen ?? 0n, includedItems: investment._count._all },
    funnel: STAGE_ORDER.map((stage) => ({ stage, count: stageCount.get(stage) ?? 0 })),
    ranking,
    tiles,
    overdueMilestones: { count: milestoneCount, rows: milestones },
    overdueTasks: { count: taskCount, rows: tasks },
    funding: {
      records: funding.reduce((n, g) => n + g._count._all, 0),
      ...fundingMix(
        funding.map((g) => ({
          source: g.source,
          plannedFen: g._sum.plannedFen ?? 0n,
          committedFen: g._sum.committedFen ?? 0n,
          paidFen: g._sum.paidFen ?? 0n,
        })),
      ),
    },
    consultation: {
      ballots: Object.fromEntries(ballots.map((b) => [b.status, b._count._all])) as Partial<
        Record<BallotStatus, number>
      >,
      ...consultationSummary(ballotItems),
    },
    satisfaction: ratingSummary(scores),
  };
}

export type ProgrammeDashboard = Awaited<ReturnType<typeof loadProgrammeDashboard>>;

/** A district's own to-dos (of the given projects, default all of the district's) and its plan for the year. */
export async function loadDistrictWork(
  client: Client,
  districtId: string,
  year: number,
  now = new Date(),
  projects: Prisma.ProjectWhereInput = {},
) {
  return districtWorkAt(await loadDistrictWorkOfDay(client, districtId, year, chongqingToday(now), projects), now);
}

/**
 * The district's to-dos as of a day: everything but "closing within a week", which depends on the
 * instant, is the same all day, so the dashboard caches this and applies `districtWorkAt` per
 * request. The ballots fetched are a superset — open ones closing from the day before to nine days
 * after `today` (which covers now … now + 7 days for any instant of that day in Chongqing).
 */
export async function loadDistrictWorkOfDay(
  client: Client,
  districtId: string,
  year: number,
  today: Date,
  projects: Prisma.ProjectWhereInput = {},
) {
  const ofDistrict: Prisma.ProjectWhereInput = { AND: [{ districtId }, projects] };
  const openReport: Prisma.FeedbackWhereInput = { kind: "PROBLEM", status: "OPEN", project: ofDistrict };
  const [plan, returned, closingSoon, reportCount, reports] = await Promise.all([
    client.annualPlan.findUnique({
      where: { districtId_year: { districtId, year } },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        approvedAt: true,
        _count: { select: { entries: true } },
        reviews: { orderBy: { at: "desc" }, take: 1, select: { action: true, comment: true, at: true } },
      },
    }),
    client.annualPlan.findMany({
      where: { districtId, status: "RETURNED" },
      orderBy: { year: "asc" },
      select: { id: true, year: true, updatedAt: true },
    }),
    client.ballot.findMany({
      where: {
        status: "OPEN",
        closesAt: { gte: new Date(today.getTime() - DAY), lte: new Date(today.getTime() + 9 * DAY) },
        project: ofDistrict,
      },
      orderBy: { closesAt: "asc" },
      select: { id: true, title: true, closesAt: true, project: { select: { name: true } } },
    }),
    client.feedback.count({ where: openReport }),
    client.feedback.findMany({
      where: openReport,
      orderBy: { createdAt: "asc" },
      take: 10,
      select: { id: true, createdAt: true, body: true, project: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    plan,
    returned,
    closingSoon,
    reports: {
      count: reportCount,
      rows: reports.map((r) => ({ ...r, body: r.body.length > 40 ? `${r.body.slice(0, 40)}…` : r.body })),
    },
  };
}

/** The day's to-dos at an instant: the open ballots closing between now and a week from now. */
export function districtWorkAt({ closingSoon, ...work }: Awaited<ReturnType<typeof loadDistrictWorkOfDay>>, now: Date) {
  const weekAhead = now.getTime() + 7 * DAY;
  return {
    ...work,
    closing: closingSoon.filter((b) => b.closesAt.getTime() >= now.getTime() && b.closesAt.getTime() <= weekAhead),
  };
}

/** A department's queue in numbers, and its oldest overdue tasks. */
export async function loadDepartmentQueue(client: Client, departmentId: string, now = new Date()) {
  const tasks = await client.departmentTask.findMany({
    where: { departmentId },
    select: {
      id: true,
      title: true,
      status: true,
      dueOn: true,
      createdAt: true,
      completedAt: true,
      project: { select: { id: true, name: true, districtId: true, district: { select: { name: true } } } },
    },
  });
  const summary = queueSummary(
    tasks.map((t) => ({
      status: t.status,
      dueOn: t.dueOn,
      createdAt: t.createdAt,
      completedAt: t.completedAt,
      districtId: t.project.districtId,
      districtName: t.project.district.name,
    })),
    now,
  );
  const today = chongqingToday(now).getTime();
  const overdue = tasks
    .filter((t) => (t.status === "OPEN" || t.status === "IN_PROGRESS") && t.dueOn.getTime() < today)
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
    .slice(0, 10)
    .map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn,
      project: t.project.name,
      district: t.project.district.name,
    }));
  return { ...summary, overdueRows: overdue };
}

const RESULT_STATUSES: BallotStatus[] = ["PUBLISHED", "FINAL"];

/**
 * The projects of the neighbourhoods bound to a resident, each as a timeline: the vote's results,
 * the work included, the stage now and next, the milestones and the progress photos.
 */
export async function loadResidentTimeline(client: Client, userId: string) {
  const bindings = await client.residentDwelling.findMany({
    where: { userId, revokedAt: null },
    select: { dwelling: { select: { neighborhoodId: true } } },
  });
  const neighborhoodIds = [...new Set(bindings.map((b) => b.dwelling.neighborhoodId))];
  if (neighborhoodIds.length === 0) return [];
  const projects = await client.project.findMany({
    where: { neighborhoods: { some: { neighborhoodId: { in: neighborhoodIds } } } },
    orderBy: [{ year: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      year: true,
      stage: true,
      startedAt: true,
      completedAt: true,
      neighborhoods: { select: { neighborhood: { select: { name: true } } } },
      stageChanges: { orderBy: { at: "asc" }, select: { toStage: true, at: true } },
      items: {
        where: { status: { in: ["INCLUDED", "PROPOSED"] } },
        orderBy: [{ catalogueItem: { category: "asc" } }, { catalogueItem: { sortOrder: "asc" } }],
        select: {
          id: true,
          status: true,
          catalogueItem: { select: { name: true, nameEn: true, category: true, description: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
      // Published results, and open ballots (a second round re-asks items already decided once).
      ballots: {
        where: { status: { in: [...RESULT_STATUSES, "OPEN"] } },
        orderBy: [{ round: "desc" }, { closesAt: "desc" }],
        select: {
          id: true,
          title: true,
          status: true,
          round: true,
          closesAt: true,
          noticeEndsAt: true,
          nextRound: { select: { round: true, status: true } },
          items: {
            orderBy: { sortOrder: "asc" },
            select: { id: true, title: true, outcome: true, projectItemId: true },
          },
        },
      },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { plannedEnd: "asc" }],
        select: { id: true, name: true, plannedEnd: true, actualEnd: true, progress: true },
      },
      evidence: {
        where: { kind: "PHOTO" },
        orderBy: { uploadedAt: "desc" },
        take: 6,
        select: { id: true, caption: true, uploadedAt: true },
      },
    },
  });
  return projects.map(({ ballots, ...p }) => ({
    ...p,
    ballots: ballots.filter((b) => RESULT_STATUSES.includes(b.status)),
    openBallots: ballots
      .filter((b) => b.status === "OPEN")
      .map((b) => ({ id: b.id, round: b.round, projectItemIds: b.items.map((i) => i.projectItemId) })),
    next: nextStage(p.stage) as ProjectStage | null,
  }));
}

export type ResidentTimeline = Awaited<ReturnType<typeof loadResidentTimeline>>;

/**
 * What anyone may see: the year's targets, each district's planned / started / completed
 * neighbourhoods and the kinds of work in started projects. Aggregates only — no names of people,
 * no addresses, no dwellings.
 */
export async function loadPublicProgress(client: Client, year: number) {
  const [rollup, districts, items, catalogue] = await Promise.all([
    loadRollup(client, year),
    client.district.findMany({ where: { validTo: null }, select: { id: true, code: true } }),
    client.projectItem.groupBy({
      by: ["catalogueItemId"],
      where: { status: "INCLUDED", project: startedProjectWhere(year) },
      _count: { _all: true },
      _sum: { quantity: true },
    }),
    client.catalogueItem.findMany({
      where: { districtId: null },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
      select: { id: true, code: true, category: true, name: true, nameEn: true, unit: true },
    }),
  ]);
  const codeOf = new Map(districts.map((d) => [d.id, d.code]));
  const line = (r: RollupRow) => ({
    code: codeOf.get(r.districtId) ?? null,
    name: r.name,
    targetNeighborhoods: r.target?.neighborhoods ?? null,
    plannedNeighborhoods: r.planned.neighborhoods,
    plannedFloorAreaM2: r.planned.floorAreaM2,
    plannedHouseholds: r.planned.households,
    startedNeighborhoods: r.started,
    completedNeighborhoods: r.completed,
    startRatePct: r.startRatePct,
    completionRatePct: r.completionRatePct,
  });
  const used = new Map(items.map((i) => [i.catalogueItemId, i]));
  // District-added items are counted under "other" so no district's own wording is published unreviewed.
  const listed = new Set(catalogue.map((c) => c.id));
  const other = items.filter((i) => !listed.has(i.catalogueItemId)).reduce((n, i) => n + i._count._all, 0);
  return {
    year,
    target: rollup.city.target && {
      neighborhoods: rollup.city.target.neighborhoods,
      floorAreaM2: rollup.city.target.floorAreaM2,
      households: rollup.city.target.households,
    },
    // The rates leave out districts without an approved plan; the counts beside them do not.
    city: {
      ...line(rollup.city),
      code: null,
      startedOutsidePlans: rollup.city.startedOutsidePlans ?? 0,
      completedOutsidePlans: rollup.city.completedOutsidePlans ?? 0,
    },
    districts: rollup.rows.map(line),
    workDone: catalogue.map((c) => ({
      code: c.code,
      category: c.category,
      name: c.name,
      nameEn: c.nameEn,
      unit: c.unit,
      items: used.get(c.id)?._count._all ?? 0,
      quantity: Number(used.get(c.id)?._sum.quantity ?? 0),
    })),
    otherItems: other,
  };
}

export type PublicProgress = Awaited<ReturnType<typeof loadPublicProgress>>;
