import { describe, expect, it } from "vitest";
import { calendarFallbackNote, holidayYearKnown, isChinaWorkingDay, onOrNextWorkingDay } from "./china-calendar";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const working = (from: string, to: string) => {
  const out: string[] = [];
  for (const d = day(from); d <= day(to); d.setUTCDate(d.getUTCDate() + 1))
    if (isChinaWorkingDay(d)) out.push(d.toISOString().slice(5, 10));
  return out;
};

describe("China's working days", () => {
  it("2025 National Day: 1–8 Oct off, Sun 28 Sep and Sat 11 Oct worked", () => {
    expect(working("2025-09-27", "2025-10-12")).toEqual(["09-28", "09-29", "09-30", "10-09", "10-10", "10-11"]);
  });
  it("2026 National Day: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked", () => {
    expect(isChinaWorkingDay(day("2026-09-20"))).toBe(true);
    expect(working("2026-09-28", "2026-10-11")).toEqual(["09-28", "09-29", "09-30", "10-08", "10-09", "10-10"]);
  });
  it("2026 Spring Festival: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked", () => {
    expect(working("2026-02-13", "2026-03-01")).toEqual([
      "02-13",
      "02-14",
      "02-24",
      "02-25",
      "02-26",
      "02-27",
      "02-28",
    ]);
  });
  it("an ordinary week is Monday to Friday", () => {
    expect(working("2026-11-23", "2026-11-29")).toEqual(["11-23", "11-24", "11-25", "11-26", "11-27"]);
  });
  it("a year not yet published falls back to Monday–Friday and says so", () => {
    expect(holidayYearKnown(2026)).toBe(true);
    expect(holidayYearKnown(2099)).toBe(false);
    // 1 Oct 2099 is a Thursday: a working day in the fallback.
    expect(isChinaWorkingDay(day("2099-10-01"))).toBe(true);
    expect(isChinaWorkingDay(day("2099-10-03"))).toBe(false);
    expect(calendarFallbackNote(new Date("2099-09-30T02:00:00Z"), new Date("2099-10-09T02:00:00Z"))?.zh).toBe(
      "该年度法定节假日安排尚未公布,按周一至周五计算",
    );
    expect(calendarFallbackNote(new Date("2026-09-30T02:00:00Z"), new Date("2026-10-09T02:00:00Z"))).toBeNull();
    // A period that runs into an unknown year is flagged too (31 Dec 2026 23:00 in China → 2027).
    expect(calendarFallbackNote(new Date("2026-12-20T02:00:00Z"), new Date("2026-12-31T16:30:00Z"))?.zh).toBe(
      "该年度法定节假日安排尚未公布,按周一至周五计算",
    );
  });
  it("onOrNextWorkingDay keeps a working day and skips a holiday run", () => {
    expect(onOrNextWorkingDay(day("2026-10-09")).toISOString().slice(0, 10)).toBe("2026-10-09");
    expect(onOrNextWorkingDay(day("2026-10-01")).toISOString().slice(0, 10)).toBe("2026-10-08");
  });
});

describe("agreement with the package's own rule", () => {
  it("every day of 2024–2026 is a working day exactly when chinese-days' isWorkday says so", async () => {
    const { default: chineseDays } = await import("chinese-days");
    const differ: string[] = [];
    for (const d = day("2024-01-01"); d <= day("2026-12-31"); d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      if (isChinaWorkingDay(d) !== chineseDays.isWorkday(iso)) differ.push(iso);
    }
    expect(differ).toEqual([]);
  });
});
