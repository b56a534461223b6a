// Targets, the city roll-up, its snapshots and the bulletin, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import type { ProjectStage } from "@/generated/prisma/enums";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { approvePlan, createPlan, saveEntry, submitPlan } from "@/modules/plans/actions";
import { saveShares, saveTarget, setLaggardThreshold, takeSnapshotNow } from "@/modules/programme/actions";
import { bulletinData, cityRollup, programmeTargets, rollupSnapshots } from "@/modules/programme/queries";
import { monthOf, rankForBulletin } from "@/modules/programme/rollup";
import { districtByCode, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const YEAR = 2021;
const users: Record<string, string> = {};
let yuzhongId: string;

async function project(districtCode: string, neighborhoodId: string, stage: ProjectStage, n: number) {
  const district = await districtByCode(districtCode);
  await db.project.create({
    data: {
      code: `T-${n}`,
      name: `测试项目${n}`,
      districtId: district.id,
      year: YEAR,
      stage,
      neighborhoods: { create: { neighborhoodId } },
    },
  });
}

beforeAll(async () => {
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  yuzhongId = (await districtByCode("500103")).id;
  const ns = [];
  for (let i = 0; i < 4; i++) ns.push(await createNeighborhood({ districtCode: "500103", name: `汇总小区${i}` }));
  actAs(users.yuzhong!);
  const plan = await createPlan({ year: YEAR });
  if (!plan.ok) throw new Error(plan.error);
  for (const n of ns) {
    const saved = await saveEntry({
      planId: plan.data.id,
      neighborhoodId: n.id,
      floorAreaM2: "1000.5",
      households: "20",
      buildings: "1",
      investmentWan: "50",
      startQuarter: "Q1",
      categories: ["BASIC"],
      residentsConsulted: true,
    });
    if (!saved.ok) throw new Error(saved.error);
  }
  await submitPlan({ planId: plan.data.id });
  actAs(users.commission!);
  await approvePlan({ planId: plan.data.id });
  // One neighbourhood under construction, one completed, one still in design.
  await project("500103", ns[0]!.id, "CONSTRUCTION", 1);
  await project("500103", ns[1]!.id, "COMPLETED", 2);
  await project("500103", ns[2]!.id, "DESIGN", 3);
});

const actor = (key: string) => loadActor(db, users[key]!);

describe("city roll-up", () => {
  it("shows the approved plan against the seeded 2021 target, with starts and completions from projects", async () => {
    const rollup = await cityRollup(await actor("commission"), YEAR);
    const yz = rollup.rows.find((r) => r.districtId === yuzhongId)!;
    expect(yz.planned).toEqual({ neighborhoods: 4, floorAreaM2: 4002, households: 80, investmentYuan: 2_000_000 });
    expect(yz).toMatchObject({ started: 2, completed: 1, startRatePct: 50, completionRatePct: 25, target: null });
    expect(rollup.city.target).toMatchObject({ neighborhoods: 831, floorAreaM2: 26_620_000, households: 292_000 });
    expect(rollup.city.plannedOfTargetPct).toBe(0.5);
    expect(rollup.plannedAtApproval[yuzhongId]).toBe(4);
  });

  it("is for the commission only", async () => {
    await expect(cityRollup(await actor("yuzhong"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(programmeTargets(await actor("yuzhong"), YEAR)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("targets", () => {
  it("the commission edits the year's target and district shares; a district cannot", async () => {
    actAs(users.yuzhong!);
    expect(await saveTarget({ year: YEAR, neighborhoods: 1, floorAreaM2: 1, households: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await saveShares({
        year: YEAR,
        shares: [{ districtId: yuzhongId, neighborhoods: 1, floorAreaM2: 1, households: 1 }],
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.programmeTarget.findUniqueOrThrow({ where: { year: YEAR } })).neighborhoods).toBe(831);

    actAs(users.commission!);
    expect(
      (
        await saveTarget({
          year: YEAR,
          neighborhoods: 840,
          floorAreaM2: "26620000",
          households: 292000,
          investmentWan: "1500000",
          note: "调整",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await saveShares({
          year: YEAR,
          shares: [{ districtId: yuzhongId, neighborhoods: 8, floorAreaM2: 8000, households: 160 }],
        })
      ).ok,
    ).toBe(true);
    const rollup = await cityRollup(await actor("commission"), YEAR);
    expect(rollup.city.target?.neighborhoods).toBe(840);
    expect(rollup.rows.find((r) => r.districtId === yuzhongId)).toMatchObject({ plannedOfTargetPct: 50 });
    expect(await db.auditLog.count({ where: { action: "programme.saveTarget" } })).toBe(1);
    const negative = await saveTarget({ year: YEAR, neighborhoods: -1, floorAreaM2: 1, households: 1 });
    expect(!negative.ok && negative.fieldErrors?.neighborhoods?.[0]).toBe("小区数应为不小于 0 的整数");
    // The same refusal in English shows only the English half, and Zod's own messages are English too.
    actAs(users.commission!, "en");
    const english = await saveTarget({ year: YEAR, neighborhoods: -1, floorAreaM2: 1, households: "many" });
    expect(!english.ok && english.fieldErrors?.neighborhoods?.[0]).toBe("a whole number of at least 0");
    expect(!english.ok && english.fieldErrors?.households?.join(" ")).not.toMatch(/\p{Script=Han}/u);
  });
});

describe("snapshots and the bulletin", () => {
  it("never writes on a view; the button takes the month's baseline once (two at once included), then manual ones", async () => {
    await db.rollupSnapshot.deleteMany();
    await cityRollup(await actor("commission"), YEAR);
    await cityRollup(await actor("commission"), YEAR);
    expect(await db.rollupSnapshot.count()).toBe(0);
    actAs(users.commission!);
    const both = await Promise.all([takeSnapshotNow({ year: YEAR }), takeSnapshotNow({ year: YEAR })]);
    expect(both).toMatchObject([
      { ok: true, data: { month: monthOf(new Date()) } },
      { ok: true, data: { month: monthOf(new Date()) } },
    ]);
    expect(await db.rollupSnapshot.count({ where: { year: YEAR, kind: "MONTHLY" } })).toBe(1);
    expect(await db.rollupSnapshot.count({ where: { year: YEAR, kind: "MANUAL" } })).toBe(1);
    actAs(users.yuzhong!);
    expect(await takeSnapshotNow({ year: YEAR })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.rollupSnapshot.count()).toBe(2);
    const list = await rollupSnapshots(await actor("commission"), YEAR);
    expect(list.map((s) => s.kind).sort()).toEqual(["MANUAL", "MONTHLY"]);
    expect(list[0]!.city.started).toBe(2);
  });

  it("ranks districts for a month with the commission's threshold; a month without a snapshot has no bulletin", async () => {
    actAs(users.commission!);
    expect((await setLaggardThreshold({ percent: 40 })).ok).toBe(true);
    const data = await bulletinData(await actor("commission"), YEAR, monthOf(new Date()));
    expect(data?.threshold).toBe(40);
    // This month has a snapshot (taken above): the bulletin says it is that snapshot, of when.
    expect(data?.source).toBe("snapshot");
    expect(data?.asOf).toEqual(
      (
        await db.rollupSnapshot.findFirstOrThrow({
          where: { year: YEAR, month: monthOf(new Date()) },
          orderBy: { takenAt: "desc" },
        })
      ).takenAt,
    );
    // The plan was approved minutes ago: ranked, not yet on the 约谈 list; a month on, it is.
    expect(rankForBulletin(data!.rollup.rows, data!.threshold)[0]).toMatchObject({
      startRank: 1,
      laggard: false,
      newlyApproved: true,
    });
    const ranked = rankForBulletin(data!.rollup.rows, data!.threshold, new Date(Date.now() + 31 * 24 * 3600_000));
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ startRank: 1, laggard: true, laggardReasons: ["完工率25%低于40%"] });
    expect(await bulletinData(await actor("commission"), YEAR, "2000-01")).toBeNull();
    // Without this month's snapshot, the live figures, said so.
    await db.rollupSnapshot.deleteMany({ where: { year: YEAR, month: monthOf(new Date()) } });
    expect((await bulletinData(await actor("commission"), YEAR, monthOf(new Date())))?.source).toBe("live");
    actAs(users.yuzhong!);
    expect(await setLaggardThreshold({ percent: 10 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
