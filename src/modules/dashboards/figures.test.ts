import { describe, expect, it } from "vitest";
import { chongqingMonthStart, chongqingToday, chongqingYear } from "@/lib/dates";
import { percentOfFen } from "@/lib/money";
import { consultationSummary, fundingMix, queueSummary, toCsv, type TaskRow } from "./figures";

describe("funding mix", () => {
  it("sums sources into the three shares with exact percentages", () => {
    const mix = fundingMix([
      { source: "CENTRAL_SUBSIDY", plannedFen: 500n, committedFen: 500n, paidFen: 100n },
      { source: "DISTRICT_FINANCE", plannedFen: 200n, committedFen: 0n, paidFen: 0n },
      { source: "RESIDENT_DIRECT", plannedFen: 200n, committedFen: 50n, paidFen: 50n },
      { source: "UTILITY_COMPANY", plannedFen: 100n, committedFen: 100n, paidFen: 0n },
    ]);
    expect(mix.total).toEqual({ plannedFen: 1000n, committedFen: 650n, paidFen: 150n });
    expect(mix.shares.map((s) => [s.share, s.plannedFen, s.plannedPct])).toEqual([
      ["GOVERNMENT", 700n, 70],
      ["RESIDENTS", 200n, 20],
      ["SOCIETY", 100n, 10],
    ]);
  });

  it("has no percentages without money", () => {
    expect(fundingMix([]).shares.every((s) => s.plannedPct === null)).toBe(true);
    expect(percentOfFen(1n, 3n)).toBe(33.3);
    expect(percentOfFen(2n, 3n)).toBe(66.7);
  });
});

describe("consultation summary", () => {
  it("adds turnout over counted items and counts not-quorate items as not passed", () => {
    const s = consultationSummary([
      { outcome: "PASSED", result: { participatingCount: 8, totalCount: 10 } },
      { outcome: "FAILED", result: { participatingCount: 7, totalCount: 10 } },
      { outcome: "NOT_QUORATE", result: { participatingCount: 2, totalCount: 10 } },
      { outcome: "PENDING", result: null },
    ]);
    expect(s).toMatchObject({
      items: 4,
      decided: 3,
      passed: 1,
      failed: 1,
      notQuorate: 1,
      participating: 17,
      entitled: 30,
      turnoutPct: 56.7,
      passRatePct: 33.3,
    });
  });

  it("is empty without counted items", () => {
    expect(consultationSummary([])).toMatchObject({ decided: 0, turnoutPct: null, passRatePct: null });
  });
});

describe("a department's queue", () => {
  // 2026-11-29 10:00 in Chongqing.
  const now = new Date("2026-11-29T02:00:00Z");
  const task = (over: Partial<TaskRow>): TaskRow => ({
    status: "OPEN",
    dueOn: new Date("2026-12-31T00:00:00Z"),
    createdAt: new Date("2026-11-01T00:00:00Z"),
    completedAt: null,
    districtId: "a",
    districtName: "渝中区",
    ...over,
  });

  it("counts open, overdue (due before today in Chongqing), done this month and the average days to close", () => {
    const s = queueSummary(
      [
        task({}),
        task({ status: "IN_PROGRESS", dueOn: new Date("2026-11-28T00:00:00Z") }),
        task({ dueOn: new Date("2026-11-29T00:00:00Z") }), // due today: not yet overdue
        task({
          status: "DONE",
          createdAt: new Date("2026-11-10T00:00:00Z"),
          completedAt: new Date("2026-11-13T00:00:00Z"),
        }),
        task({
          status: "DONE",
          createdAt: new Date("2026-10-01T00:00:00Z"),
          completedAt: new Date("2026-10-05T12:00:00Z"),
          districtId: "b",
          districtName: "江北区",
        }),
        task({ status: "CANCELLED", districtId: "b", districtName: "江北区" }),
      ],
      now,
    );
    expect(s).toMatchObject({ open: 3, overdue: 1, done: 2, doneThisMonth: 1, avgDaysToClose: 3.8 });
    expect(s.byDistrict).toEqual([
      { districtId: "a", name: "渝中区", open: 3, overdue: 1, doneThisMonth: 1, done: 1 },
      { districtId: "b", name: "江北区", open: 0, overdue: 0, doneThisMonth: 0, done: 1 },
    ]);
  });

  it("has no average without finished tasks", () => {
    expect(queueSummary([], now)).toMatchObject({ open: 0, avgDaysToClose: null, byDistrict: [] });
  });
});

describe("Chongqing's calendar", () => {
  it("turns the day and the month at midnight UTC+8", () => {
    expect(chongqingToday(new Date("2026-11-30T16:30:00Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(chongqingMonthStart(new Date("2026-11-30T16:30:00Z")).toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(chongqingYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});

describe("CSV", () => {
  it("starts with a BOM and quotes what needs quoting", () => {
    expect(
      toCsv([
        ["区县", "a,b"],
        [1, null],
        ['say "hi"', 2],
      ]),
    ).toBe('\uFEFF区县,"a,b"\r\n1,\r\n"say ""hi""",2\r\n');
  });
});
