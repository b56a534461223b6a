// A rate as the pages show it, carrying the counts it was computed from. A rate must agree with
// the numbers shown beside it (in its table row, or in the nearest element marked
// data-rate-scope); where it counts fewer than are shown, the page also shows the number it
// counted and says why. The browser sweep reads these attributes and checks both.
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";

export function Rate({ value, part, whole }: { value: number | null; part: number; whole: number }) {
  return (
    <span data-rate-part={part} data-rate-whole={whole}>
      {value === null ? "—" : `${value}%`}
    </span>
  );
}

/**
 * Beside a city total that includes districts without an approved plan (the city's rates leave
 * them out): the number the rate counts, and why the rest is not in it.
 */
export function OutsidePlans({ counted, outside, locale }: { counted: number; outside: number; locale: Locale }) {
  if (outside <= 0) return null;
  return (
    <span className="block text-xs font-normal text-slate-600">
      {pick(locale, {
        zh: `比率计 ${counted},另 ${outside} 个无已批准计划`,
        en: `${counted} in the rate; ${outside} without an approved plan`,
      })}
    </span>
  );
}
