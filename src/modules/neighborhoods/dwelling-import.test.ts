import { describe, expect, it } from "vitest";
import { missingHeaders, validateImportRows, type ImportRow } from "./dwelling-import";

const row = (rowNumber: number, values: Partial<Record<string, string | number>>): ImportRow => ({
  rowNumber,
  values: {
    楼栋: "1栋",
    楼栋层数: 7,
    单元: "1单元",
    有无电梯: "无",
    房号: `R${rowNumber}`,
    所在楼层: 1,
    "专有部分面积(平方米)": "72.35",
    ...values,
  },
});

describe("validateImportRows", () => {
  it("accepts a clean file", () => {
    const result = validateImportRows([
      row(2, {}),
      row(3, { 单元: "2单元", 有无电梯: "有", 所在楼层: 7, "专有部分面积(平方米)": 60 }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.dwellings).toHaveLength(2);
    expect(result.dwellings[1]).toMatchObject({ unit: "2单元", hasLift: true, floor: 7, areaM2: "60.00" });
  });

  it("reports every bad row with its number, in Chinese, and imports nothing", () => {
    const result = validateImportRows([
      row(2, {}),
      row(3, { 房号: "" }),
      row(4, { "专有部分面积(平方米)": "abc" }),
      row(5, { 所在楼层: 9 }),
      row(6, { 房号: "501" }),
      row(7, { 房号: "501" }),
      row(8, { 楼栋层数: 6, 房号: "x" }),
      row(9, { 有无电梯: "也许", 单元: "3单元" }),
    ]);
    expect(result.dwellings).toEqual([]);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(result.errors[0]!.message).toContain("“房号”未填写");
    expect(result.errors[1]!.message).toContain("专有部分面积");
    expect(result.errors[2]!.message).toContain("高于楼栋层数");
    expect(result.errors[3]!.message).toContain("与第6行重复");
    expect(result.errors[4]!.message).toContain("与第2行不一致");
    expect(result.errors[5]!.message).toContain("只能填“有”或“无”");
  });

  it("refuses an empty or oversized file", () => {
    expect(validateImportRows([]).errors[0]!.message).toContain("没有数据行");
    expect(validateImportRows([row(2, {}), row(3, {})], 1).errors[0]!.message).toContain("最多导入 1 行");
  });

  it("names missing template columns", () => {
    expect(missingHeaders(["楼栋", "单元"])).toContain("房号");
    expect(
      missingHeaders(["楼栋", "楼栋层数", "单元", "有无电梯", "房号", "所在楼层", "专有部分面积(平方米)"]),
    ).toEqual([]);
  });
});

describe("owner columns", () => {
  const ZHAO = "11010519491231002X";
  const QIAN = "500103198001011238";
  it("reads the owner and co-owners, normalising the ID number", () => {
    const result = validateImportRows([
      row(2, {
        业主姓名: "赵小英",
        业主身份证号: ZHAO.toLowerCase(),
        业主电话: "138 1234 5678",
        共有人姓名: "钱多多",
        共有人身份证号: QIAN,
      }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.dwellings[0]!.owners).toEqual([
      { name: "赵小英", id: ZHAO, phone: "13812345678" },
      { name: "钱多多", id: QIAN, phone: null },
    ]);
  });
  it("leaves a row without owner columns without owners", () => {
    expect(validateImportRows([row(2, {})]).dwellings[0]!.owners).toEqual([]);
  });
  it("names the row and the field of each owner problem", () => {
    const result = validateImportRows([
      row(2, { 业主姓名: "赵小英" }),
      row(3, { 业主姓名: "钱多多", 业主身份证号: "500103198001011233" }),
      row(4, { 共有人姓名: "孙", 共有人身份证号: QIAN }),
      row(5, { 业主姓名: "李四", 业主身份证号: QIAN, 共有人姓名: "甲、乙", 共有人身份证号: ZHAO }),
      row(6, { 业主姓名: "周五", 业主身份证号: ZHAO, 共有人姓名: "周五", 共有人身份证号: ZHAO }),
    ]);
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([
      [2, "“业主身份证号”未填写。"],
      [3, "“业主身份证号”有误:身份证号校验位不符,请逐位核对。"],
      [4, "填写共有人时须先填写“业主姓名”和“业主身份证号”。"],
      [5, "共有人姓名有2个、身份证号有1个,应一一对应。"],
      [6, "共有人周五的身份证号与本户另一位业主相同。"],
    ]);
  });
  it("refuses one number under two names across rows", () => {
    const result = validateImportRows([
      row(2, { 业主姓名: "赵小英", 业主身份证号: ZHAO }),
      row(3, { 业主姓名: "赵晓英", 业主身份证号: ZHAO }),
    ]);
    expect(result.errors).toEqual([{ row: 3, message: "赵晓英的身份证号与第2行的“赵小英”相同,请核对。" }]);
  });
  it("does not require the owner columns in the header", () => {
    expect(
      missingHeaders(["楼栋", "楼栋层数", "单元", "有无电梯", "房号", "所在楼层", "专有部分面积(平方米)"]),
    ).toEqual([]);
  });
});
