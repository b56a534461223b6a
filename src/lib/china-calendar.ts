// China's official working calendar: public holidays (法定节假日) and the weekend days swapped into
// working days (调休), as published each year by the State Council and kept in `chinese-days`.
// A year the package does not know yet (the State Council publishes in November or December)
// falls back to Monday–Friday, and `calendarFallbackNote` lets the page showing a date say so.
// The package's own data file (its ES build does not bundle in Next.js, and only the data is needed):
// days off and swapped working days, "YYYY-MM-DD" → "English,中文,days".
import calendar from "chinese-days/dist/chinese-days.json";

const { holidays, workdays } = calendar as { holidays: Record<string, string>; workdays: Record<string, string> };

/** The years whose arrangement the package has: every published year has days off. */
const KNOWN_YEARS = new Set(Object.keys(holidays).map((day) => Number(day.slice(0, 4))));

/** "YYYY-MM-DD" of a date whose UTC fields hold the local calendar date. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether the package has the State Council's arrangement for this year. */
export function holidayYearKnown(year: number): boolean {
  return KNOWN_YEARS.has(year);
}

/** A working day in China, of a date whose UTC fields hold the local calendar date. */
export function isChinaWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  const monToFri = weekday >= 1 && weekday <= 5;
  if (!holidayYearKnown(date.getUTCFullYear())) return monToFri;
  const day = isoDay(date);
  if (workdays[day]) return true;
  return monToFri && !holidays[day];
}

/** The first working day on or after the calendar date (UTC fields = local date). */
export function onOrNextWorkingDay(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (!isChinaWorkingDay(day)) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

export const FALLBACK_NOTE = {
  zh: "该年度法定节假日安排尚未公布,按周一至周五计算",
  en: "The public holidays of that year are not published yet; counted Monday to Friday",
} as const;

/**
 * The note a page shows beside a date counted in working days, when any calendar year from
 * `from` to `to` (UTC+8 instants) is one the calendar does not know yet; otherwise null.
 */
export function calendarFallbackNote(from: Date, to: Date, utcOffsetMinutes = 8 * 60): typeof FALLBACK_NOTE | null {
  const offset = utcOffsetMinutes * 60_000;
  const first = new Date(from.getTime() + offset).getUTCFullYear();
  const last = new Date(to.getTime() + offset).getUTCFullYear();
  for (let year = first; year <= last; year++) if (!holidayYearKnown(year)) return FALLBACK_NOTE;
  return null;
}

/** The note for a period that ends at `endsAt` (exclusive: the midnight after its last day). */
export function periodEndNote(endsAt: Date): typeof FALLBACK_NOTE | null {
  const lastDay = new Date(endsAt.getTime() - 1);
  return calendarFallbackNote(lastDay, lastDay);
}

/** The note for a `@db.Date` due day (UTC midnight of the local date). */
export function dueDayNote(dueOn: Date): typeof FALLBACK_NOTE | null {
  return holidayYearKnown(dueOn.getUTCFullYear()) ? null : FALLBACK_NOTE;
}
