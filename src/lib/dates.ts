// Days and months as Chongqing counts them (UTC+8, no daylight saving), for "overdue" and
// "this month": a task due today is not overdue until the day is over in Chongqing.

const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** Today's date in Chongqing as the UTC midnight Prisma uses for `@db.Date` columns. */
export function chongqingToday(now: Date): Date {
  const shifted = new Date(now.getTime() + 8 * HOUR);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The instant the current month began in Chongqing. */
export function chongqingMonthStart(now: Date): Date {
  const shifted = new Date(now.getTime() + 8 * HOUR);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), 1) - 8 * HOUR);
}

/** The calendar year in Chongqing. */
export function chongqingYear(now: Date): number {
  return new Date(now.getTime() + 8 * HOUR).getUTCFullYear();
}
