// 公示 periods are counted in China's working days: public holidays are skipped and the weekend
// days swapped into working days (调休) count (src/lib/china-calendar.ts; a year not yet published
// falls back to Monday–Friday).
import { isChinaWorkingDay } from "@/lib/china-calendar";

/**
 * The moment a notice period of `days` working days, starting at `from`, ends: the end of the
 * `days`-th working day after the day of `from` (in the given UTC offset, default China's +8 h).
 * The day of publication itself does not count.
 */
export function addWorkingDays(from: Date, days: number, utcOffsetMinutes = 8 * 60): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`working days must be a positive integer: ${days}`);
  const offsetMs = utcOffsetMinutes * 60_000;
  // Work on the local calendar date, expressed as a UTC date at midnight.
  const local = new Date(from.getTime() + offsetMs);
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  let counted = 0;
  while (counted < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDay(day)) counted += 1;
  }
  // End of that local day = start of the next local day, back in UTC.
  return new Date(day.getTime() + 24 * 3_600_000 - offsetMs);
}

/** A working day in China's official calendar, of a date whose UTC fields hold the local calendar date. */
export function isWorkingDay(date: Date): boolean {
  return isChinaWorkingDay(date);
}
