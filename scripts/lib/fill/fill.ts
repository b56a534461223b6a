// Fills a migrated, reference-seeded database with a generated city (see scripts/db-fill.ts).
// Everything derives from the seed: the same seed and scale give the same rows, ids included.
// Generated ids start with "g" + a kind letter and are short, which also marks the rows as
// generated (the refusal to write into a database with real data looks for anything else).
import pg from "pg";
import { tally, type TallyDwelling, type TallyVote } from "../../../src/modules/consultation/tally";
import { TableWriter, type Column } from "./writer";
import { dwellingsOf, neighborhoodId, rngFor, stockOf, type GenBuilding } from "./stock";
import type { Scale } from "./scales";

export type FillOptions = {
  url: string;
  scale: Scale;
  seed: number;
  force?: boolean;
  log?: (line: string) => void;
  progress?: (line: string) => void;
};
export type FillSummary = Record<string, number> & { seconds: number };

const STAGES = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
] as const;
type Stage = (typeof STAGES)[number];
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const STREET_WORDS =
  "解放 人民 和平 民主 新华 建设 胜利 朝阳 红旗 光明 长江 嘉陵 南坪 石桥 龙溪 双碑 杨家 大坪 化龙 菜园 上清 七星 两路 鸳鸯 回兴 龙山 花园 观音 石马 天星 白沙 青木 黄桷 金竹 玉峰 桂花 龙门 望江 临江 滨江".split(
    " ",
  );
const ESTATE_WORDS =
  "枇杷 桂园 锦绣 幸福 康宁 长乐 福安 和顺 兴隆 丰收 友谊 团结 前进 宏伟 繁荣 春晖 秋实 翠竹 松林 梅岭 兰亭 荷塘 柳岸 榕树 樟树 银杏 紫薇 海棠 芙蓉 百合".split(
    " ",
  );
const ESTATE_SUFFIX = ["小区", "新村", "花园", "苑", "宿舍", "住宅区"];
const ROADS = ["路", "街", "巷", "大道"];
const PROPERTY = [
  "COMMODITY",
  "REFORM_HOUSING",
  "PUBLIC_HOUSING",
  "RESETTLEMENT",
  "UNIT_STAFF_HOUSING",
  "MIXED",
  "OTHER",
];
const FUNDING = [
  "CENTRAL_SUBSIDY",
  "MUNICIPAL_FINANCE",
  "DISTRICT_FINANCE",
  "SPECIAL_BOND",
  "RESIDENT_DIRECT",
  "UTILITY_COMPANY",
  "SOCIAL_CAPITAL",
  "PUBLIC_REVENUE",
];
const MILESTONES = ["方案设计", "施工准备", "主体施工", "竣工验收"];

