import { describe, expect, it } from "vitest";
import { latestDueClose, reminderDue, reminderFrom } from "./reminder-rule";

// Beijing wall-clock time → instant.
const bj = (s: string) => new Date(`${s}+08:00`);
const opened = bj("2026-12-01T09:00:00");

describe("two days before the close, Beijing time", () => {
  it("is due from 00:00 Beijing two calendar days before the closing day", () => {
    const closesAt = bj("2026-12-10T18:00:00");
    expect(reminderFrom(closesAt)).toEqual(bj("2026-12-08T00:00:00"));
    expect(reminderDue(bj("2026-12-07T23:59:00"), { opensAt: opened, closesAt })).toBe(false);
    expect(reminderDue(bj("2026-12-08T00:00:00"), { opensAt: opened, closesAt })).toBe(true);
    expect(reminderDue(bj("2026-12-09T09:00:00"), { opensAt: opened, closesAt })).toBe(true);
    expect(reminderDue(bj("2026-12-10T18:00:00"), { opensAt: opened, closesAt })).toBe(false);
  });

  it("counts days in Beijing, not UTC: 07:30 Beijing is still the previous day in UTC", () => {
    // Closes 10 Dec 07:30 Beijing = 9 Dec 23:30 UTC: the closing day is the 10th, the reminder the 8th.
    const closesAt = bj("2026-12-10T07:30:00");
    expect(reminderFrom(closesAt)).toEqual(bj("2026-12-08T00:00:00"));
    expect(reminderDue(bj("2026-12-07T09:00:00"), { opensAt: opened, closesAt })).toBe(false);
    // 8 Dec 01:00 Beijing is 7 Dec 17:00 UTC: due already in Beijing.
    expect(reminderDue(new Date("2026-12-07T17:00:00Z"), { opensAt: opened, closesAt })).toBe(true);
  });

  it("a close at midnight belongs to the day it ends", () => {
    expect(reminderFrom(bj("2026-12-10T00:00:00"))).toEqual(bj("2026-12-07T00:00:00"));
  });

  it("a ballot that opened on the reminder day or later gets no reminder", () => {
    const closesAt = bj("2026-12-10T18:00:00");
    expect(reminderDue(bj("2026-12-09T09:00:00"), { opensAt: bj("2026-12-08T08:00:00"), closesAt })).toBe(false);
    expect(reminderDue(bj("2026-12-09T09:00:00"), { opensAt: bj("2026-12-07T23:00:00"), closesAt })).toBe(true);
  });

  it("the job's window holds every due close and none beyond the day after tomorrow", () => {
    const now = bj("2026-12-08T09:00:00");
    expect(latestDueClose(now)).toEqual(bj("2026-12-11T00:00:00"));
    expect(reminderDue(now, { opensAt: opened, closesAt: bj("2026-12-10T23:59:00") })).toBe(true);
    expect(reminderDue(now, { opensAt: opened, closesAt: bj("2026-12-11T00:01:00") })).toBe(false);
  });
});
