// Demo data for the annual plans: the 2026 programme target with district shares, and 2026 plans
// for fourteen districts in every state of the workflow — most approved (with the version snapshot
// and review rows the approve action leaves), two submitted, one returned with comments, one
// draft. Entries list the districts' eligible demo neighbourhoods with their own figures
// (households = dwellings, floor area from the dwellings, buildings), and 2026 projects started
// in some of them give start rates from a laggard's to full. Districts outside the six central
// demo districts get a few demo neighbourhoods of their own. 渝中 gets no plan: the browser test
// enters and approves its plan. Written once, in one transaction (a marker setting).
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
import type {
  ContentCategory,
  MatterType,
  PlanStatus,
  ProjectStage,
  StartQuarter,
} from "../../src/generated/prisma/enums";
import { syncProjectTasks } from "../../src/modules/departments/sync";
import { assessEligibility } from "../../src/modules/neighborhoods/eligibility";
import { prng } from "./prng";

const MARKER = "demo.plansSeededAt";
/** The bulletin's default follow-up line (bulletin.laggardThresholdPercent), as a fraction. */
const LAGGARD_RATE = 0.6;
export const DEMO_PLAN_YEAR = 2026;

type DistrictPlan = {
  code: string;
  status: PlanStatus;
  entries: number;
  /** Planned neighbourhoods in a started 2026 project (counting the demo's own projects). */
  started: number;
  /** Of those, completed. */
  completed: number;
};

/**
 * Start rates of the approved plans run from 12.5% (万州, under the 60% threshold) to 100% (大渡口);
 * by late in the year the leaders have completed two thirds or more, so the bulletin flags some, not all.
 */
const DEMO_PLANS: DistrictPlan[] = [
  { code: "500105", status: "APPROVED", entries: 8, started: 7, completed: 3 }, // 江北
  { code: "500108", status: "APPROVED", entries: 6, started: 4, completed: 2 }, // 南岸
  { code: "500106", status: "APPROVED", entries: 7, started: 3, completed: 0 }, // 沙坪坝
  { code: "500107", status: "APPROVED", entries: 6, started: 5, completed: 4 }, // 九龙坡
  { code: "500104", status: "APPROVED", entries: 5, started: 5, completed: 4 }, // 大渡口
  { code: "500101", status: "APPROVED", entries: 8, started: 1, completed: 0 }, // 万州
  { code: "500102", status: "APPROVED", entries: 6, started: 4, completed: 2 }, // 涪陵
  { code: "500109", status: "APPROVED", entries: 5, started: 3, completed: 2 }, // 北碚
  { code: "500112", status: "APPROVED", entries: 9, started: 8, completed: 6 }, // 渝北
  { code: "500113", status: "APPROVED", entries: 6, started: 2, completed: 0 }, // 巴南
  { code: "500116", status: "SUBMITTED", entries: 6, started: 0, completed: 0 }, // 江津
  { code: "500117", status: "SUBMITTED", entries: 5, started: 0, completed: 0 }, // 合川
  { code: "500118", status: "RETURNED", entries: 5, started: 0, completed: 0 }, // 永川
  { code: "500120", status: "DRAFT", entries: 4, started: 0, completed: 0 }, // 璧山
];

