// Demo data for the embedded database and for test runs: a few hundred neighbourhoods over six
// central districts with buildings, units and dwellings, a dozen projects at every stage, the
// demo accounts, and an owner register for the demo resident's project (owners-demo.ts).
// Deterministic (a fixed pseudo-random sequence), written in one transaction, and written once: a
// marker setting stops a second run from duplicating it.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { ManagementModel, ProjectStage } from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { ensureDemoDepartmentTasks } from "./department-tasks-demo";
import { ensureFundingDemo } from "./funding-demo";
import { ensureDemoOwners } from "./owners-demo";
import { ensureDemoPlans } from "./plans-demo";
import { prng } from "./prng";

const MARKER = "demo.seededAt";
export const DEMO_RESIDENT_NEIGHBORHOOD = "枇杷山正街小区";

const STREETS: Record<string, string[]> = {
  "500103": ["解放碑街道", "七星岗街道", "两路口街道", "上清寺街道", "大坪街道", "化龙桥街道"],
  "500105": ["观音桥街道", "华新街街道", "五里店街道", "石马河街道", "大石坝街道"],
  "500108": ["南坪街道", "铜元局街道", "花园路街道", "弹子石街道", "龙门浩街道"],
  "500106": ["小龙坎街道", "沙坪坝街道", "渝碧路街道", "天星桥街道", "井口街道"],
  "500107": ["杨家坪街道", "黄桷坪街道", "谢家湾街道", "石坪桥街道", "石桥铺街道"],
  "500104": ["新山村街道", "跃进村街道", "九宫庙街道", "春晖路街道"],
};
const NEIGHBORHOODS_PER_DISTRICT: Record<string, number> = {
  "500103": 80,
  "500105": 60,
  "500108": 50,
  "500106": 50,
  "500107": 40,
  "500104": 20,
};
const COMMUNITY_WORDS = [
  "中山",
  "民主",
  "新华",
  "和平",
  "文化",
  "建设",
  "胜利",
  "红岩",
  "友谊",
  "长江",
  "嘉陵",
  "人和",
];
const NAME_PREFIXES = [
  "建设",
  "和平",
  "民生",
  "新华",
  "红岩",
  "嘉陵",
  "长江",
  "人和",
  "双钢",
  "电力",
  "纺织",
  "机械厂",
  "邮电",
  "粮食局",
  "供销",
  "水厂",
  "铁路",
  "棉纺",
  "印制",
  "轻工",
  "交通",
  "港务",
  "建材",
  "化工",
  "钢铁",
  "光明",
  "东风",
  "向阳",
  "团结",
  "跃进",
  "前进",
  "桂花",
  "黄桷",
  "石油",
  "大田湾",
  "较场口",
  "通远门",
  "菜园坝",
];
const NAME_SUFFIXES = ["小区", "新村", "宿舍", "花园", "大院", "家属区", "住宅楼"];

const day = 24 * 60 * 60 * 1000;
const daysFrom = (base: Date, days: number) => new Date(base.getTime() + days * day);

export async function seedDemo(db: PrismaClient): Promise<{ created: boolean }> {
  const marker = await db.setting.findUnique({ where: { key: MARKER }, select: { key: true } });
  let created = false;
  if (!marker) {
    await db.$transaction(
      async (tx) => {
        await seedHousingAndProjects(tx as unknown as PrismaClient);
        await tx.setting.create({ data: { key: MARKER, value: new Date().toISOString() } });
      },
      { timeout: 10 * 60 * 1000, maxWait: 60 * 1000 },
    );
    created = true;
  }
  await ensureDemoAccounts(db);
  await ensureDemoOwners(db);
  await ensureDemoPlans(db);
  await ensureDemoDepartmentTasks(db);
  await ensureFundingDemo(db);
  return { created };
}

