import { describe, expect, it } from "vitest";
import { missingHeaders, parseRow } from "./import-rows";

const good = {
  小区名称: "枇杷山正街小区",
  小区地址: "",
  "改造面积(平方米)": 20000,
  受益户数: 250,
  楼栋数: 4,
  "计划投资(万元)": "1,200.5",
  计划开工季度: "二季度",
  改造内容类别: "基础类、完善类",
  是否已征求居民意见: "是",
  备注: null,
};

describe("parseRow", () => {
  it("reads a well-formed row", () => {
    const row = parseRow(good);
    expect(row).toMatchObject({ ok: true, neighborhoodName: "枇杷山正街小区", residentsConsulted: true });
    if (!row.ok) throw new Error("expected ok");
    expect(row.figures).toEqual({
      floorAreaM2: 20000,
      households: 250,
      buildings: 4,
      investmentFen: 1_200_500_000n,
      startQuarter: "Q2",
      categories: ["BASIC", "IMPROVEMENT"],
    });
  });

  it("explains every cell it cannot read, in Chinese", () => {
    const row = parseRow({
      ...good,
      小区名称: "",
      受益户数: "很多",
      计划开工季度: "五季度",
      改造内容类别: "豪华类",
      是否已征求居民意见: "也许",
    });
    expect(row.ok).toBe(false);
    if (row.ok) throw new Error("expected problems");
    expect(row.problems).toEqual([
      "「小区名称」未填写。",
      '「受益户数」应为数字,现为"很多"。',
      '「计划开工季度」应为一季度至四季度(或1—4),现为"五季度"。',
      '「改造内容类别」只能是基础类、完善类、提升类,现为"豪华类"。',
      '「是否已征求居民意见」应填"是"或"否",现为"也许"。',
    ]);
  });

  it("accepts 1-4 for the quarter and names the missing headers", () => {
    const row = parseRow({ ...good, 计划开工季度: 3 });
    expect(row.ok && row.figures.startQuarter).toBe("Q3");
    expect(missingHeaders(["小区名称", "受益户数"])).toContain("改造面积(平方米)");
    expect(missingHeaders(["小区名称", "受益户数"])).not.toContain("小区地址");
  });

  it("reads 万元 and m² exactly, and refuses what a float would have rounded", () => {
    const figures = (cells: Record<string, unknown>) => {
      const row = parseRow({ ...good, ...cells } as typeof good);
      return row.ok ? row.figures : row.problems;
    };
    expect(figures({ "计划投资(万元)": 0.01 })).toMatchObject({ investmentFen: 10_000n });
    expect(figures({ "计划投资(万元)": "１２３．４５６７８９" })).toMatchObject({ investmentFen: 123_456_789n });
    expect(figures({ "计划投资(万元)": 0.1 + 0.2 })).toEqual([
      '「计划投资(万元)」最多6位小数,现为"0.30000000000000004"。',
    ]);
    expect(figures({ "改造面积(平方米)": "12,345.67" })).toMatchObject({ floorAreaM2: 12345.67 });
    expect(figures({ "改造面积(平方米)": "12.345" })).toEqual(['「改造面积」最多两位小数,现为"12.345"。']);
    expect(figures({ "改造面积(平方米)": "-5" })).toEqual(['「改造面积」应为不小于0的数字,现为"-5"。']);
    expect(figures({ "改造面积(平方米)": "1,2345" })).toEqual(['「改造面积」应为不小于0的数字,现为"1,2345"。']);
  });
});