/** Streets of the districts the housing demo does not cover; each gets a few neighbourhoods. */
const EXTRA_STREETS: Record<string, string[]> = {
  "500101": ["高笋塘街道", "太白街道", "牌楼街道", "周家坝街道"],
  "500102": ["敦仁街道", "崇义街道", "荔枝街道"],
  "500109": ["天生街道", "朝阳街道", "北温泉街道"],
  "500112": ["双龙湖街道", "回兴街道", "龙溪街道", "龙山街道"],
  "500113": ["鱼洞街道", "李家沱街道", "龙洲湾街道"],
  "500116": ["几江街道", "德感街道", "鼎山街道"],
  "500117": ["合阳城街道", "钓鱼城街道", "南津街街道"],
  "500118": ["中山路街道", "胜利路街道", "南大街街道"],
  "500120": ["璧城街道", "璧泉街道", "青杠街道"],
};
const EXTRA_NEIGHBORHOODS = 12;
const COMMUNITY_WORDS = ["中山", "民主", "新华", "和平", "文化", "建设", "胜利", "人和"];
const NAME_PREFIXES = [
  "建设",
  "和平",
  "民生",
  "新华",
  "红岩",
  "人和",
  "电力",
  "纺织",
  "机械厂",
  "邮电",
  "粮食局",
  "供销",
  "水厂",
  "铁路",
  "棉纺",
  "轻工",
  "交通",
  "港务",
  "建材",
  "化工",
  "光明",
  "东风",
  "向阳",
  "团结",
  "桂花",
  "黄桷",
  "石油",
];
const NAME_SUFFIXES = ["小区", "新村", "宿舍", "花园", "大院", "家属区"];
const ITEMS: Record<ContentCategory, string[]> = {
  BASIC: ["B01", "B03", "B05"],
  IMPROVEMENT: ["I02", "I05"],
  UPGRADE: ["U03"],
};

const day = 24 * 60 * 60 * 1000;
const on = (month: number, dayOfMonth: number) => new Date(Date.UTC(DEMO_PLAN_YEAR, month - 1, dayOfMonth, 2));

export async function ensureDemoPlans(db: PrismaClient): Promise<void> {
  if (await db.setting.findUnique({ where: { key: MARKER }, select: { key: true } })) return;
  await db.$transaction(
    async (tx) => {
      const client = tx as unknown as PrismaClient;
      await seedExtraNeighborhoods(client);
      await seedTarget(client);
      await seedPlans(client);
      await tx.setting.create({ data: { key: MARKER, value: new Date().toISOString() } });
    },
    { timeout: 10 * 60 * 1000, maxWait: 60 * 1000 },
  );
}