async function ensureDemoAccounts(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const districts = await db.district.findMany({ select: { id: true, code: true } });
  const departments = await db.department.findMany({ select: { id: true, code: true } });
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { username: account.username }, select: { id: true } });
    if (existing) continue;
    const user = await db.user.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash,
        districtId: account.districtCode ? districts.find((d) => d.code === account.districtCode)?.id : null,
        departmentId: account.departmentCode ? departments.find((d) => d.code === account.departmentCode)?.id : null,
      },
      select: { id: true },
    });
    if (account.role === "RESIDENT" && !account.unbound) {
      const dwelling = await db.dwelling.findFirst({
        where: { neighborhood: { name: DEMO_RESIDENT_NEIGHBORHOOD, district: { code: "500103" } } },
        orderBy: [
          { unit: { building: { name: "asc" } } },
          { unit: { name: "asc" } },
          { floor: "asc" },
          { room: "asc" },
        ],
        select: { id: true },
      });
      if (dwelling) await db.residentDwelling.create({ data: { userId: user.id, dwellingId: dwelling.id } });
    }
  }
}

type NeighborhoodRow = {
  id: string;
  districtId: string;
  streetId: string;
  communityId: string;
  name: string;
  address: string;
  completionYear: number;
  poorCondition: boolean;
  singleBuilding: boolean;
  buildingCount: number;
  propertyType: "COMMODITY" | "REFORM_HOUSING" | "PUBLIC_HOUSING" | "UNIT_STAFF_HOUSING" | "MIXED";
  notes: string;
};

