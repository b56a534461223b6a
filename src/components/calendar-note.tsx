// Beside a date counted in China's working days: says when the year's public holidays are not
// published yet and the date was counted Monday to Friday (src/lib/china-calendar.ts).
import { dueDayNote, periodEndNote } from "@/lib/china-calendar";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";

/** For a `@db.Date` due day, or (with `endsAt`) a period ending at that instant. */
export function CalendarNote({ dueOn, endsAt, locale }: { dueOn?: Date; endsAt?: Date; locale: Locale }) {
  const note = dueOn ? dueDayNote(dueOn) : endsAt ? periodEndNote(endsAt) : null;
  if (!note) return null;
  return (
    <span className="ml-1 text-xs text-amber-800" data-testid="calendar-note">
      ({pick(locale, note)})
    </span>
  );
}