async function seedExtraNeighborhoods(tx: PrismaClient): Promise<void> {
  const rand = prng(2026);
  const districts = await tx.district.findMany({
    where: { code: { in: Object.keys(EXTRA_STREETS) } },
    select: { id: true, code: true, name: true },
  });
  const neighborhoods: Prisma.NeighborhoodCreateManyInput[] = [];
  const buildings: Prisma.BuildingCreateManyInput[] = [];
  const units: Prisma.StairUnitCreateManyInput[] = [];
  const dwellings: Prisma.DwellingCreateManyInput[] = [];
  for (const district of districts) {
    // Only where the district has none yet: a real registry is never padded with demo rows.
    if (await tx.neighborhood.count({ where: { districtId: district.id } })) continue;
    const streets = [];
    for (const name of EXTRA_STREETS[district.code] ?? []) {
      streets.push(
        await tx.street.upsert({
          where: { districtId_name: { districtId: district.id, name } },
          create: { districtId: district.id, name },
          update: {},
          select: { id: true, name: true },
        }),
      );
    }
    const communities = [];
    for (const street of streets) {
      for (const word of [...COMMUNITY_WORDS].sort(() => rand.next() - 0.5).slice(0, 2)) {
        const name = `${word}社区`;
        communities.push({
          streetId: street.id,
          ...(await tx.community.upsert({
            where: { streetId_name: { streetId: street.id, name } },
            create: { streetId: street.id, name },
            update: {},
            select: { id: true },
          })),
        });
      }
    }
    const used = new Set<string>();
    for (let i = 0; i < EXTRA_NEIGHBORHOODS; i++) {
      const street = rand.pick(streets);
      const community = rand.pick(communities.filter((c) => c.streetId === street.id));
      let name = "";
      while (!name || used.has(name)) name = `${rand.pick(NAME_PREFIXES)}${rand.pick(NAME_SUFFIXES)}`;
      used.add(name);
      // Ten of twelve built by 2000 (in scope); the rest later, as a registry has them.
      const completionYear = i < 10 ? rand.int(1980, 1999) : rand.int(2001, 2009);
      const buildingCount = rand.int(2, 6);
      const id = randomUUID();
      neighborhoods.push({
        id,
        districtId: district.id,
        streetId: street.id,
        communityId: community!.id,
        name,
        address: `${district.name}${street.name.replace("街道", "")}路${rand.int(1, 300)}号`,
        completionYear,
        poorCondition: false,
        singleBuilding: false,
        buildingCount,
        propertyType: rand.pick(["REFORM_HOUSING", "PUBLIC_HOUSING", "UNIT_STAFF_HOUSING", "MIXED"] as const),
      });
      let ownerSerial = 0;
      for (let b = 1; b <= buildingCount; b++) {
        const floors = rand.int(5, 8);
        const buildingId = randomUUID();
        buildings.push({ id: buildingId, neighborhoodId: id, name: `${b}栋`, floors });
        for (let u = 1; u <= rand.int(1, 3); u++) {
          const unitId = randomUUID();
          units.push({ id: unitId, buildingId, name: `${u}单元`, floors, hasLift: false });
          const perFloor = rand.int(2, 3);
          for (let floor = 1; floor <= floors; floor++) {
            for (let door = 1; door <= perFloor; door++) {
              ownerSerial++;
              dwellings.push({
                id: randomUUID(),
                unitId,
                neighborhoodId: id,
                room: `${floor}-${door}`,
                floor,
                areaM2: (45 + rand.next() * 50).toFixed(2),
                ownerRef: `${id.slice(0, 8)}-${ownerSerial}`,
              });
            }
          }
        }
      }
    }
  }
  if (neighborhoods.length) await tx.neighborhood.createMany({ data: neighborhoods });
  if (buildings.length) await tx.building.createMany({ data: buildings });
  if (units.length) await tx.stairUnit.createMany({ data: units });
  for (let i = 0; i < dwellings.length; i += 5000) await tx.dwelling.createMany({ data: dwellings.slice(i, i + 5000) });
}

type Candidate = {
  id: string;
  name: string;
  buildingCount: number;
  households: number;
  dwellingAreaM2: number;
  inProject: boolean;
  startedInProject: boolean;
  completedInProject: boolean;
};

/** The district's eligible neighbourhoods with their figures, those in the demo's 2026 projects first. */
async function candidates(
  tx: PrismaClient,
  district: { id: string; allows2005Extension: boolean },
): Promise<Candidate[]> {
  const rows = await tx.neighborhood.findMany({
    where: { districtId: district.id, planEntries: { none: { plan: { status: "APPROVED" } } } },
    orderBy: [{ name: "asc" }, { address: "asc" }],
    select: {
      id: true,
      name: true,
      buildingCount: true,
      completionYear: true,
      poorCondition: true,
      projects: {
        where: { project: { year: DEMO_PLAN_YEAR } },
        select: { project: { select: { stage: true, startedAt: true } } },
      },
    },
  });
  const eligible = rows.filter(
    (n) =>
      assessEligibility({
        completionYear: n.completionYear,
        poorCondition: n.poorCondition,
        districtAllows2005: district.allows2005Extension,
      }).eligible,
  );
  const sums = await tx.dwelling.groupBy({
    by: ["neighborhoodId"],
    where: { neighborhoodId: { in: eligible.map((n) => n.id) } },
    _count: { _all: true },
    _sum: { areaM2: true },
  });
  const sumOf = new Map(sums.map((s) => [s.neighborhoodId, s]));
  const STARTED: ProjectStage[] = ["CONSTRUCTION", "ACCEPTANCE", "COMPLETED", "LONG_TERM"];
  return eligible
    .map((n) => ({
      id: n.id,
      name: n.name,
      buildingCount: n.buildingCount,
      households: sumOf.get(n.id)?._count._all ?? 0,
      dwellingAreaM2: Number(sumOf.get(n.id)?._sum.areaM2 ?? 0),
      inProject: n.projects.length > 0,
      startedInProject: n.projects.some((p) => STARTED.includes(p.project.stage) || p.project.startedAt !== null),
      completedInProject: n.projects.some((p) => p.project.stage === "COMPLETED" || p.project.stage === "LONG_TERM"),
    }))
    .filter((n) => n.households > 0 && n.buildingCount > 0)
    .sort(
      (a, b) => Number(b.startedInProject) - Number(a.startedInProject) || Number(b.inProject) - Number(a.inProject),
    );
}

