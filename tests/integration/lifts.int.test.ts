// Lifts decided per stairwell unit, against the real database: adding a lift means choosing units
// (each its own item and question), the unit's ballot asks only that unit, each household's
// estimated share is the ledger's later split, and the live arithmetic is the tally at closing.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { castVote, closeBallot, openBallot } from "@/modules/consultation/actions";
import { getBallotForOfficial, myBallot } from "@/modules/consultation/queries";
import { thresholdGaps } from "@/modules/consultation/thresholds";
import type { TallyResult } from "@/modules/consultation/tally";
import { seedDefaultLiftCoefficients, splitLift } from "@/modules/funding/actions";
import { addProjectItem, createProject } from "@/modules/projects/actions";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const users: Record<string, string> = {};
let hood: Awaited<ReturnType<typeof createNeighborhood>>;
let other: Awaited<ReturnType<typeof createNeighborhood>>;
let project: Awaited<ReturnType<typeof createConsultationProject>>;
let lifted: string;
/** Unit 1 (from the fixture, floors 1–2) and unit 2 (floors 3–6), both in building 1 of `hood`. */
let unit2: { id: string; dwellings: string[] };
let catalogueLift: string;

const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const liftItems = () =>
  db.projectItem.findMany({
    where: { projectId: project.id, catalogueItemId: catalogueLift },
    orderBy: { createdAt: "asc" },
    select: { id: true, unitId: true, status: true },
  });
const addLift = (unitIds: string[]) =>
  addProjectItem({
    projectId: project.id,
    catalogueItemId: catalogueLift,
    quantity: "1",
    estimatedCost: "450000.01",
    unitIds,
  });

beforeAll(async () => {
  hood = await createNeighborhood({ districtCode: "500103", areas: ["60.00", "72.25", "88.10"] });
  other = await createNeighborhood({ districtCode: "500103" });
  const building = await db.stairUnit.findUniqueOrThrow({ where: { id: hood.unitId }, select: { buildingId: true } });
  const u2 = await db.stairUnit.create({
    data: { buildingId: building.buildingId, name: "2单元", floors: 6 },
    select: { id: true },
  });
  const rows = [
    { room: "301", floor: 3, areaM2: "65.40", ownerRef: "owner-a" },
    { room: "401", floor: 4, areaM2: "65.40", ownerRef: "owner-a" }, // one owner of two flats: one headcount
    { room: "501", floor: 5, areaM2: "80.00", ownerRef: null },
    { room: "601", floor: 6, areaM2: "91.35", ownerRef: null },
  ];
  const dwellings = [];
  for (const r of rows)
    dwellings.push(
      (await db.dwelling.create({ data: { unitId: u2.id, neighborhoodId: hood.id, ...r }, select: { id: true } })).id,
    );
  unit2 = { id: u2.id, dwellings };
  lifted = (
    await db.stairUnit.create({
      data: { buildingId: building.buildingId, name: "3单元", floors: 6, hasLift: true },
      select: { id: true },
    })
  ).id;
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.r1 = (await createUser({ role: "RESIDENT" })).id; // lives in unit 1
  users.r2 = (await createUser({ role: "RESIDENT" })).id; // lives in unit 2, floor 5
  users.r3 = (await createUser({ role: "RESIDENT" })).id; // owner-a, unit 2
  await bindResident(users.r1, hood.dwellings[0]!.id);
  await bindResident(users.r3, unit2.dwellings[0]!);
  await bindResident(users.r2, unit2.dwellings[2]!);
  catalogueLift = (await db.catalogueItem.findUniqueOrThrow({ where: { code: "I07" }, select: { id: true } })).id;
  project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] });
});

