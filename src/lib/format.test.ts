// The cached formatters give exactly what the per-call toLocaleString forms gave.
import { describe, expect, it } from "vitest";
import { formatArea, formatCount, formatDate, formatDateTime, formatFen } from "./format";

const dates = [new Date("2026-12-01T15:59:59Z"), new Date("2026-12-01T16:00:00Z"), new Date("1999-02-28T23:30:00Z")];
const numbers = [0, 1, 12.345, 1234567.891, -98765.4321, 10000, 9999.999];

describe("formatting", () => {
  for (const locale of ["zh", "en"] as const) {
    const numberTag = locale === "zh" ? "zh-CN" : "en";
    const dateTag = locale === "zh" ? "zh-CN" : "en-GB";
    it(`${locale}: numbers as toLocaleString formats them`, () => {
      for (const n of numbers) {
        expect(formatArea(n, locale)).toBe(`${n.toLocaleString(numberTag, { maximumFractionDigits: 2 })} m²`);
        expect(formatArea(String(n), locale)).toBe(formatArea(n, locale));
        expect(formatCount(n, locale)).toBe(n.toLocaleString(numberTag));
      }
      expect(formatFen(123_456_789n, "zh")).toBe(
        `${(1234567.89 / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })} 万元`,
      );
      expect(formatFen(999_999, "zh")).toBe(`${(9999.99).toLocaleString("zh-CN", { maximumFractionDigits: 2 })} 元`);
      expect(formatFen(123_456_789n, "en")).toBe(`¥${(1234567.89).toLocaleString("en", { maximumFractionDigits: 2 })}`);
    });
    it(`${locale}: dates in Chongqing time as toLocaleDateString / toLocaleString formatted them`, () => {
      for (const d of dates) {
        expect(formatDate(d, locale)).toBe(d.toLocaleDateString(dateTag, { timeZone: "Asia/Shanghai" }));
        expect(formatDateTime(d, locale)).toBe(
          d.toLocaleString(dateTag, { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }),
        );
      }
      expect(formatDate(null, locale)).toBe("—");
      expect(formatDateTime(undefined, locale)).toBe("—");
    });
  }
  it("puts 2026-12-01T16:00Z on 2 December in Chongqing", () => {
    expect(formatDate(new Date("2026-12-01T16:00:00Z"), "zh")).toBe("2026/12/2");
  });
});
