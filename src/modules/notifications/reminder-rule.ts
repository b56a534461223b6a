// When "two days before it closes" is, on Chongqing's calendar (UTC+8): from the start of the
// day two calendar days before the closing day, until the close. A ballot closing on the 10th
// (any hour) is reminded from 00:00 on the 8th, Beijing time, whenever the job runs that day or
// later; a close at midnight belongs to the day it ends. A ballot that opened on or after that
// day gets no reminder: its opening notice already said when it closes. Pure, so it is tested
// to the minute.
import { chongqingToday, DAY } from "../../lib/dates";

const OFFSET = 8 * 3600_000;

/** The instant the reminder for a ballot closing at `closesAt` becomes due. */
export function reminderFrom(closesAt: Date): Date {
  const closingDayStart = chongqingToday(new Date(closesAt.getTime() - 1)).getTime() - OFFSET;
  return new Date(closingDayStart - 2 * DAY);
}

export function reminderDue(now: Date, ballot: { opensAt: Date; closesAt: Date }): boolean {
  const from = reminderFrom(ballot.closesAt);
  return now >= from && now < ballot.closesAt && ballot.opensAt < from;
}

/** The latest closing time that can be due at `now` (closing day at most the day after tomorrow). */
export function latestDueClose(now: Date): Date {
  return new Date(chongqingToday(now).getTime() - OFFSET + 3 * DAY);
}
