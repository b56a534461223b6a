import { describe, expect, it } from "vitest";
import { enText, problemTexts, zhText } from "../../../tests/helpers/messages";
import {
  checkEntry as checkEntryKeys,
  diffSnapshots,
  editRule,
  canSubmit,
  type EntryFacts,
  type EntryFigures,
  type SnapshotEntry,
} from "./rules";

/** The rules' messages as a user reads them: "中文 / English", through both catalogues. */
const checkEntry = (...args: Parameters<typeof checkEntryKeys>) => problemTexts(checkEntryKeys(...args));

const figures: EntryFigures = {
  floorAreaM2: 20000,
  households: 250,
  buildings: 4,
  investmentFen: 600n * 1_000_000n,
  startQuarter: "Q2",
  categories: ["BASIC"],
};
const facts: EntryFacts = {
  planDistrictId: "d1",
  neighborhood: {
    id: "n1",
    name: "枇杷山正街小区",
    districtId: "d1",
    completionYear: 1990,
    poorCondition: false,
    buildingCount: 6,
  },
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
    expect(problems.neighborhoodId).toEqual([
      "「枇杷山正街小区」不属于本区县,不能列入本区县的年度计划。 / This neighbourhood is not in your district and cannot be in its plan.",
    ]);
  });

  it("refuses an ineligible neighbourhood with the eligibility reason", () => {
    const problems = checkEntry(figures, { ...facts, neighborhood: { ...facts.neighborhood!, completionYear: 2008 } });
    expect(problems.neighborhoodId?.[0]).toContain("不在改造范围内");
    expect(problems.neighborhoodId?.[0]).toContain("晚于2005年底");
    expect(
      enText(
        checkEntryKeys(figures, { ...facts, neighborhood: { ...facts.neighborhood!, completionYear: 2008 } })
          .neighborhoodId![0]!,
      ),
    ).toBe(
      "This neighbourhood is outside the programme's scope: Built in 2008, after 2005: not an old urban neighbourhood in the programme's scope.",
    );
  });

  it("refuses a neighbourhood already in another approved plan, or twice in this plan", () => {
    const elsewhere = checkEntry(figures, { ...facts, approvedElsewhere: { districtName: "渝中区", year: 2021 } });
    expect(elsewhere.neighborhoodId?.[0]).toContain("已列入渝中区2021年已批准的年度计划");
    expect(checkEntry(figures, { ...facts, duplicateInPlan: true }).neighborhoodId?.[0]).toContain("已在本计划中");
    expect(checkEntry(figures, { ...facts, neighborhood: null }).neighborhoodId).toEqual([
      "请选择本区县名录中的小区。 / Choose a neighbourhood of your district's registry.",
    ]);
  });

  it("refuses zero, negative and implausible figures, explaining each", () => {
    const zero = checkEntry({ ...figures, floorAreaM2: 0, households: -1, buildings: 0, investmentFen: 0n }, facts);
    expect(Object.keys(zero).sort()).toEqual(["buildings", "floorAreaM2", "households", "investmentFen"]);
    expect(zero.floorAreaM2).toEqual([
      "改造面积应大于0,且不超过1000000平方米。 / The floor area must be more than 0 and at most 1000000 m².",
    ]);
    expect(zero.households?.[0]).toContain("受益户数应为1—20000之间的整数");
    // 600 万元 typed as 6,000,000 (元 for 万元): 3000 元/m² ceiling catches it.
    const money = checkEntry({ ...figures, investmentFen: 6_000_000n * 1_000_000n }, facts);
    expect(money.investmentFen?.[0]).toContain("每平方米投资");
    const perHousehold = checkEntry({ ...figures, households: 5 }, facts);
    expect(perHousehold.households?.[0]).toContain("户均面积");
    expect(checkEntry({ ...figures, buildings: 9 }, facts).buildings?.[0]).toContain("登记的6栋");
    expect(checkEntry({ ...figures, floorAreaM2: 5_000_000 }, facts).floorAreaM2?.[0]).toContain(
      "不超过1000000平方米,请核对单位",
    );
  });

  // Each bound is allowed at its value and refused one step past it (0.01 m², one household, one
  // building, one fen). The figures are ones a form sends: areas with two decimals, money in fen.
  describe("plausibility bounds, at the limit and one step past it", () => {
    const problemsOf = (patch: Partial<EntryFigures>, buildingCount = 300) =>
      checkEntry({ ...figures, ...patch }, { ...facts, neighborhood: { ...facts.neighborhood!, buildingCount } });
    const fields = (patch: Partial<EntryFigures>, buildingCount?: number) =>
      Object.keys(problemsOf(patch, buildingCount)).sort();
    const HOUSEHOLDS = "受益户数应为1—20000之间的整数。 / Households must be a whole number from 1 to 20000.";
    const BUILDINGS = "楼栋数应为1—300之间的整数。 / Buildings must be a whole number from 1 to 300.";

    it("floor area: at most 1,000,000 m²", () => {
      // 10,000 households keep 100 m² each; 2,000,000,000 fen keeps 2,000 yuan/m².
      const big = { households: 10_000, investmentFen: 2_000_000_000n * 100n };
      expect(fields({ ...big, floorAreaM2: 1_000_000 })).toEqual([]);
      expect(problemsOf({ ...big, floorAreaM2: 1_000_000.01 }).floorAreaM2).toEqual([
        "改造面积应大于0,且不超过1000000平方米,请核对单位。 / The floor area must be more than 0 and at most 1000000 m².",
      ]);
      expect(fields({ ...big, floorAreaM2: 0.01, households: 1, investmentFen: 100n })).toEqual(["households"]); // 0.01 m² a household
    });

    it("households: at most 20,000", () => {
      const area = { floorAreaM2: 400_000, investmentFen: 400_000n * 100n * 100n };
      expect(fields({ ...area, households: 20_000 })).toEqual([]);
      expect(problemsOf({ ...area, households: 20_001 }).households).toEqual([HOUSEHOLDS]);
      expect(problemsOf({ ...area, households: 0 }).households).toEqual([HOUSEHOLDS]);
      expect(problemsOf({ ...area, households: 1.5 }).households).toEqual([HOUSEHOLDS]);
    });

    it("buildings: at most 300, and no more than the neighbourhood has on record", () => {
      expect(fields({ buildings: 300 })).toEqual([]);
      expect(problemsOf({ buildings: 301 }).buildings).toEqual([BUILDINGS]);
      expect(fields({ buildings: 6 }, 6)).toEqual([]);
      expect(problemsOf({ buildings: 7 }, 6).buildings).toEqual([
        "楼栋数7栋多于「枇杷山正街小区」登记的6栋,请核对。 / At most 6 buildings: that many are registered for this neighbourhood.",
      ]);
      // A neighbourhood with no buildings on record is not compared.
      expect(fields({ buildings: 300 }, 0)).toEqual([]);
      expect(problemsOf({ buildings: 0 }).buildings).toEqual([BUILDINGS]);
    });

    it("area per household: 15 to 400 m², both included", () => {
      const money = (area: number) => ({ investmentFen: BigInt(Math.round(area * 100)) * 1_000n }); // 1,000 yuan/m²
      expect(fields({ floorAreaM2: 3_750, households: 250, ...money(3_750) })).toEqual([]); // exactly 15
      expect(fields({ floorAreaM2: 100_000, households: 250, ...money(100_000) })).toEqual([]); // exactly 400
      expect(fields({ floorAreaM2: 3_749.99, households: 250, ...money(3_749.99) })).toEqual(["households"]);
      expect(fields({ floorAreaM2: 100_000.01, households: 250, ...money(100_000.01) })).toEqual(["households"]);
      expect(problemsOf({ floorAreaM2: 100_000.01, households: 250, ...money(100_000.01) }).households).toEqual([
        "户均面积400.0平方米不合常理(应在15—400平方米之间),请核对面积或户数。 / 400.0 m² per household is implausible (15–400 m² expected): check the area or the households.",
      ]);
      // Awkward decimals exactly on the bound: 15 × 7 = 105.00 m² for 7 households; 400 × 3 = 1,200.00.
      expect(fields({ floorAreaM2: 105, households: 7, ...money(105) })).toEqual([]);
      expect(fields({ floorAreaM2: 1_200, households: 3, ...money(1_200) })).toEqual([]);
    });

    it("investment per m²: 20 to 3,000 yuan, both included, to the fen", () => {
      expect(fields({ floorAreaM2: 20_000, investmentFen: 20n * 20_000n * 100n })).toEqual([]); // exactly 20
      expect(fields({ floorAreaM2: 20_000, investmentFen: 3_000n * 20_000n * 100n })).toEqual([]); // exactly 3,000
      expect(problemsOf({ floorAreaM2: 20_000, investmentFen: 20n * 20_000n * 100n - 1n }).investmentFen).toEqual([
        "每平方米投资20元不合常理(应在20—3000元之间),请核对投资额(单位为万元)。 / 20 yuan per m² is implausible (20–3000 expected): the investment is in 10,000 yuan.",
      ]);
      expect(fields({ floorAreaM2: 20_000, investmentFen: 3_000n * 20_000n * 100n + 1n })).toEqual(["investmentFen"]);
      // Areas on which dividing in floating point lands a hair past the bound (20,000.08 m² at
      // exactly 20 yuan/m² gives 19.999999999999996; 20,000.01 m² at 3,000 gives 3000.0000000000005).
      for (const area of [20_000.08, 20_000.01, 20_000.13, 20_000.17]) {
        const cents = BigInt(Math.round(area * 100));
        const households = 200;
        expect(fields({ floorAreaM2: area, households, investmentFen: cents * 20n }), `${area} m² at 20 yuan`).toEqual(
          [],
        );
        expect(
          fields({ floorAreaM2: area, households, investmentFen: cents * 20n - 1n }),
          `${area} m² at 20 yuan − 1 fen`,
        ).toEqual(["investmentFen"]);
        expect(
          fields({ floorAreaM2: area, households, investmentFen: cents * 3_000n }),
          `${area} m² at 3,000 yuan`,
        ).toEqual([]);
        expect(
          fields({ floorAreaM2: area, households, investmentFen: cents * 3_000n + 1n }),
          `${area} m² at 3,000 yuan + 1 fen`,
        ).toEqual(["investmentFen"]);
      }
    });
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
    expect(zhText(canSubmit("DRAFT", 0)!)).toContain("没有任何条目");
    expect(canSubmit("DRAFT", 1)).toBeNull();
    expect(canSubmit("RETURNED", 2)).toBeNull();
    expect(zhText(canSubmit("SUBMITTED", 2)!)).toContain("等待审核");
  });
});

describe("diffSnapshots", () => {
  const entry = (id: string, patch: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
    neighborhoodId: id,
    neighborhoodName: `小区${id}`,
    floorAreaM2: "1000.00",
    households: 20,
    buildings: 2,
    investmentFen: "30000000",
    startQuarter: "Q1",
    categories: ["BASIC"],
    residentsConsulted: false,
    note: "",
    ...patch,
  });

  it("lists added, removed and changed entries with the fields that changed", () => {
    const changes = diffSnapshots(
      [entry("a"), entry("b"), entry("c", { categories: ["BASIC", "UPGRADE"] })],
      [
        entry("a", { households: 25, floorAreaM2: "1000" }),
        entry("c", { categories: ["UPGRADE", "BASIC"] }),
        entry("d"),
      ],
    );
    expect(changes).toEqual([
      { kind: "changed", name: "小区a", fields: [{ field: "households", before: 20, after: 25 }] },
      { kind: "added", name: "小区d", after: entry("d") },
      { kind: "removed", name: "小区b", before: entry("b") },
    ]);
  });
});