async function seedTarget(tx: PrismaClient): Promise<void> {
  const districts = await tx.district.findMany({
    where: { validTo: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, kind: true },
  });
  const existing = new Set(
    (await tx.districtTargetShare.findMany({ where: { year: DEMO_PLAN_YEAR }, select: { districtId: true } })).map(
      (s) => s.districtId,
    ),
  );
  const planned = new Map(DEMO_PLANS.map((p) => [p.code, p.entries]));
  // Each district's share: a little above what the demo plans list, so "planned of target" reads
  // 80–100%; districts without a demo plan get a share by their size.
  const shares = districts.map((d, i) => {
    const neighborhoods = planned.has(d.code)
      ? planned.get(d.code)! + (i % 3 === 0 ? 0 : 1)
      : d.code === "500103"
        ? 5
        : d.kind === "DISTRICT"
          ? 4 + (i % 4)
          : 2 + (i % 3);
    return {
      year: DEMO_PLAN_YEAR,
      districtId: d.id,
      neighborhoods,
      floorAreaM2: String(neighborhoods * 15_000),
      households: neighborhoods * 180,
    };
  });
  await tx.districtTargetShare.createMany({ data: shares.filter((s) => !existing.has(s.districtId)) });
  const sum = (key: "neighborhoods" | "households") => shares.reduce((total, s) => total + s[key], 0);
  await tx.programmeTarget.upsert({
    where: { year: DEMO_PLAN_YEAR },
    create: {
      year: DEMO_PLAN_YEAR,
      neighborhoods: sum("neighborhoods"),
      floorAreaM2: String(sum("neighborhoods") * 15_000),
      households: sum("households"),
      note: "演示数据:2026年度目标(各区县分解之和)",
    },
    update: {},
    select: { id: true },
  });
}

