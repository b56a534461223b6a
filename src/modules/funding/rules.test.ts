import { describe, expect, it } from "vitest";
import { FundingSource } from "@/generated/prisma/enums";
import { exactYuan, percentText, yuanInput, yuanText } from "@/lib/money";
import { zhText } from "../../../tests/helpers/messages";
import {
  checkFundDecision as fundDecisionKeys,
  checkRecordAmounts as recordAmountsKeys,
  checkSurplus as surplusKeys,
  fundingBalance,
  liftSubsidyOf,
  type Check,
  type LinkedBallotItem,
} from "./rules";
import { summarize } from "./summary";

/** A check with its reason as a Chinese reader sees it. */
const readable =
  <A extends unknown[]>(check: (...args: A) => Check) =>
  (...args: A) => {
    const result = check(...args);
    return result.ok ? result : { ...result, reason: { zh: zhText(result.reason) } };
  };
const checkRecordAmounts = readable(recordAmountsKeys);
const checkFundDecision = readable(fundDecisionKeys);
const checkSurplus = readable(surplusKeys);

const r = (status: "PLANNED" | "COMMITTED" | "PAID", planned: bigint, committed: bigint, paid: bigint) =>
  checkRecordAmounts({ status, plannedFen: planned, committedFen: committed, paidFen: paid });

describe("record amounts", () => {
  it("accepts consistent records", () => {
    expect(r("PLANNED", 100n, 0n, 0n).ok).toBe(true);
    expect(r("COMMITTED", 100n, 80n, 0n).ok).toBe(true);
    expect(r("COMMITTED", 100n, 80n, 30n).ok).toBe(true);
    expect(r("PAID", 100n, 80n, 80n).ok).toBe(true);
  });
  it("refuses paid > committed > planned and says why", () => {
    expect(r("COMMITTED", 100n, 101n, 0n)).toMatchObject({
      ok: false,
      field: "committed",
      reason: { zh: expect.stringContaining("不能超过计划金额") },
    });
    expect(r("COMMITTED", 100n, 50n, 60n)).toMatchObject({
      ok: false,
      field: "paid",
      reason: { zh: expect.stringContaining("不能超过已承诺金额") },
    });
    expect(r("PLANNED", 0n, 0n, 0n)).toMatchObject({ ok: false, field: "planned" });
  });
  it("refuses a status that contradicts the amounts", () => {
    expect(r("PLANNED", 100n, 10n, 0n)).toMatchObject({ ok: false, field: "status" });
    expect(r("COMMITTED", 100n, 0n, 0n)).toMatchObject({ ok: false, field: "status" });
    expect(r("COMMITTED", 100n, 50n, 50n)).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("已到位") },
    });
    expect(r("PAID", 100n, 50n, 40n)).toMatchObject({ ok: false, field: "status" });
    expect(r("PAID", 100n, 0n, 0n)).toMatchObject({ ok: false, field: "status" });
  });
});

describe("maintenance-fund decisions", () => {
  const item = (over: Partial<LinkedBallotItem> = {}): LinkedBallotItem => ({
    projectId: "p",
    matter: "ORDINARY",
    outcome: "PASSED",
    ballotStatus: "FINAL",
    title: "使用维修资金",
    ...over,
  });
  it("need nothing for other sources", () => expect(checkFundDecision("CENTRAL_SUBSIDY", "p", null).ok).toBe(true));
  it("using the fund needs a passed final ordinary decision of the project", () => {
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "p", item()).ok).toBe(true);
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "p", null)).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("一般事项") },
    });
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "q", item())).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("不属于本项目") },
    });
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "p", item({ outcome: "FAILED" }))).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("未获通过") },
    });
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "p", item({ ballotStatus: "PUBLISHED" }))).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("尚未公示期满") },
    });
    expect(checkFundDecision("MAINTENANCE_FUND_USE", "p", item({ matter: "SPECIAL" })).ok).toBe(false);
  });
  it("raising the fund needs a special decision", () => {
    expect(checkFundDecision("MAINTENANCE_FUND_RAISE", "p", item({ matter: "SPECIAL" })).ok).toBe(true);
    expect(checkFundDecision("MAINTENANCE_FUND_RAISE", "p", item())).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining("特别事项") },
    });
  });
});

describe("balance against the estimate", () => {
  it("shows shortfall, surplus or balance", () => {
    expect(fundingBalance(100n, 70n)).toEqual({ kind: "SHORTFALL", differenceFen: 30n });
    expect(fundingBalance(100n, 130n)).toEqual({ kind: "SURPLUS", differenceFen: 30n });
    expect(fundingBalance(100n, 100n)).toEqual({ kind: "BALANCED", differenceFen: 0n });
  });
  it("asks for confirmation only when a change raises the total above the estimate", () => {
    expect(checkSurplus(100n, 90n, 110n, false)).toMatchObject({
      ok: false,
      field: "confirmSurplus",
      reason: { zh: expect.stringContaining("超出 0.10 元") },
    });
    expect(checkSurplus(100n, 90n, 110n, true).ok).toBe(true);
    expect(checkSurplus(100n, 120n, 110n, false).ok).toBe(true);
    expect(checkSurplus(100n, 90n, 100n, false).ok).toBe(true);
  });
  it("re-checks a change that leaves the total as it was: no confirmation, even over the estimate; one fen more needs it", () => {
    // E.g. marking money as paid on a project already confirmed over its estimate.
    expect(checkSurplus(100n, 130n, 130n, false)).toEqual({ ok: true });
    expect(checkSurplus(100n, 100n, 100n, false)).toEqual({ ok: true });
    expect(checkSurplus(100n, 130n, 131n, false)).toMatchObject({
      ok: false,
      field: "confirmSurplus",
      reason: { zh: expect.stringContaining("超出 0.31 元") },
    });
    expect(checkSurplus(100n, 100n, 101n, false)).toMatchObject({
      ok: false,
      field: "confirmSurplus",
      reason: { zh: expect.stringContaining("超出 0.01 元") },
    });
  });
});

