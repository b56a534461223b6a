import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay } from "./working-days";

// 2026-11-23 is a Monday. Times are China time (+08:00).
const cn = (text: string) => new Date(`${text}+08:00`);

describe("addWorkingDays", () => {
  it("ends five working days after a Monday at the end of the next Monday", () => {
    expect(addWorkingDays(cn("2026-11-23T10:00:00"), 5)).toEqual(cn("2026-12-01T00:00:00"));
  });

  it("skips the weekend when published on a Friday", () => {
    // Fri 27 → Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 → ends at the start of Sat 5.
    expect(addWorkingDays(cn("2026-11-27T16:30:00"), 5)).toEqual(cn("2026-12-05T00:00:00"));
  });

  it("starts counting on Monday when published on a Saturday or Sunday", () => {
    expect(addWorkingDays(cn("2026-11-28T09:00:00"), 1)).toEqual(cn("2026-12-01T00:00:00"));
    expect(addWorkingDays(cn("2026-11-29T23:59:00"), 1)).toEqual(cn("2026-12-01T00:00:00"));
  });

  it("uses the China calendar day, not the UTC one", () => {
    // 2026-11-27 20:00 UTC is already Saturday 04:00 in Chongqing.
    expect(addWorkingDays(new Date("2026-11-27T20:00:00Z"), 1)).toEqual(cn("2026-12-01T00:00:00"));
    // 2026-11-27 15:59 UTC is still Friday 23:59 in Chongqing.
    expect(addWorkingDays(new Date("2026-11-27T15:59:00Z"), 1)).toEqual(cn("2026-12-01T00:00:00"));
    expect(addWorkingDays(new Date("2026-11-26T15:59:00Z"), 1)).toEqual(cn("2026-11-28T00:00:00"));
  });

  it("counts across month and year ends", () => {
    // Wed 2026-12-30 → Thu 31, Fri 1, Mon 4 → ends start of Tue 2027-01-05.
    expect(addWorkingDays(cn("2026-12-30T12:00:00"), 3)).toEqual(cn("2027-01-05T00:00:00"));
  });

  it("refuses zero, negative and fractional periods", () => {
    for (const days of [0, -1, 1.5]) expect(() => addWorkingDays(cn("2026-11-23T10:00:00"), days)).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it("is Monday to Friday", () => {
    const week = ["23", "24", "25", "26", "27", "28", "29"].map((d) =>
      isWorkingDay(new Date(`2026-11-${d}T00:00:00Z`)),
    );
    expect(week).toEqual([true, true, true, true, true, false, false]);
  });
});

describe("addWorkingDays on China's calendar", () => {
  it("a 5-working-day notice published on 30 Sep 2025 skips 1–8 Oct and ends with Sat 11 Oct (调休)", () => {
    // Working days after 30 Sep: 9 Oct, 10 Oct, 11 Oct (Sat, worked), 13 Oct, 14 Oct.
    expect(addWorkingDays(cn("2025-09-30T10:00:00"), 5)).toEqual(cn("2025-10-15T00:00:00"));
    expect(addWorkingDays(cn("2025-09-30T10:00:00"), 3)).toEqual(cn("2025-10-12T00:00:00"));
  });
  it("counts Sun 28 Sep 2025, a swapped working day", () => {
    expect(addWorkingDays(cn("2025-09-27T10:00:00"), 1)).toEqual(cn("2025-09-29T00:00:00"));
  });
  it("a notice over the 2026 Spring Festival waits until 24 Feb", () => {
    expect(addWorkingDays(cn("2026-02-14T10:00:00"), 1)).toEqual(cn("2026-02-25T00:00:00"));
  });
});