async function seedPlans(tx: PrismaClient): Promise<void> {
  const rand = prng(20260301);
  const catalogue = new Map(
    (await tx.catalogueItem.findMany({ select: { id: true, code: true, defaultMatter: true } })).map((c) => [
      c.code,
      c,
    ]),
  );
  const districts = await tx.district.findMany({
    where: { code: { in: DEMO_PLANS.map((p) => p.code) } },
    select: {
      id: true,
      code: true,
      name: true,
      allows2005Extension: true,
      users: { where: { role: "DISTRICT" }, take: 1, select: { id: true } },
    },
  });
  const commission = await tx.user.findFirst({
    where: { role: "COMMISSION" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });

  for (const [index, config] of DEMO_PLANS.entries()) {
    const district = districts.find((d) => d.code === config.code);
    if (!district) continue;
    if (
      await tx.annualPlan.findUnique({
        where: { districtId_year: { districtId: district.id, year: DEMO_PLAN_YEAR } },
        select: { id: true },
      })
    )
      continue;
    const chosen = (await candidates(tx, district)).slice(0, config.entries);
    if (chosen.length === 0) continue;

    // Which planned neighbourhoods start: those already in a started demo project, then new projects.
    const started = chosen.filter((n) => n.startedInProject).length;
    let completed = chosen.filter((n) => n.completedInProject).length;
    const toStart = chosen.filter((n) => !n.inProject).slice(0, Math.max(0, config.started - started));
    const startedIds = new Set([
      ...chosen.filter((n) => n.startedInProject).map((n) => n.id),
      ...toStart.map((n) => n.id),
    ]);

    const entries = chosen.map((n, i) => {
      const categories: ContentCategory[] =
        i % 3 === 2 ? ["BASIC", "IMPROVEMENT", "UPGRADE"] : i % 3 === 1 ? ["BASIC", "IMPROVEMENT"] : ["BASIC"];
      // Building floor area: the dwellings' own area plus stairs and walls (about a fifth more).
      const floorAreaM2 = Math.round(n.dwellingAreaM2 * 1.2);
      const yuanPerM2 = (categories.length === 3 ? 700 : categories.length === 2 ? 500 : 320) + rand.int(-40, 40);
      const quarter: StartQuarter = startedIds.has(n.id)
        ? rand.pick(["Q1", "Q2"] as const)
        : rand.pick(["Q2", "Q3", "Q4"] as const);
      return {
        neighborhoodId: n.id,
        floorAreaM2: floorAreaM2.toFixed(2),
        households: n.households,
        buildings: n.buildingCount,
        // Whole 万元, as districts report it.
        investmentFen: BigInt(Math.round((floorAreaM2 * yuanPerM2) / 10_000)) * 1_000_000n,
        startQuarter: quarter,
        categories,
        residentsConsulted: config.status !== "DRAFT" || i < 2,
        note: n.inProject ? "已纳入项目储备" : "",
        sortOrder: i,
      };
    });

    const submittedAt = on(3, 5 + index);
    const approvedAt = on(4, 2 + index);
    const status = config.status;
    const version = status === "DRAFT" ? 0 : 1;
    const plan = await tx.annualPlan.create({
      data: {
        districtId: district.id,
        year: DEMO_PLAN_YEAR,
        status,
        version,
        submittedAt: status === "DRAFT" ? null : submittedAt,
        approvedAt: status === "APPROVED" ? approvedAt : null,
        createdAt: new Date(submittedAt.getTime() - 20 * day),
        entries: { create: entries },
      },
      select: { id: true, entries: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
    });
    if (status !== "DRAFT") {
      // The snapshot the submit action stores (versions.ts currentSnapshot), and its review rows.
      const snapshot = entries.map((e, i) => ({
        neighborhoodId: e.neighborhoodId,
        neighborhoodName: chosen[i]!.name,
        floorAreaM2: e.floorAreaM2,
        households: e.households,
        buildings: e.buildings,
        investmentFen: e.investmentFen.toString(),
        startQuarter: e.startQuarter,
        categories: e.categories,
        residentsConsulted: e.residentsConsulted,
        note: e.note,
      }));
      const submitter = district.users[0]?.id ?? null;
      await tx.annualPlanVersion.create({
        data: {
          planId: plan.id,
          version: 1,
          entries: snapshot as unknown as Prisma.InputJsonValue,
          submittedById: submitter,
          submittedAt,
        },
      });
      await tx.planReview.create({
        data: { planId: plan.id, version: 1, action: "SUBMIT", actorId: submitter, at: submittedAt },
      });
      if (status === "APPROVED") {
        await tx.planReview.create({
          data: {
            planId: plan.id,
            version: 1,
            action: "APPROVE",
            comment: "经审核,同意该区县2026年度改造计划。",
            actorId: commission?.id ?? null,
            at: approvedAt,
          },
        });
      }
      if (status === "RETURNED") {
        await tx.planReview.create({
          data: {
            planId: plan.id,
            version: 1,
            action: "RETURN",
            actorId: commission?.id ?? null,
            at: on(3, 28),
            comment: "部分小区尚未征求居民意见,请补充后重新报送。",
            comments: {
              create: [
                { entryId: plan.entries[0]!.id, body: "请核实该小区的楼栋数与受益户数,并补充居民意见征询情况。" },
              ],
            },
          },
        });
      }
    }

    // The 2026 projects that started the planned neighbourhoods, one or two neighbourhoods each.
    for (let i = 0, p = 0; i < toStart.length; p++) {
      const covered = toStart.slice(i, i + (toStart.length - i > 2 && p % 2 === 1 ? 2 : 1));
      i += covered.length;
      const complete = completed + covered.length <= config.completed;
      if (complete) completed += covered.length;
      // One project per district is recorded by its start date while the stage still reads 已批准.
      const stage: ProjectStage = complete
        ? "COMPLETED"
        : p === 1
          ? "APPROVED"
          : p === 2
            ? "ACCEPTANCE"
            : "CONSTRUCTION";
      const project = await createStartedProject(
        tx,
        district,
        covered,
        stage,
        `${district.code}-${DEMO_PLAN_YEAR}-${String(101 + p)}`,
        catalogue,
        on(4 + (p % 4), 10 + p),
      );
      // Routed as the app routes it, dated from the stage's start. The departments have done their
      // part, except in the districts lagging behind, where the open tasks show why.
      await syncProjectTasks(tx, project.id, { today: project.stageAt });
      if (config.started / config.entries >= LAGGARD_RATE) {
        const doneAt = new Date(Math.min(project.stageAt.getTime() + 14 * day, Date.now()));
        await tx.departmentTask.updateMany({
          where: { projectId: project.id, status: "OPEN" },
          data: { status: "DONE", resultNote: "已按期办结。", completedAt: doneAt },
        });
      }
    }
  }
}

const STAGE_ORDER: ProjectStage[] = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
];

async function createStartedProject(
  tx: PrismaClient,
  district: { id: string; name: string },
  covered: Candidate[],
  stage: ProjectStage,
  code: string,
  catalogue: Map<string, { id: string; defaultMatter: MatterType }>,
  startedAt: Date,
): Promise<{ id: string; stageAt: Date }> {
  const stageIndex = STAGE_ORDER.indexOf(stage);
  const reserveAt = new Date(startedAt.getTime() - 120 * day);
  const step = (startedAt.getTime() - reserveAt.getTime()) / 4;
  const completedAt = stage === "COMPLETED" ? new Date(startedAt.getTime() + 150 * day) : null;
  const changes = STAGE_ORDER.slice(0, stageIndex + 1).map((toStage, i) => ({
    fromStage: i === 0 ? null : STAGE_ORDER[i - 1]!,
    toStage,
    at:
      i <= 4
        ? new Date(reserveAt.getTime() + i * step)
        : i === 5
          ? new Date(startedAt.getTime() + 120 * day)
          : completedAt!,
    note: i === 0 ? "纳入项目储备库" : "",
  }));
  const items = [...ITEMS.BASIC, ...ITEMS.IMPROVEMENT.slice(0, covered.length)];
  const project = await tx.project.create({
    data: {
      code,
      name: `${covered[0]!.name}${covered.length > 1 ? "等" : ""}老旧小区改造`,
      districtId: district.id,
      year: DEMO_PLAN_YEAR,
      stage,
      description: `覆盖${covered.map((n) => n.name).join("、")},列入${district.name}${DEMO_PLAN_YEAR}年度改造计划。`,
      startedAt,
      completedAt,
      neighborhoods: { create: covered.map((n) => ({ neighborhoodId: n.id })) },
      stageChanges: { create: changes },
      items: {
        create: items.flatMap((c) => {
          const item = catalogue.get(c);
          return item
            ? [
                {
                  catalogueItemId: item.id,
                  quantity: String(covered.length * 120),
                  estimatedCostFen: BigInt(covered.length * 80_000_000),
                  matter: item.defaultMatter,
                  status: "INCLUDED" as const,
                },
              ]
            : [];
        }),
      },
    },
    select: { id: true },
  });
  return { id: project.id, stageAt: changes.at(-1)!.at };
}