describe("the lift subsidy", () => {
  // Written out rather than derived from FUNDING_SHARE_OF_SOURCE, so a wrong entry there fails here.
  const DEDUCTED: FundingSource[] = [
    "CENTRAL_SUBSIDY",
    "MUNICIPAL_FINANCE",
    "DISTRICT_FINANCE",
    "SPECIAL_BOND",
    "UTILITY_COMPANY",
    "SOCIAL_CAPITAL",
    "ORIGINAL_OWNER_UNIT",
    "OTHER",
  ];
  const RESIDENTS_OWN: FundingSource[] = [
    "RESIDENT_DIRECT",
    "MAINTENANCE_FUND_USE",
    "MAINTENANCE_FUND_RAISE",
    "PUBLIC_REVENUE",
    "PROVIDENT_FUND",
  ];

  it("names every source once", () => {
    expect([...DEDUCTED, ...RESIDENTS_OWN].sort()).toEqual(Object.values(FundingSource).sort());
  });
  it.each(DEDUCTED)("deducts government and society money: %s", (source) => {
    expect(liftSubsidyOf([{ source, plannedFen: 12_345n }])).toBe(12_345n);
  });
  it.each(RESIDENTS_OWN)("does not deduct the residents' own money: %s", (source) => {
    expect(liftSubsidyOf([{ source, plannedFen: 12_345n }])).toBe(0n);
  });
  it("adds every deducted record, exactly, and nothing of the residents'", () => {
    const records = [
      { source: "CENTRAL_SUBSIDY" as const, plannedFen: 9_007_199_254_740_993n },
      { source: "SOCIAL_CAPITAL" as const, plannedFen: 7n },
      { source: "PROVIDENT_FUND" as const, plannedFen: 1_000n },
      { source: "CENTRAL_SUBSIDY" as const, plannedFen: 1n },
    ];
    expect(liftSubsidyOf(records)).toBe(9_007_199_254_741_001n);
    expect(liftSubsidyOf([])).toBe(0n);
  });
});

describe("money text", () => {
  it("is exact", () => {
    expect(yuanText(123456789n)).toBe("1,234,567.89");
    expect(yuanText(-5n)).toBe("-0.05");
    expect(yuanInput(150n)).toBe("1.50");
    expect(yuanInput(0n)).toBe("0");
    expect(percentText(1n, 3n)).toBe("33.3%");
    expect(percentText(2n, 3n)).toBe("66.7%");
    expect(percentText(1n, 0n)).toBe("—");
    expect(exactYuan(1851234n, "zh")).toBe("18,512.34 元");
    expect(exactYuan(0n, "en")).toBe("¥0.00");
  });
});

describe("summaries", () => {
  it("fold sources into the three shares, by source, year and district", () => {
    const s = summarize([
      {
        source: "CENTRAL_SUBSIDY",
        year: 2025,
        districtId: "a",
        plannedFen: 100n,
        committedFen: 100n,
        paidFen: 50n,
        records: 1,
      },
      {
        source: "DISTRICT_FINANCE",
        year: 2026,
        districtId: "a",
        plannedFen: 40n,
        committedFen: 0n,
        paidFen: 0n,
        records: 2,
      },
      {
        source: "PROVIDENT_FUND",
        year: 2026,
        districtId: "b",
        plannedFen: 30n,
        committedFen: 30n,
        paidFen: 30n,
        records: 1,
      },
      {
        source: "UTILITY_COMPANY",
        year: 2026,
        districtId: "b",
        plannedFen: 10n,
        committedFen: 5n,
        paidFen: 0n,
        records: 1,
      },
    ]);
    expect(s.total).toEqual({ plannedFen: 180n, committedFen: 135n, paidFen: 80n });
    expect(s.records).toBe(5);
    expect(s.byShare.GOVERNMENT.plannedFen).toBe(140n);
    expect(s.byShare.RESIDENTS.paidFen).toBe(30n);
    expect(s.byShare.SOCIETY.committedFen).toBe(5n);
    expect(s.bySource.map((x) => x.source)).toEqual([
      "CENTRAL_SUBSIDY",
      "DISTRICT_FINANCE",
      "PROVIDENT_FUND",
      "UTILITY_COMPANY",
    ]);
    expect(s.byYear.map((y) => [y.year, y.plannedFen, y.byShare.GOVERNMENT.plannedFen])).toEqual([
      [2025, 100n, 100n],
      [2026, 80n, 40n],
    ]);
    expect(s.byDistrict.get("b")).toMatchObject({
      plannedFen: 40n,
      records: 2,
      byShare: { SOCIETY: { plannedFen: 10n } },
    });
  });
});
