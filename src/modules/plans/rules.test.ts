import { describe, expect, it } from "vitest";
import { checkEntry, diffSnapshots, editRule, canSubmit, type EntryFacts, type EntryFigures, type SnapshotEntry } from "./rules";

const figures: EntryFigures = { floorAreaM2: 20000, households: 250, buildings: 4, investmentFen: 600n * 1_000_000n, startQuarter: "Q2", categories: ["BASIC"] };
const facts: EntryFacts = {
  planDistrictId: "d1",
  neighborhood: { id: "n1", name: "枇杷山正街小区", districtId: "d1", completionYear: 1990, poorCondition: false, buildingCount: 6 },
  districtAllows2005: false,
  approvedElsewhere: null,
  duplicateInPlan: false,
};

describe("checkEntry", () => {
  it("accepts a plausible entry for an eligible neighbourhood of the district", () => {
    expect(checkEntry(figures, facts)).toEqual({});
  });

  it("refuses a neighbourhood of another district, in Chinese", () => {
    const problems = checkEntry(figures, { ...facts, neighborhood: { ...facts.neighborhood!, districtId: "d2" } });
    expect(problems.neighborhoodId).toEqual(["「枇杷山正街小区」不属于本区县,不能列入本区县的年度计划。 / This neighbourhood is not in your district and cannot be in its plan."]);
  });

  it("refuses an ineligible neighbourhood with the eligibility reason", () => {
    const problems = checkEntry(figures, { ...facts, neighborhood: { ...facts.neighborhood!, completionYear: 2008 } });
    expect(problems.neighborhoodId?.[0]).toContain("不在改造范围内");
    expect(problems.neighborhoodId?.[0]).toContain("晚于2005年底");
  });

  it("refuses a neighbourhood already in another approved plan, or twice in this plan", () => {
    const elsewhere = checkEntry(figures, { ...facts, approvedElsewhere: { districtName: "渝中区", year: 2021 } });
    expect(elsewhere.neighborhoodId?.[0]).toContain("已列入渝中区2021年已批准的年度计划");
    expect(checkEntry(figures, { ...facts, duplicateInPlan: true }).neighborhoodId?.[0]).toContain("已在本计划中");
    expect(checkEntry(figures, { ...facts, neighborhood: null }).neighborhoodId).toBeDefined();
  });

  it("refuses zero, negative and implausible figures, explaining each", () => {
    const zero = checkEntry({ ...figures, floorAreaM2: 0, households: -1, buildings: 0, investmentFen: 0n }, facts);
    expect(Object.keys(zero).sort()).toEqual(["buildings", "floorAreaM2", "households", "investmentFen"]);
    expect(zero.floorAreaM2).toEqual(["改造面积应大于0,且不超过1000000平方米。 / The floor area must be more than 0 and at most 1000000 m²."]);
    expect(zero.households?.[0]).toContain("受益户数应为1—20000之间的整数");
    // 600 万元 typed as 6,000,000 (元 for 万元): 3000 元/m² ceiling catches it.
    const money = checkEntry({ ...figures, investmentFen: 6_000_000n * 1_000_000n }, facts);
    expect(money.investmentFen?.[0]).toContain("每平方米投资");
    const perHousehold = checkEntry({ ...figures, households: 5 }, facts);
    expect(perHousehold.households?.[0]).toContain("户均面积");
    expect(checkEntry({ ...figures, buildings: 9 }, facts).buildings?.[0]).toContain("登记的6栋");
    expect(checkEntry({ ...figures, floorAreaM2: 5_000_000 }, facts).floorAreaM2?.[0]).toContain("不超过1000000平方米,请核对单位");
  });

  it("needs the basic category", () => {
    expect(checkEntry({ ...figures, categories: [] }, facts).categories?.[0]).toContain("至少选择一类");
    expect(checkEntry({ ...figures, categories: ["UPGRADE"] }, facts).categories?.[0]).toContain("基础类");
  });
});

describe("workflow rules", () => {
  it("lets drafts and returned plans be edited, approved ones only by amendment, submitted ones not at all", () => {
    expect(editRule("DRAFT")).toEqual({ editable: true, amendment: false });
    expect(editRule("RETURNED")).toEqual({ editable: true, amendment: false });
    expect(editRule("APPROVED")).toEqual({ editable: true, amendment: true });
    expect(editRule("SUBMITTED").editable).toBe(false);
  });

  it("submits only a non-empty draft or returned plan", () => {
    expect(canSubmit("DRAFT", 0)).toContain("没有任何条目");
    expect(canSubmit("DRAFT", 1)).toBeNull();
    expect(canSubmit("RETURNED", 2)).toBeNull();
    expect(canSubmit("SUBMITTED", 2)).toContain("等待审核");
  });
});

describe("diffSnapshots", () => {
  const entry = (id: string, patch: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
    neighborhoodId: id, neighborhoodName: `小区${id}`, floorAreaM2: "1000.00", households: 20, buildings: 2, investmentFen: "30000000",
    startQuarter: "Q1", categories: ["BASIC"], residentsConsulted: false, note: "", ...patch,
  });

  it("lists added, removed and changed entries with the fields that changed", () => {
    const changes = diffSnapshots(
      [entry("a"), entry("b"), entry("c", { categories: ["BASIC", "UPGRADE"] })],
      [entry("a", { households: 25, floorAreaM2: "1000" }), entry("c", { categories: ["UPGRADE", "BASIC"] }), entry("d")],
    );
    expect(changes).toEqual([
      { kind: "changed", name: "小区a", fields: [{ field: "households", before: 20, after: 25 }] },
      { kind: "added", name: "小区d", after: entry("d") },
      { kind: "removed", name: "小区b", before: entry("b") },
    ]);
  });
});
