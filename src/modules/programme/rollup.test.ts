import { describe, expect, it } from "vitest";
import { computeRollup, monthOf, percent, rankForBulletin, rateBasisNote, ZERO, type DistrictInput } from "./rollup";

const planned = (neighborhoods: number) => ({
  ...ZERO,
  neighborhoods,
  floorAreaM2: neighborhoods * 1000.5,
  households: neighborhoods * 10,
});
const d = (id: string, n: number, started: number, completed: number, target: number | null = null): DistrictInput => ({
  districtId: id,
  name: id,
  planned: planned(n),
  started,
  completed,
  target: target === null ? null : { ...ZERO, neighborhoods: target },
});

describe("computeRollup", () => {
  it("adds districts into the city row and computes the percentages", () => {
    const rollup = computeRollup(2021, { ...ZERO, neighborhoods: 831, floorAreaM2: 26_620_000, households: 292_000 }, [
      d("a", 10, 5, 2, 20),
      d("b", 0, 0, 0),
    ]);
    expect(rollup.rows[0]).toMatchObject({ plannedOfTargetPct: 50, startRatePct: 50, completionRatePct: 20 });
    expect(rollup.rows[1]).toMatchObject({ plannedOfTargetPct: null, startRatePct: null, completionRatePct: null });
    expect(rollup.city).toMatchObject({ started: 5, completed: 2, startRatePct: 50, plannedOfTargetPct: 1.2 });
    const unplanned = computeRollup(2021, null, [d("a", 10, 5, 2), d("b", 0, 3, 1)]);
    expect(unplanned.city).toMatchObject({
      started: 8,
      completed: 3,
      startRatePct: 50,
      completionRatePct: 20,
      startedOutsidePlans: 3,
      completedOutsidePlans: 1,
    });
    expect(rollup.city).toMatchObject({ startedOutsidePlans: 0, completedOutsidePlans: 0 });
    expect(rollup.city.planned).toEqual({ neighborhoods: 10, floorAreaM2: 10005, households: 100, investmentYuan: 0 });
  });

  it("rounds percentages to one decimal and has none without a base", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 0)).toBeNull();
  });
});

describe("rateBasisNote", () => {
  it("says which number the city's rate used when it is not the one shown", () => {
    const { city } = computeRollup(2021, null, [d("a", 66, 42, 10), d("b", 0, 1, 0)]);
    expect(city.started).toBe(43);
    expect(city.startRatePct).toBe(63.6); // 42 / 66, not 43 / 66
    expect(rateBasisNote(city, "start", "zh")).toBe(
      "开工率按有已批准计划的区县的 42 个计算;另有 1 个小区在没有已批准计划的区县开工,不计入。",
    );
    expect(rateBasisNote(city, "start", "en")).toContain("counts the 42");
    expect(rateBasisNote(city, "completion", "zh")).toBeNull();
  });
});

describe("rankForBulletin", () => {
  it("ranks districts with a plan by start rate, ties sharing a rank, and lists laggards below the threshold", () => {
    const rollup = computeRollup(2021, null, [
      d("a", 10, 9, 8),
      d("b", 10, 5, 1),
      d("c", 10, 9, 2),
      d("none", 0, 0, 0),
    ]);
    const ranked = rankForBulletin(rollup.rows, 60);
    expect(ranked.map((r) => [r.districtId, r.startRank, r.completionRank])).toEqual([
      ["a", 1, 1],
      ["c", 1, 2],
      ["b", 3, 3],
    ]);
    expect(ranked.filter((r) => r.laggard).map((r) => r.districtId)).toEqual(["c", "b"]);
    expect(ranked.find((r) => r.districtId === "b")!.laggardReasons).toEqual(["开工率50%低于60%", "完工率10%低于60%"]);
  });
});

describe("the grace period after approval", () => {
  it("keeps a plan approved a minute ago off the 约谈 list, and lists it a month later", () => {
    const now = new Date("2026-06-15T02:00:00Z");
    const justApproved = { ...d("new", 10, 0, 0), planApprovedAt: new Date(now.getTime() - 60_000) };
    const monthOld = {
      ...d("old", 10, 0, 0),
      planApprovedAt: new Date(now.getTime() - 31 * 24 * 3600_000).toISOString(),
    };
    const ranked = rankForBulletin(computeRollup(2026, null, [justApproved, monthOld]).rows, 60, now);
    expect(ranked.find((r) => r.districtId === "new")).toMatchObject({
      laggard: false,
      newlyApproved: true,
      laggardReasons: [],
    });
    expect(ranked.find((r) => r.districtId === "old")).toMatchObject({ laggard: true, newlyApproved: false });
    // Both are still ranked.
    expect(ranked.map((r) => r.startRank)).toEqual([1, 1]);
  });
});

describe("monthOf", () => {
  it("uses Chongqing time", () => {
    expect(monthOf(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
    expect(monthOf(new Date("2026-11-30T15:00:00Z"))).toBe("2026-11");
  });
});