const COLS = {
  Street: [
    ["id", "text"],
    ["districtId", "text"],
    ["name", "text"],
    ["kind", "text", '"StreetKind"'],
  ],
  Community: [
    ["id", "text"],
    ["streetId", "text"],
    ["name", "text"],
  ],
  Neighborhood: [
    ["id", "text"],
    ["districtId", "text"],
    ["streetId", "text"],
    ["communityId", "text"],
    ["name", "text"],
    ["address", "text"],
    ["completionYear", "int"],
    ["poorCondition", "bool"],
    ["singleBuilding", "bool"],
    ["buildingCount", "int"],
    ["propertyType", "text", '"PropertyType"'],
    ["updatedAt", "timestamp"],
  ],
  Building: [
    ["id", "text"],
    ["neighborhoodId", "text"],
    ["name", "text"],
    ["floors", "int"],
  ],
  StairUnit: [
    ["id", "text"],
    ["buildingId", "text"],
    ["name", "text"],
    ["floors", "int"],
    ["hasLift", "bool"],
  ],
  Dwelling: [
    ["id", "text"],
    ["unitId", "text"],
    ["neighborhoodId", "text"],
    ["room", "text"],
    ["floor", "int"],
    ["areaM2", "numeric"],
    ["ownerRef", "text"],
  ],
  Project: [
    ["id", "text"],
    ["code", "text"],
    ["name", "text"],
    ["districtId", "text"],
    ["year", "int"],
    ["stage", "text", '"ProjectStage"'],
    ["managementModel", "text", '"ManagementModel"'],
    ["startedAt", "date"],
    ["completedAt", "date"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  ProjectNeighborhood: [
    ["projectId", "text"],
    ["neighborhoodId", "text"],
  ],
  ProjectItem: [
    ["id", "text"],
    ["projectId", "text"],
    ["catalogueItemId", "text"],
    ["unitId", "text"],
    ["quantity", "numeric"],
    ["estimatedCostFen", "bigint"],
    ["matter", "text", '"MatterType"'],
    ["status", "text", '"ProjectItemStatus"'],
    ["updatedAt", "timestamp"],
  ],
  ProjectStageChange: [
    ["id", "text"],
    ["projectId", "text"],
    ["fromStage", "text", '"ProjectStage"'],
    ["toStage", "text", '"ProjectStage"'],
    ["at", "timestamp"],
  ],
  Milestone: [
    ["id", "text"],
    ["projectId", "text"],
    ["name", "text"],
    ["sortOrder", "int"],
    ["plannedEnd", "date"],
    ["actualEnd", "date"],
    ["progress", "int"],
    ["updatedAt", "timestamp"],
  ],
  FundingRecord: [
    ["id", "text"],
    ["projectId", "text"],
    ["source", "text", '"FundingSource"'],
    ["status", "text", '"FundingStatus"'],
    ["plannedFen", "bigint"],
    ["committedFen", "bigint"],
    ["paidFen", "bigint"],
    ["recordedOn", "date"],
    ["updatedAt", "timestamp"],
  ],
  DepartmentTask: [
    ["id", "text"],
    ["departmentId", "text"],
    ["projectId", "text"],
    ["projectItemId", "text"],
    ["ruleId", "text"],
    ["dedupeKey", "text"],
    ["kind", "text", '"TaskKind"'],
    ["title", "text"],
    ["status", "text", '"TaskStatus"'],
    ["requiredForAcceptance", "bool"],
    ["dueOn", "date"],
    ["completedAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  Ballot: [
    ["id", "text"],
    ["projectId", "text"],
    ["title", "text"],
    ["status", "text", '"BallotStatus"'],
    ["opensAt", "timestamp"],
    ["closesAt", "timestamp"],
    ["publishedAt", "timestamp"],
    ["noticeEndsAt", "timestamp"],
    ["finalizedAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  BallotItem: [
    ["id", "text"],
    ["ballotId", "text"],
    ["projectItemId", "text"],
    ["unitId", "text"],
    ["matter", "text", '"MatterType"'],
    ["title", "text"],
    ["estimatedCostFen", "bigint"],
    ["sortOrder", "int"],
    ["outcome", "text", '"BallotOutcome"'],
    ["result", "jsonb"],
  ],
  Vote: [
    ["id", "text"],
    ["ballotItemId", "text"],
    ["dwellingId", "text"],
    ["choice", "text", '"VoteChoice"'],
    ["castById", "text"],
    ["castAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  AnnualPlan: [
    ["id", "text"],
    ["districtId", "text"],
    ["year", "int"],
    ["status", "text", '"PlanStatus"'],
    ["version", "int"],
    ["submittedAt", "timestamp"],
    ["approvedAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  AnnualPlanEntry: [
    ["id", "text"],
    ["planId", "text"],
    ["neighborhoodId", "text"],
    ["projectId", "text"],
    ["floorAreaM2", "numeric"],
    ["households", "int"],
    ["buildings", "int"],
    ["investmentFen", "bigint"],
    ["startQuarter", "text", '"StartQuarter"'],
    ["categories", "text", '"ContentCategory"[]'],
    ["residentsConsulted", "bool"],
    ["sortOrder", "int"],
    ["updatedAt", "timestamp"],
  ],
  AnnualPlanVersion: [
    ["id", "text"],
    ["planId", "text"],
    ["version", "int"],
    ["entries", "jsonb"],
    ["submittedAt", "timestamp"],
  ],
  PlanReview: [
    ["id", "text"],
    ["planId", "text"],
    ["version", "int"],
    ["action", "text", '"PlanReviewAction"'],
    ["at", "timestamp"],
  ],
  DistrictTargetShare: [
    ["id", "text"],
    ["year", "int"],
    ["districtId", "text"],
    ["neighborhoods", "int"],
    ["floorAreaM2", "numeric"],
    ["households", "int"],
    ["updatedAt", "timestamp"],
  ],
} satisfies Record<string, Column[]>;

type Nbhd = {
  index: number;
  id: string;
  name: string;
  districtId: string;
  streetId: string;
  single: boolean;
  eligible: boolean;
  households: number;
  area: number;
  buildings: number;
};
type Proj = { id: string; districtId: string; year: number; stage: Stage; neighborhoods: Nbhd[] };

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const at = (date: string) => `${date} 02:00:00`;

/** Refuses a database with rows that are not generated; with `force`, writes beside them. */
async function checkTarget(client: pg.PoolClient, force: boolean): Promise<{ real: number; generated: number }> {
  const { rows } = await client.query<{ real: string; generated: string; districts: string }>(
    `SELECT (SELECT count(*) FROM "Neighborhood" WHERE id NOT LIKE 'gn%') AS real, (SELECT count(*) FROM "Neighborhood" WHERE id LIKE 'gn%') AS generated, (SELECT count(*) FROM "District") AS districts`,
  );
  const real = Number(rows[0]!.real);
  const generated = Number(rows[0]!.generated);
  if (Number(rows[0]!.districts) === 0)
    throw new Error(
      "数据库里没有区县基础数据:先运行 npm run db:migrate && npm run db:seed / no reference data: run npm run db:migrate && npm run db:seed first",
    );
  if (generated > 0)
    throw new Error(
      `数据库里已有 ${generated} 个生成的小区,请换一个空数据库 / the database already holds ${generated} generated neighbourhoods: use an empty one`,
    );
  if (real > 0 && !force)
    throw new Error(
      `数据库里有 ${real} 个非生成的小区(真实或演示数据);确认要写在旁边请加 --force / the database holds ${real} neighbourhoods that were not generated; add --force to write beside them`,
    );
  return { real, generated };
}

export async function fill(options: FillOptions): Promise<FillSummary> {
  const { scale, seed } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const pool = new pg.Pool({ connectionString: options.url, max: 1 });
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  let lastProgress = 0;
  const onFlush = (table: string, rows: number) => {
    counts[table] = (counts[table] ?? 0) + rows;
    const now = performance.now();
    if (options.progress && now - lastProgress > 500) {
      lastProgress = now;
      options.progress(
        `  ${table.padEnd(20)} ${String(counts[table]).padStart(10)} rows  (${((now - started) / 1000).toFixed(0)} s)`,
      );
    }
  };
  const writer = <T extends keyof typeof COLS>(table: T) => new TableWriter(client, table, COLS[table], onFlush);
  const done = async (...writers: TableWriter[]) => {
    for (const w of writers) await w.flush();
  };
  try {
    await checkTarget(client, options.force ?? false);
    await client.query("SET synchronous_commit = off");
    const r = rngFor(seed, 0, 0);
    const districts = (
      await client.query<{ id: string; code: string }>(
        `SELECT id, code FROM "District" WHERE "validTo" IS NULL ORDER BY "sortOrder"`,
      )
    ).rows;
    const catalogue = (
      await client.query<{
        id: string;
        code: string;
        category: string;
        name: string;
        defaultMatter: string;
        tags: string[];
      }>(
        `SELECT id, code, category::text, name, "defaultMatter"::text AS "defaultMatter", tags FROM "CatalogueItem" WHERE "districtId" IS NULL AND active ORDER BY "sortOrder", code`,
      )
    ).rows;
    const rules = (
      await client.query<{
        id: string;
        departmentId: string;
        matchTag: string;
        stage: Stage;
        kind: string;
        title: string;
        dueDays: number;
        requiredForAcceptance: boolean;
      }>(
        `SELECT id, "departmentId", "matchTag", stage::text AS stage, kind::text AS kind, title, "dueDays", "requiredForAcceptance" FROM "RoutingRule" WHERE active`,
      )
    ).rows;
    const basic = catalogue.filter((c) => c.category === "BASIC");
    const optional = catalogue.filter((c) => c.category !== "BASIC" && !c.tags.includes("lift"));
    const lift = catalogue.find((c) => c.tags.includes("lift"));
    const now = new Date().toISOString().slice(0, 19).replace("T", " ");

    log(
      `• 写入 / writing: ${scale.neighborhoods} neighbourhoods over ${districts.length} divisions, ${scale.projects} projects (seed ${seed})`,
    );

    // Central districts hold more of the old stock.
    const weights = districts.map((d, i) =>
      ["500103", "500104", "500105", "500106", "500107", "500108", "500112", "500113"].includes(d.code)
        ? 4
        : i < 26
          ? 2
          : 1,
    );
    const weightSum = weights.reduce((a, b) => a + b, 0);

    // Streets and communities.
    const streetW = writer("Street");
    const communityW = writer("Community");
    communityW.dependsOn.push(streetW);
    const streetsOf = new Map<string, { id: string; communities: string[] }[]>();
    for (const [di, d] of districts.entries()) {
      const list: { id: string; communities: string[] }[] = [];
      const n = r.int(...scale.streetsPerDistrict);
      for (let s = 0; s < n; s++) {
        const id = `gs${di.toString(36)}.${s.toString(36)}`;
        const word =
          STREET_WORDS[s % STREET_WORDS.length]! +
          (s >= STREET_WORDS.length ? String(Math.floor(s / STREET_WORDS.length) + 1) : "");
        const town = di >= 26 && s % 3 === 2;
        await streetW.add([id, d.id, `${word}${town ? "镇" : "街道"}`, town ? "TOWN" : "STREET"]);
        const communities: string[] = [];
        const cn = r.int(...scale.communitiesPerStreet);
        for (let c = 0; c < cn; c++) {
          const cid = `${id}c${c}`;
          await communityW.add([cid, id, `${ESTATE_WORDS[(s * 7 + c) % ESTATE_WORDS.length]}${c + 1}社区`]);
          communities.push(cid);
        }
        list.push({ id, communities });
      }
      streetsOf.set(d.id, list);
    }
    await done(streetW, communityW);

    // Neighbourhoods.
    const nbhds: Nbhd[] = [];
    const nW = writer("Neighborhood");
    for (let i = 0; i < scale.neighborhoods; i++) {
      const nr = rngFor(seed, 2, i);
      let pick = nr.next() * weightSum;
      let di = 0;
      while (pick >= weights[di]!) pick -= weights[di++]!;
      const district = districts[di]!;
      const street = nr.pick(streetsOf.get(district.id)!);
      const year = nr.next() < 0.85 ? nr.int(1980, 2000) : nr.int(2001, 2005);
      const poor = nr.next() < 0.3;
      const single = nr.next() < 0.1;
      const buildings = stockOf(seed, i, scale.maxBuildings, single);
      const ds = dwellingsOf(buildings);
      const id = neighborhoodId(i);
      const name = `${nr.pick(ESTATE_WORDS)}${single ? "楼" : nr.pick(ESTATE_SUFFIX)}`;
      nbhds.push({
        index: i,
        id,
        name,
        districtId: district.id,
        streetId: street.id,
        single,
        eligible: year <= 2000 || poor,
        households: ds.length,
        area: ds.reduce((a, d) => a + Number(d.area), 0),
        buildings: buildings.length,
      });
      await nW.add([
        id,
        district.id,
        street.id,
        nr.pick(street.communities),
        name,
        `${nr.pick(STREET_WORDS)}${nr.pick(ROADS)}${i + 1}号`,
        year,
        poor,
        single,
        buildings.length,
        nr.pick(PROPERTY),
        now,
      ]);
    }
    await done(nW);

    // Buildings, then units, then dwellings: one pass each over the same derived stock.
    const stock = (n: Nbhd): GenBuilding[] => stockOf(seed, n.index, scale.maxBuildings, n.single);
    const bW = writer("Building");
    for (const n of nbhds) for (const b of stock(n)) await bW.add([b.id, n.id, b.name, b.floors]);
    await done(bW);
    const uW = writer("StairUnit");
    for (const n of nbhds)
      for (const b of stock(n)) for (const u of b.units) await uW.add([u.id, b.id, u.name, u.floors, u.hasLift]);
    await done(uW);
    const dW = writer("Dwelling");
    for (const n of nbhds)
      for (const b of stock(n))
        for (const u of b.units)
          for (const d of u.dwellings) await dW.add([d.id, u.id, n.id, d.room, d.floor, d.area, d.ownerRef]);
    await done(dW);

    // A generated resident casts the generated online votes (castById is not a foreign key, but a
    // page that names the caster finds a person).
    const voter = "gu-voter";
    await client.query(
      `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "updatedAt") VALUES ($1, 'gen.voter', '!', '生成的投票人', 'RESIDENT', now()) ON CONFLICT DO NOTHING`,
      [voter],
    );

    // Projects: eligible neighbourhoods, one to four of a street (片区), spread over the years.
    const byStreet = new Map<string, Nbhd[]>();
    for (const n of nbhds)
      if (n.eligible) (byStreet.get(n.streetId) ?? byStreet.set(n.streetId, []).get(n.streetId)!).push(n);
    const pools = [...byStreet.values()];
    const projects: Proj[] = [];
    for (let p = 0; p < scale.projects && pools.some((x) => x.length > 0); p++) {
      const pr = rngFor(seed, 3, p);
      let poolIndex = pr.int(0, pools.length - 1);
      while (pools[poolIndex]!.length === 0) poolIndex = (poolIndex + 1) % pools.length;
      const pool = pools[poolIndex]!;
      const take = Math.min(pool.length, pr.next() < 0.5 ? 1 : pr.int(2, 4));
      const members = pool.splice(0, take);
      const year = pr.pick(YEARS);
      const age = 2026 - year;
      // Older years are further along; 2026 is mostly in preparation.
      const lo = age >= 4 ? 5 : age === 3 ? 4 : age === 2 ? 3 : age === 1 ? 1 : 0;
      const hi = age >= 3 ? 7 : age === 2 ? 7 : age === 1 ? 6 : 4;
      projects.push({
        id: `gp${p.toString(36)}`,
        districtId: members[0]!.districtId,
        year,
        stage: STAGES[pr.int(lo, hi)]!,
        neighborhoods: members,
      });
    }

    const projectW = writer("Project");
    const linkW = writer("ProjectNeighborhood");
    const stageW = writer("ProjectStageChange");
    const milestoneW = writer("Milestone");
    const fundingW = writer("FundingRecord");
    for (const w of [linkW, stageW, milestoneW, fundingW]) w.dependsOn.push(projectW);
    for (const [p, project] of projects.entries()) {
      const pr = rngFor(seed, 4, p);
      const s = STAGES.indexOf(project.stage);
      const startedAt = s >= 4 ? day(project.year, pr.int(3, 11), pr.int(1, 28)) : null;
      const completedAt = s >= 6 ? day(Math.min(project.year + 1, 2026), pr.int(1, 10), pr.int(1, 28)) : null;
      const name = `${project.neighborhoods.length > 1 ? "片区" : ""}${project.year}年老旧小区改造项目 ${p + 1}`;
      await projectW.add([
        project.id,
        `GEN-${project.year}-${String(p + 1).padStart(5, "0")}`,
        name,
        project.districtId,
        project.year,
        project.stage,
        s === 7 ? pr.pick(["PROPERTY_COMPANY", "COMMUNITY_SERVICE_CENTRE", "SELF_MANAGEMENT"]) : null,
        startedAt,
        completedAt,
        at(day(project.year - 1, 11, 1)),
        now,
      ]);
      for (const n of project.neighborhoods) await linkW.add([project.id, n.id]);
      for (let k = 0; k <= s; k++)
        await stageW.add([
          `${project.id}h${k}`,
          project.id,
          k === 0 ? null : STAGES[k - 1],
          STAGES[k],
          at(day(project.year - (k === 0 ? 1 : 0), k === 0 ? 11 : Math.min(12, k + 1), 5)),
        ]);
      if (s >= 3) {
        for (const [m, mname] of MILESTONES.entries()) {
          const plannedEnd = day(project.year, 3 + m * 3, 28);
          const finished = s >= 6 || (s >= 4 && m < 2) || (s === 5 && m < 3);
          const progress = finished ? 100 : pr.int(0, 90);
          await milestoneW.add([
            `${project.id}m${m}`,
            project.id,
            mname,
            m,
            plannedEnd,
            finished ? plannedEnd : null,
            progress,
            now,
          ]);
        }
        const records = pr.int(2, 4);
        for (let f = 0; f < records; f++) {
          const planned = BigInt(pr.int(20, 800)) * 1_000_000n;
          const status = s >= 6 ? "PAID" : pr.pick(["PLANNED", "COMMITTED", "PAID"]);
          const committed = status === "PLANNED" ? 0n : planned;
          const paid = status === "PAID" ? planned : status === "COMMITTED" ? planned / 2n : 0n;
          await fundingW.add([
            `${project.id}f${f}`,
            project.id,
            FUNDING[(p + f) % FUNDING.length],
            status,
            planned.toString(),
            committed.toString(),
            paid.toString(),
            day(project.year, pr.int(1, 12), pr.int(1, 28)),
            now,
          ]);
        }
      }
    }
    await done(projectW, linkW, stageW, milestoneW, fundingW);

    // Items, ballots and votes. Turnout and agreement vary per ballot and item, so some ballots
    // miss the 2/3 quorum, some items fail, most pass; outcomes are the real tally rule's.
    const itemW = writer("ProjectItem");
    const ballotW = writer("Ballot");
    const ballotItemW = writer("BallotItem");
    const voteW = writer("Vote");
    const taskW = writer("DepartmentTask");
    ballotItemW.dependsOn.push(itemW, ballotW);
    voteW.dependsOn.push(ballotItemW);
    taskW.dependsOn.push(itemW);
    for (const [p, project] of projects.entries()) {
      const pr = rngFor(seed, 5, p);
      const s = STAGES.indexOf(project.stage);
      const units = project.neighborhoods.flatMap((n) => stock(n).flatMap((b) => b.units));
      const everyone = project.neighborhoods.flatMap((n) => dwellingsOf(stock(n)));
      type Item = { id: string; cat: (typeof catalogue)[number]; unitId: string | null; cost: bigint; voted: boolean };
      const items: Item[] = [];
      for (const [k, cat] of basic.entries())
        if (pr.next() < 0.45 || k === 0)
          items.push({
            id: `${project.id}i${items.length}`,
            cat,
            unitId: null,
            cost: BigInt(pr.int(10, 200)) * 1_000_000n,
            voted: false,
          });
      const optionalCount = pr.int(...scale.votedItems);
      for (let k = 0; k < optionalCount; k++) {
        const cat = optional[(p + k * 5) % optional.length]!;
        items.push({
          id: `${project.id}i${items.length}`,
          cat,
          unitId: null,
          cost: BigInt(pr.int(5, 120)) * 1_000_000n,
          voted: true,
        });
      }
      const liftUnits = units.filter((u) => !u.hasLift && u.floors >= 6);
      if (lift && liftUnits.length > 0 && pr.next() < 0.3) {
        for (let k = 0; k < Math.min(2, liftUnits.length); k++)
          items.push({
            id: `${project.id}i${items.length}`,
            cat: lift,
            unitId: pr.pick(liftUnits).id,
            cost: BigInt(pr.int(40, 90)) * 1_000_000n,
            voted: true,
          });
      }
      const hasBallot = s >= 1;
      const final = s >= 2;
      const ballotId = `${project.id}v`;
      const turnout = 0.5 + pr.next() * 0.48;
      const outcomes = new Map<string, string>();
      const ballotRows: unknown[][] = [];
      const ballotItemRows: unknown[][] = [];
      const voteRows: unknown[][] = [];
      if (hasBallot) {
        const opens = at(day(project.year - 1, 12, 1));
        const closes = at(day(project.year, final ? 1 : 12, 20));
        ballotRows.push([
          ballotId,
          project.id,
          `${project.year}年改造内容征求意见`,
          final ? "FINAL" : "OPEN",
          opens,
          closes,
          final ? closes : null,
          final ? at(day(project.year, 1, 31)) : null,
          final ? at(day(project.year, 2, 1)) : null,
          now,
        ]);
        // Who takes part is decided per owner, so an owner of several dwellings votes alike on all.
        const participates = new Map<string, boolean>();
        for (const d of everyone) if (!participates.has(d.ownerRef)) participates.set(d.ownerRef, pr.next() < turnout);
        for (const [k, item] of items.filter((i) => i.voted).entries()) {
          const agreeRate = 0.55 + pr.next() * 0.43;
          const scope = item.unitId ? units.find((u) => u.id === item.unitId)!.dwellings : everyone;
          const choiceOf = new Map<string, TallyVote>();
          const tallied: TallyDwelling[] = [];
          const biId = `${ballotId}${k.toString(36)}`;
          for (const d of scope) {
            let vote: TallyVote | null = null;
            if (participates.get(d.ownerRef)) {
              vote =
                choiceOf.get(d.ownerRef) ??
                (pr.next() < agreeRate ? "AGREE" : pr.next() < 0.85 ? "DISAGREE" : "ABSTAIN");
              choiceOf.set(d.ownerRef, vote);
              voteRows.push([`${biId}.${d.id}`, biId, d.id, vote, voter, opens, opens]);
            }
            tallied.push({ id: d.id, area: d.area, ownerKey: d.ownerRef, vote });
          }
          const matter = item.cat.defaultMatter;
          const result = tally({ matter: matter as "SPECIAL" | "ORDINARY", dwellings: tallied });
          const outcome = final ? (!result.quorate ? "NOT_QUORATE" : result.passed ? "PASSED" : "FAILED") : "PENDING";
          outcomes.set(item.id, outcome);
          ballotItemRows.push([
            biId,
            ballotId,
            item.id,
            item.unitId,
            matter,
            item.cat.name,
            item.cost.toString(),
            k,
            outcome,
            final ? JSON.stringify(result) : null,
          ]);
        }
      }
      // The tally decides the items' status, so items are written after it and before what points at them.
      for (const item of items) {
        const outcome = outcomes.get(item.id);
        const status = !item.voted
          ? "INCLUDED"
          : outcome === "PASSED"
            ? "INCLUDED"
            : outcome === "FAILED" || outcome === "NOT_QUORATE"
              ? "REJECTED"
              : "PROPOSED";
        await itemW.add([
          item.id,
          project.id,
          item.cat.id,
          item.unitId,
          String(pr.int(1, 500)),
          item.cost.toString(),
          item.cat.defaultMatter,
          status,
          now,
        ]);
        if (status !== "INCLUDED") continue;
        for (const rule of rules) {
          if (!item.cat.tags.includes(rule.matchTag) || STAGES.indexOf(rule.stage) > s) continue;
          const taskStatus = s >= 6 ? "DONE" : pr.pick(["OPEN", "OPEN", "IN_PROGRESS", "DONE"]);
          const due = day(project.year, pr.int(2, 12), pr.int(1, 28));
          await taskW.add([
            `${item.id}t${rule.id}`,
            rule.departmentId,
            project.id,
            item.id,
            rule.id,
            `${rule.id}:${project.id}:${item.id}`,
            rule.kind,
            rule.title,
            taskStatus,
            rule.requiredForAcceptance,
            due,
            taskStatus === "DONE" ? at(due) : null,
            now,
          ]);
        }
      }
      for (const row of ballotRows) await ballotW.add(row);
      for (const row of ballotItemRows) await ballotItemW.add(row);
      for (const row of voteRows) await voteW.add(row);
    }
    // Foreign keys decide the order: items before ballots' items, ballots before their items,
    // ballot items before votes.
    await done(itemW, ballotW, ballotItemW, voteW, taskW);

    // Plans for every year, targets' district shares where the city target exists.
    const planW = writer("AnnualPlan");
    const entryW = writer("AnnualPlanEntry");
    const versionW = writer("AnnualPlanVersion");
    const reviewW = writer("PlanReview");
    const shareW = writer("DistrictTargetShare");
    for (const w of [entryW, versionW, reviewW]) w.dependsOn.push(planW);
    const targets = new Set(
      (await client.query<{ year: number }>(`SELECT year FROM "ProgrammeTarget"`)).rows.map((t) => t.year),
    );
    const existingShares = new Set(
      (
        await client.query<{ k: string }>(`SELECT year || ':' || "districtId" AS k FROM "DistrictTargetShare"`)
      ).rows.map((t) => t.k),
    );
    const existingPlans = new Set(
      (await client.query<{ k: string }>(`SELECT year || ':' || "districtId" AS k FROM "AnnualPlan"`)).rows.map(
        (t) => t.k,
      ),
    );
    for (const year of YEARS) {
      for (const [di, d] of districts.entries()) {
        const ofPlan = projects.filter((p) => p.year === year && p.districtId === d.id);
        const planned = ofPlan.flatMap((p) => p.neighborhoods.map((n) => ({ n, p })));
        if (targets.has(year) && !existingShares.has(`${year}:${d.id}`)) {
          await shareW.add([
            `gt${year}.${di}`,
            year,
            d.id,
            Math.max(1, Math.round(planned.length * 0.9)),
            planned.reduce((a, x) => a + x.n.area, 0).toFixed(2),
            planned.reduce((a, x) => a + x.n.households, 0),
            now,
          ]);
        }
        if (planned.length === 0 || existingPlans.has(`${year}:${d.id}`)) continue;
        const planId = `ga${year}.${di}`;
        const status = year <= 2025 || di % 3 === 0 ? "APPROVED" : di % 3 === 1 ? "SUBMITTED" : "DRAFT";
        const submitted = status === "DRAFT" ? null : at(day(year - 1, 12, 10));
        await planW.add([
          planId,
          d.id,
          year,
          status,
          status === "DRAFT" ? 0 : 1,
          submitted,
          status === "APPROVED" ? at(day(year - 1, 12, 25)) : null,
          now,
        ]);
        // The snapshot has the shape the plans module stores (SnapshotEntry in src/modules/plans/rules.ts).
        const entries = planned.map(({ n }, k) => ({
          neighborhoodId: n.id,
          neighborhoodName: n.name,
          floorAreaM2: n.area.toFixed(2),
          households: n.households,
          buildings: n.buildings,
          investmentFen: String(BigInt(n.households) * 1_500_000n),
          startQuarter: ["Q1", "Q2", "Q3", "Q4"][k % 4]!,
          categories: k % 2 ? ["BASIC", "IMPROVEMENT"] : ["BASIC", "IMPROVEMENT", "UPGRADE"],
          residentsConsulted: year <= 2025,
          note: "",
        }));
        for (const [k, e] of entries.entries())
          await entryW.add([
            `${planId}e${k.toString(36)}`,
            planId,
            e.neighborhoodId,
            planned[k]!.p.id,
            e.floorAreaM2,
            e.households,
            e.buildings,
            e.investmentFen,
            e.startQuarter,
            `{${e.categories.join(",")}}`,
            e.residentsConsulted,
            k,
            now,
          ]);
        if (status !== "DRAFT") {
          await versionW.add([`${planId}s1`, planId, 1, JSON.stringify(entries), submitted]);
          await reviewW.add([`${planId}r1`, planId, 1, "SUBMIT", submitted]);
          if (status === "APPROVED")
            await reviewW.add([`${planId}r2`, planId, 1, "APPROVE", at(day(year - 1, 12, 25))]);
        }
      }
    }
    await done(planW, entryW, versionW, reviewW, shareW);

    options.progress?.("  ANALYZE");
    await client.query("ANALYZE");
    return { ...counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    client.release();
    await pool.end();
  }
}