async function seedHousingAndProjects(tx: PrismaClient): Promise<void> {
  const rand = prng(20210811);
  const districts = await tx.district.findMany({
    where: { code: { in: Object.keys(STREETS) } },
    select: { id: true, code: true, name: true },
  });
  // The district switched the 2005 extension on in the demo, so its reasons show both rules.
  await tx.district.updateMany({ where: { code: "500105" }, data: { allows2005Extension: true } });

  const neighborhoods: NeighborhoodRow[] = [];
  const buildings: { id: string; neighborhoodId: string; name: string; floors: number }[] = [];
  const units: { id: string; buildingId: string; name: string; floors: number; hasLift: boolean }[] = [];
  const dwellings: {
    id: string;
    unitId: string;
    neighborhoodId: string;
    room: string;
    floor: number;
    areaM2: string;
    ownerRef: string;
  }[] = [];
  const firstUnitOf = new Map<string, string>();

  for (const district of districts) {
    const streets = STREETS[district.code] ?? [];
    const streetRows = streets.map((name) => ({ id: randomUUID(), districtId: district.id, name }));
    await tx.street.createMany({ data: streetRows });
    const communityRows = streetRows.flatMap((street) => {
      const words = [...COMMUNITY_WORDS].sort(() => rand.next() - 0.5).slice(0, 3);
      return words.map((word) => ({ id: randomUUID(), streetId: street.id, name: `${word}社区` }));
    });
    await tx.community.createMany({ data: communityRows });

    const usedNames = new Set<string>();
    const count = NEIGHBORHOODS_PER_DISTRICT[district.code] ?? 0;
    for (let i = 0; i < count; i++) {
      const street = rand.pick(streetRows);
      const community = rand.pick(communityRows.filter((c) => c.streetId === street.id));
      let name = district.code === "500103" && i === 0 ? DEMO_RESIDENT_NEIGHBORHOOD : "";
      while (!name || usedNames.has(name)) name = `${rand.pick(NAME_PREFIXES)}${rand.pick(NAME_SUFFIXES)}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      // The first dozen of each district are certainly in scope: the demo projects use them.
      const completionYear = i < 12 ? rand.int(1978, 1999) : rand.int(1975, 2009);
      const singleBuilding = name.endsWith("住宅楼") || rand.next() < 0.08;
      const buildingCount = singleBuilding ? 1 : rand.int(2, 8);
      const id = randomUUID();
      neighborhoods.push({
        id,
        districtId: district.id,
        streetId: street.id,
        communityId: community.id,
        name,
        address: `${district.name}${street.name.replace("街道", "")}路${rand.int(1, 300)}号`,
        completionYear,
        poorCondition: completionYear > 2000 && rand.next() < 0.5,
        singleBuilding,
        buildingCount,
        propertyType: rand.pick([
          "COMMODITY",
          "REFORM_HOUSING",
          "PUBLIC_HOUSING",
          "UNIT_STAFF_HOUSING",
          "MIXED",
        ] as const),
        notes: "",
      });
      let ownerSerial = 0;
      for (let b = 1; b <= buildingCount; b++) {
        const floors = rand.int(5, 9);
        const buildingId = randomUUID();
        buildings.push({ id: buildingId, neighborhoodId: id, name: `${b}栋`, floors });
        const unitCount = rand.int(1, 3);
        for (let u = 1; u <= unitCount; u++) {
          const unitId = randomUUID();
          units.push({ id: unitId, buildingId, name: `${u}单元`, floors, hasLift: false });
          if (b === 1 && u === 1) firstUnitOf.set(id, unitId);
          const perFloor = rand.int(2, 3);
          for (let floor = 1; floor <= floors; floor++) {
            for (let door = 1; door <= perFloor; door++) {
              ownerSerial++;
              // About one owner in thirty holds a second dwelling in the same neighbourhood.
              const sharedOwner = ownerSerial > 5 && rand.next() < 0.03;
              dwellings.push({
                id: randomUUID(),
                unitId,
                neighborhoodId: id,
                room: `${floor}-${door}`,
                floor,
                areaM2: (45 + rand.next() * 50).toFixed(2),
                ownerRef: `${id.slice(0, 8)}-${sharedOwner ? ownerSerial - 3 : ownerSerial}`,
              });
            }
          }
        }
      }
    }
  }

  for (const rows of chunks(neighborhoods, 1000)) await tx.neighborhood.createMany({ data: rows });
  for (const rows of chunks(buildings, 2000)) await tx.building.createMany({ data: rows });
  for (const rows of chunks(units, 2000)) await tx.stairUnit.createMany({ data: rows });
  for (const rows of chunks(dwellings, 5000)) await tx.dwelling.createMany({ data: rows });

  await seedProjects(tx, districts, neighborhoods, firstUnitOf);
}

type ProjectPlan = {
  districtCode: string;
  neighborhoodIndexes: number[];
  name: string;
  year: number;
  stage: ProjectStage;
  items: string[]; // catalogue codes
  management?: ManagementModel;
};

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

const PROJECTS: ProjectPlan[] = [
  {
    districtCode: "500103",
    neighborhoodIndexes: [0, 1],
    name: "枇杷山正街片区老旧小区改造",
    year: 2026,
    stage: "CONSULTATION",
    items: ["B01", "B03", "B07", "I07", "I02", "U03"],
  },
  {
    districtCode: "500103",
    neighborhoodIndexes: [2],
    name: "七星岗片区老旧小区改造",
    year: 2026,
    stage: "CONSTRUCTION",
    items: ["B02", "B04", "B06", "I03", "I05"],
  },
  {
    districtCode: "500103",
    neighborhoodIndexes: [3, 4],
    name: "两路口片区老旧小区改造",
    year: 2025,
    stage: "LONG_TERM",
    items: ["B01", "B05", "B09", "I02", "I09"],
    management: "PROPERTY_COMPANY",
  },
  {
    districtCode: "500103",
    neighborhoodIndexes: [5],
    name: "大坪片区老旧小区改造",
    year: 2026,
    stage: "DESIGN",
    items: ["B07", "B08", "I06", "U01"],
  },
  {
    districtCode: "500103",
    neighborhoodIndexes: [6],
    name: "化龙桥片区老旧小区改造",
    year: 2027,
    stage: "RESERVE",
    items: ["B01", "B02", "I07"],
  },
  {
    districtCode: "500105",
    neighborhoodIndexes: [0],
    name: "观音桥片区老旧小区改造",
    year: 2026,
    stage: "APPROVED",
    items: ["B01", "B03", "I04", "U05"],
  },
  {
    districtCode: "500105",
    neighborhoodIndexes: [1],
    name: "华新街片区老旧小区改造",
    year: 2025,
    stage: "ACCEPTANCE",
    items: ["B07", "I07", "I05"],
  },
  {
    districtCode: "500105",
    neighborhoodIndexes: [2, 3],
    name: "五里店片区老旧小区改造",
    year: 2026,
    stage: "CONSTRUCTION",
    items: ["B04", "B05", "I03", "I08"],
  },
  {
    districtCode: "500105",
    neighborhoodIndexes: [4],
    name: "石马河片区老旧小区改造",
    year: 2025,
    stage: "COMPLETED",
    items: ["B01", "B06", "I02"],
  },
  {
    districtCode: "500108",
    neighborhoodIndexes: [0],
    name: "南坪片区老旧小区改造",
    year: 2026,
    stage: "CONSULTATION",
    items: ["B01", "B02", "I07", "U07"],
  },
  {
    districtCode: "500108",
    neighborhoodIndexes: [1],
    name: "铜元局片区老旧小区改造",
    year: 2026,
    stage: "CONSTRUCTION",
    items: ["B03", "B07", "I06"],
  },
  {
    districtCode: "500106",
    neighborhoodIndexes: [0],
    name: "小龙坎片区老旧小区改造",
    year: 2024,
    stage: "LONG_TERM",
    items: ["B01", "B09", "I09"],
    management: "SELF_MANAGEMENT",
  },
  // In joint acceptance with no sign-off pending: a lift added now shows the acceptance gate.
  {
    districtCode: "500103",
    neighborhoodIndexes: [7],
    name: "上清寺片区老旧小区改造",
    year: 2025,
    stage: "ACCEPTANCE",
    items: ["B02", "B04", "I03"],
  },
];

async function seedProjects(
  tx: PrismaClient,
  districts: { id: string; code: string }[],
  neighborhoods: NeighborhoodRow[],
  firstUnitOf: Map<string, string>,
): Promise<void> {
  const rand = prng(82);
  const catalogue = await tx.catalogueItem.findMany({
    select: { id: true, code: true, category: true, defaultMatter: true, unit: true },
  });
  const byCode = new Map(catalogue.map((c) => [c.code, c]));
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

  for (const [index, plan] of PROJECTS.entries()) {
    const district = districts.find((d) => d.code === plan.districtCode);
    if (!district) continue;
    const inDistrict = neighborhoods.filter((n) => n.districtId === district.id);
    const covered = plan.neighborhoodIndexes.map((i) => inDistrict[i]).filter((n): n is NeighborhoodRow => !!n);
    const stageIndex = STAGE_ORDER.indexOf(plan.stage);
    const pastConsultation = stageIndex >= STAGE_ORDER.indexOf("DESIGN");
    const started = stageIndex >= STAGE_ORDER.indexOf("CONSTRUCTION");
    const completed = stageIndex >= STAGE_ORDER.indexOf("COMPLETED");
    const start = daysFrom(today, -40 * (stageIndex + 1));

    const project = await tx.project.create({
      data: {
        code: `${plan.districtCode}-${plan.year}-${String(index + 1).padStart(3, "0")}`,
        name: plan.name,
        districtId: district.id,
        year: plan.year,
        stage: plan.stage,
        description: `覆盖${covered.map((n) => n.name).join("、")},按“菜单式”改造内容实施。`,
        managementModel: plan.management ?? null,
        startedAt: started ? daysFrom(today, -30 * (stageIndex - 3)) : null,
        completedAt: completed ? daysFrom(today, -20) : null,
        neighborhoods: { create: covered.map((n) => ({ neighborhoodId: n.id })) },
        stageChanges: {
          create: STAGE_ORDER.slice(0, stageIndex + 1).map((stage, i) => ({
            fromStage: i === 0 ? null : STAGE_ORDER[i - 1],
            toStage: stage,
            at: daysFrom(start, i * 35),
            note: i === 0 ? "纳入项目储备库" : "",
          })),
        },
      },
      select: { id: true },
    });

    for (const code of plan.items) {
      const item = byCode.get(code);
      if (!item) continue;
      const isLift = code === "I07";
      const basic = item.category === "BASIC";
      await tx.projectItem.create({
        data: {
          projectId: project.id,
          catalogueItemId: item.id,
          unitId: isLift ? (firstUnitOf.get(covered[0]!.id) ?? null) : null,
          quantity: isLift ? "1" : String(rand.int(2, 40) * 10),
          estimatedCostFen: BigInt(isLift ? 45_000_000 : rand.int(20, 300) * 1_000_000),
          matter: item.defaultMatter,
          status: basic || pastConsultation ? "INCLUDED" : "PROPOSED",
        },
        select: { id: true },
      });
    }

    if (stageIndex >= STAGE_ORDER.indexOf("DESIGN")) {
      await tx.designReview.create({
        data: {
          projectId: project.id,
          reviewedOn: daysFrom(start, 2 * 35 + 10),
          experts: "王建国(结构)、李敏(给排水)、陈思远(规划)",
          conclusion: stageIndex >= STAGE_ORDER.indexOf("APPROVED") ? "PASSED" : "REVISE",
          notes: stageIndex >= STAGE_ORDER.indexOf("APPROVED") ? "方案可行,同意实施。" : "建议优化停车布局后再审。",
        },
      });
    }

    if (stageIndex >= STAGE_ORDER.indexOf("APPROVED")) {
      const milestones = [
        { name: "施工图设计与审查", offset: -60, doneOffset: -62 },
        { name: "施工招标", offset: -30, doneOffset: -28 },
        { name: "管网与基础设施施工", offset: stageIndex === 4 ? -5 : 20, doneOffset: stageIndex > 4 ? -10 : null },
        { name: "立面与环境整治", offset: 45, doneOffset: stageIndex > 4 ? -5 : null },
        { name: "联合验收", offset: 75, doneOffset: completed ? -20 : null },
      ];
      await tx.milestone.createMany({
        data: milestones.map((m, i) => ({
          projectId: project.id,
          name: m.name,
          sortOrder: i + 1,
          plannedStart: daysFrom(today, m.offset - 30),
          plannedEnd: daysFrom(today, m.offset),
          actualEnd: m.doneOffset === null ? null : daysFrom(today, m.doneOffset),
          progress: m.doneOffset === null ? (m.offset < 0 ? 55 : stageIndex === 4 && i === 3 ? 20 : 0) : 100,
        })),
      });
    }

    if (started) {
      const costs = await tx.projectItem.aggregate({
        where: { projectId: project.id },
        _sum: { estimatedCostFen: true },
      });
      const total = costs._sum.estimatedCostFen ?? 0n;
      const share = (percent: bigint) => (total * percent) / 100n;
      const paidAll = completed;
      await tx.fundingRecord.createMany({
        data: [
          {
            projectId: project.id,
            source: "CENTRAL_SUBSIDY",
            status: paidAll ? "PAID" : "COMMITTED",
            plannedFen: share(50n),
            committedFen: share(50n),
            paidFen: paidAll ? share(50n) : 0n,
            recordedOn: start,
            documentRef: "渝财建〔示例〕号",
          },
          {
            projectId: project.id,
            source: "DISTRICT_FINANCE",
            status: "PAID",
            plannedFen: share(35n),
            committedFen: share(35n),
            paidFen: share(35n),
            recordedOn: start,
            documentRef: "区财政预算安排",
          },
          {
            projectId: project.id,
            source: "RESIDENT_DIRECT",
            status: paidAll ? "PAID" : "PLANNED",
            plannedFen: share(10n),
            committedFen: paidAll ? share(10n) : 0n,
            paidFen: paidAll ? share(10n) : 0n,
            recordedOn: start,
            documentRef: "业主出资协议",
          },
          {
            projectId: project.id,
            source: "UTILITY_COMPANY",
            status: "COMMITTED",
            plannedFen: share(5n),
            committedFen: share(5n),
            paidFen: 0n,
            recordedOn: start,
            documentRef: "管线单位承诺函",
          },
        ],
      });
    }
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
