import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDay, INT32_MAX, wholeNumber } from "./schema-fields";

describe("wholeNumber", () => {
  const year = wholeNumber({ min: 2019, max: 2035, label: "年份" });
  it("takes decimal digits, as text or number", () => {
    expect(year.parse("2026")).toBe(2026);
    expect(year.parse(" 2026 ")).toBe(2026);
    expect(year.parse(2026)).toBe(2026);
  });
  it("refuses hex, exponents, blanks, fractions and out-of-range values with the range in the message", () => {
    for (const bad of ["0x7EA", "2.026e3", "", " ", "2026.5", "二〇二六", "2036", "99999999999999", null, undefined, {}]) {
      const result = year.safeParse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toContain("年份应为 2019–2035 之间的整数");
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
      fc.property(fc.oneof(fc.constantFrom("0", "100", "101", "-1", "-0", "+5", "00100", "1e2", "100.0", " 100 ", "１００", "٣", "NaN", "Infinity"), fc.string(), fc.integer().map(String), fc.double().map(String)), (input) => {
        const result = field.safeParse(input);
        if (result.success) expect(Number.isInteger(result.data) && result.data >= 0 && result.data <= 100).toBe(true);
      }),
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
    for (const bad of ["2026-02-30", "2026-02-29", "2026-13-01", "0001-01-01", "9999-12-31", "2026-1-5", "2026/01/05", ""]) {
      expect(day.safeParse(bad).success, bad).toBe(false);
    }
  });
});
