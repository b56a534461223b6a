import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaField, calendarDay, INT32_MAX, optionalWanField, wholeNumber, yuanField } from "./schema-fields";
import { translateMessage } from "./i18n/translate";

describe("wholeNumber", () => {
  const year = wholeNumber({ min: 2019, max: 2035, label: "validation.fields.year" });
  it("takes decimal digits, as text or number", () => {
    expect(year.parse("2026")).toBe(2026);
    expect(year.parse(" 2026 ")).toBe(2026);
    expect(year.parse(2026)).toBe(2026);
  });
  it("refuses hex, exponents, blanks, fractions and out-of-range values with the range in the message", () => {
    for (const bad of [
      "0x7EA",
      "2.026e3",
      "",
      " ",
      "2026.5",
      "二〇二六",
      "2036",
      "99999999999999",
      null,
      undefined,
      {},
    ]) {
      const result = year.safeParse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(translateMessage(result.error!.issues[0]!.message, "zh")).toContain("年份应为 2019–2035 之间的整数");
    }
  });
  it("never lets a value past the 32-bit range through, whatever the bound says", () => {
    const big = wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER });
    expect(big.safeParse(String(INT32_MAX)).success).toBe(true);
    expect(big.safeParse(String(INT32_MAX + 1)).success).toBe(false);
  });
  it("for any string, either a whole number in range or a refusal — never a throw", () => {
    const field = wholeNumber({ min: 0, max: 100 });
    fc.assert(
      // The texts at the edges of the range and of the format always, random ones besides.
      fc.property(
        fc.oneof(
          fc.constantFrom(
            "0",
            "100",
            "101",
            "-1",
            "-0",
            "+5",
            "00100",
            "1e2",
            "100.0",
            " 100 ",
            "１００",
            "٣",
            "NaN",
            "Infinity",
          ),
          fc.string(),
          fc.integer().map(String),
          fc.double().map(String),
        ),
        (input) => {
          const result = field.safeParse(input);
          if (result.success)
            expect(Number.isInteger(result.data) && result.data >= 0 && result.data <= 100).toBe(true);
        },
      ),
      { seed: 2026, numRuns: 300 },
    );
  });
});

describe("calendarDay", () => {
  const day = calendarDay({ minYear: 2015, maxYear: 2040 });
  it("takes a real day", () => {
    expect(day.parse("2026-10-08").toISOString()).toBe("2026-10-08T00:00:00.000Z");
    expect(day.parse("2028-02-29").toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
  it("refuses days that do not exist and years out of range", () => {
    for (const bad of [
      "2026-02-30",
      "2026-02-29",
      "2026-13-01",
      "0001-01-01",
      "9999-12-31",
      "2026-1-5",
      "2026/01/05",
      "",
    ]) {
      expect(day.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("yuanField, wanField, areaField", () => {
  const planned = yuanField({ label: "validation.fields.plannedAmount" });
  const paid = yuanField({ label: "validation.fields.paidAmount", blank: "zero" });
  const investment = optionalWanField({ label: "validation.fields.investment" });
  const area = areaField({ label: "validation.fields.area", min: 1n, max: 999_999_99n });
  // The messages as a user reads them, in Chinese unless told.
  const message = (
    schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
    v: unknown,
    locale: "zh" | "en" = "zh",
  ) =>
    schema
      .safeParse(v)
      .error?.issues.map((i) => translateMessage(i.message, locale))
      .join(" | ");

  it("reads typed amounts exactly", () => {
    expect(planned.parse("12,345.67")).toBe(1_234_567n);
    expect(planned.parse(0.07)).toBe(7n);
    expect(investment.parse("1500000")).toBe(1_500_000_000_000n);
    expect(area.parse("72.3")).toBe("72.30");
    expect(area.parse(" ７２ ")).toBe("72.00");
  });

  it("treats an empty field as the field says: required, zero or not given", () => {
    expect(message(planned, "")).toContain("计划金额应为不小于0的数字");
    expect(message(planned, undefined)).toContain("计划金额应为不小于0的数字");
    expect(paid.parse("")).toBe(0n);
    expect(paid.parse(undefined)).toBe(0n);
    expect(investment.parse("")).toBeUndefined();
    expect(investment.parse(null)).toBeUndefined();
  });

  it("says why, at the boundaries, in each language's half", () => {
    expect(planned.parse("9999999999999.99")).toBe(999_999_999_999_999n);
    expect(message(planned, "10000000000000")).toBe("计划金额过大:整数部分最多 13 位(单位:元)");
    expect(message(planned, "1.005", "en")).toBe("The planned amount: at most 2 decimals (in yuan)");
    expect(message(planned, 0.1 + 0.2)).toBe("计划金额最多两位小数(单位:元)");
    expect(message(area, "0")).toBe("面积应大于0");
    expect(area.parse("0.01")).toBe("0.01");
    expect(area.parse("999999.99")).toBe("999999.99");
    expect(message(area, "1000000", "en")).toBe("The area may be at most 999,999.99 m²");
    expect(message(investment, "-1", "en")).toBe(
      "The investment: a number ≥ 0 in 10k yuan, up to 6 decimals, e.g. 12,345.67",
    );
  });

  it("for anything typed, either an exact amount or a message — never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (v) => {
        const result = planned.safeParse(v);
        if (result.success) expect(typeof result.data).toBe("bigint");
        else expect(translateMessage(result.error.issues[0]!.message, "zh")).toMatch(/^计划金额/);
      }),
    );
  });
});