describe("adding a lift means choosing stairwell units", () => {
  it("is refused without a unit, at the field, and nothing is written", async () => {
    actAs(users.yuzhong!);
    const audits = await db.auditLog.count();
    const r = await addLift([]);
    expect(codeOf(r)).toBe("INVALID_INPUT");
    expect(!r.ok && r.fieldErrors?.unitIds?.[0]).toContain("请选择楼栋和至少一个单元");
    expect(await liftItems()).toEqual([]);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("is refused for a unit outside the project's neighbourhoods, or one that has a lift", async () => {
    actAs(users.yuzhong!);
    const outside = await addLift([other.unitId]);
    expect(!outside.ok && outside.fieldErrors?.unitIds).toEqual(["所选单元不属于本项目的小区"]);
    const hasLift = await addLift([hood.unitId, lifted]);
    expect(!hasLift.ok && hasLift.fieldErrors?.unitIds?.[0]).toContain("1栋3单元已有电梯");
    expect(await liftItems()).toEqual([]);
  });

  it("a new project's lift line needs its units too, within the chosen neighbourhoods", async () => {
    actAs(users.yuzhong!);
    const projects = await db.project.count();
    const line = (unitIds?: string[]) =>
      JSON.stringify([
        { catalogueItemId: catalogueLift, quantity: "1", estimatedCost: "1000", ...(unitIds ? { unitIds } : {}) },
      ]);
    const without = await createProject({
      name: "无单元电梯",
      year: "2027",
      neighborhoodIds: [other.id],
      items: line(),
    });
    expect(!without.ok && without.fieldErrors?.["items.0.unitIds"]?.[0]).toContain("请选择楼栋和至少一个单元");
    const elsewhere = await createProject({
      name: "他区单元电梯",
      year: "2027",
      neighborhoodIds: [other.id],
      items: line([hood.unitId]),
    });
    expect(codeOf(elsewhere)).toBe("INVALID_INPUT");
    expect(await db.project.count()).toBe(projects);
    const made = await createProject({
      name: "单元电梯",
      year: "2027",
      neighborhoodIds: [other.id],
      items: line([other.unitId]),
    });
    expect(made.ok).toBe(true);
    const items = await db.projectItem.findMany({
      where: { projectId: made.ok ? made.data.id : "" },
      select: { unitId: true },
    });
    expect(items).toEqual([{ unitId: other.unitId }]);
  });

  it("makes one item per unit; a unit with a live lift item is refused", async () => {
    actAs(users.yuzhong!);
    const r = await addLift([hood.unitId, unit2.id]);
    expect(r.ok && r.data.itemIds.length).toBe(2);
    expect((await liftItems()).map((i) => [i.unitId, i.status])).toEqual([
      [hood.unitId, "PROPOSED"],
      [unit2.id, "PROPOSED"],
    ]);
    const again = await addLift([unit2.id]);
    expect(!again.ok && again.fieldErrors?.unitIds?.[0]).toContain("1栋2单元已有加装电梯事项");
    expect(await liftItems()).toHaveLength(2);
  });
});

describe("a unit's ballot", () => {
  let ballotId: string;
  let liftU1: string;
  let liftU2: string;

  beforeAll(async () => {
    actAs(users.yuzhong!);
    expect(codeOf(await seedDefaultLiftCoefficients({}))).toBe("OK");
    const item2 = (await liftItems()).find((i) => i.unitId === unit2.id)!;
    // A district subsidy of 150,000.00 yuan linked to unit 2's lift; a residents' record does not reduce the share.
    await db.fundingRecord.createMany({
      data: [
        {
          projectId: project.id,
          projectItemId: item2.id,
          source: "DISTRICT_FINANCE",
          plannedFen: 15_000_000n,
          recordedOn: new Date("2026-11-01"),
        },
        {
          projectId: project.id,
          projectItemId: item2.id,
          source: "RESIDENT_DIRECT",
          plannedFen: 1_000_000n,
          recordedOn: new Date("2026-11-01"),
        },
      ],
    });
    const r = await openBallot({
      projectId: project.id,
      title: "改造内容表决",
      opensAt: isoIn(-1),
      closesAt: isoIn(60),
      showRunningResults: "on",
    });
    if (!r.ok) throw new Error(r.error);
    ballotId = r.data.id;
    const items = await db.ballotItem.findMany({
      where: { ballotId },
      select: { id: true, unitId: true, title: true },
    });
    liftU1 = items.find((i) => i.unitId === hood.unitId)!.id;
    liftU2 = items.find((i) => i.unitId === unit2.id)!.id;
  });

  it("has its own question per unit", async () => {
    const titles = (
      await db.ballotItem.findMany({ where: { ballotId }, orderBy: { sortOrder: "asc" }, select: { title: true } })
    ).map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["加装电梯(1栋1单元)", "加装电梯(1栋2单元)"]));
    expect(titles).toHaveLength(3); // and the greening item asked of everyone
  });

  it("asks only that unit: a dwelling of another unit cannot vote on it, nor sees it", async () => {
    actAs(users.r2!);
    const refused = await castVote({
      ballotId,
      ballotItemId: liftU1,
      dwellingId: unit2.dwellings[2]!,
      choice: "AGREE",
    });
    expect(codeOf(refused)).not.toBe("OK");
    expect(await db.vote.count({ where: { ballotItemId: liftU1 } })).toBe(0);
    const mine = await myBallot(await loadActor(db, users.r2!), ballotId);
    const asked = mine.dwellings[0]!.items.map((i) => i.id);
    expect(asked).toContain(liftU2);
    expect(asked).not.toContain(liftU1);
    const r1 = await myBallot(await loadActor(db, users.r1!), ballotId);
    expect(r1.dwellings[0]!.items.map((i) => i.id)).toContain(liftU1);
    expect(r1.dwellings[0]!.items.map((i) => i.id)).not.toContain(liftU2);
  });

  it("shows each household the share the ledger's split later stores", async () => {
    const mine = await myBallot(await loadActor(db, users.r2!), ballotId);
    const shown = mine.dwellings[0]!.items.find((i) => i.id === liftU2)!.liftShare;
    expect(shown).toMatchObject({
      ok: true,
      totalFen: 45_000_001n,
      subsidyFen: 15_000_000n,
      residentsFen: 30_000_001n,
    });
    // Unit 1 is floors 1–2: coefficient 0 with the default table, so its households pay nothing.
    const r1 = await myBallot(await loadActor(db, users.r1!), ballotId);
    const unit1Share = r1.dwellings[0]!.items.find((i) => i.id === liftU1)!.liftShare;

    actAs(users.yuzhong!);
    const item2 = (await liftItems()).find((i) => i.unitId === unit2.id)!;
    expect(codeOf(await splitLift({ projectItemId: item2.id }))).toBe("OK");
    const stored = await db.liftCostShare.findUniqueOrThrow({
      where: { projectItemId_dwellingId: { projectItemId: item2.id, dwellingId: unit2.dwellings[2]! } },
      select: { fen: true },
    });
    expect(shown?.ok && shown.fen).toBe(stored.fen);
    expect(stored.fen).toBeGreaterThan(0n);
    const item1 = (await liftItems()).find((i) => i.unitId === hood.unitId)!;
    const split1 = await splitLift({ projectItemId: item1.id });
    // All weights zero with something to pay: the split refuses, and the estimate said why beforehand.
    expect(codeOf(split1)).toBe("RULE_VIOLATION");
    expect(unit1Share).toMatchObject({ ok: false });
    expect(!split1.ok && unit1Share && !unit1Share.ok && split1.error).toBe(
      unit1Share && !unit1Share.ok ? unit1Share.reason.zh : "",
    );
  });

  it("the live arithmetic while open is the tally at closing, owners counted once", async () => {
    // Unit 2: owner-a (2 flats, 130.80 m²) agrees on one flat, 501 (80.00 m²) disagrees; 601 does not vote.
    actAs(users.r2!);
    expect(
      codeOf(await castVote({ ballotId, ballotItemId: liftU2, dwellingId: unit2.dwellings[2]!, choice: "DISAGREE" })),
    ).toBe("OK");
    actAs(users.r3!);
    expect(
      codeOf(await castVote({ ballotId, ballotItemId: liftU2, dwellingId: unit2.dwellings[0]!, choice: "AGREE" })),
    ).toBe("OK");

    const official = await getBallotForOfficial(await loadActor(db, users.yuzhong!), ballotId);
    const live = official.items.find((i) => i.id === liftU2)!.live;
    expect(live).toMatchObject({
      totalCount: 3,
      participatingCount: 2,
      participatingArea: "210.8",
      totalArea: "302.15",
      agreeCount: 1,
    });
    const gaps = thresholdGaps("SPECIAL", live);
    // 2 of 3 owners is 2/3; 210.80 of 302.15 m² needs 201.44 → participation met; agreement 1 of 2 needs 2 (3/4).
    expect(gaps.participation).toMatchObject({ met: true, area: { need: "201.44" } });
    expect(gaps.passing.owners).toMatchObject({ need: 2, missing: 1 });
    expect(gaps.passed).toBe(false);

    await db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
    actAs(users.yuzhong!);
    expect(codeOf(await closeBallot({ ballotId }))).toBe("OK");
    const closed = await db.ballotItem.findUniqueOrThrow({
      where: { id: liftU2 },
      select: { result: true, outcome: true },
    });
    expect(closed.result as TallyResult).toEqual(live);
    expect(closed.outcome).toBe(gaps.passed ? "PASSED" : "FAILED");
  });
});
