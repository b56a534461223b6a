// Zod fields every form shares, so bad input gets a message at the field instead of a surprise:
// whole numbers written in decimal only ("0x10", "1e3" and " " are not numbers a person typed)
// and within the database's 32-bit range, and calendar days that exist ("2026-02-30" does not).
import { z } from "zod";

export const INT32_MAX = 2_147_483_647;

type Bound = { min: number; max: number; label?: string };

function rangeText({ min, max, label }: Bound): string {
  const what = label ?? "数值";
  if (max >= INT32_MAX) return `${what}应为不小于 ${min} 的整数 / a whole number of at least ${min}`;
  return `${what}应为 ${min}–${max} 之间的整数 / a whole number from ${min} to ${max}`;
}

/** A whole number from a form field or JSON: decimal digits only, within [min, max] (and 32 bits). */
export function wholeNumber(bound: Bound) {
  const max = Math.min(bound.max, INT32_MAX);
  const message = rangeText({ ...bound, max });
  return z.preprocess(
    (value) => {
      if (typeof value === "number") return value;
      if (typeof value !== "string") return value;
      const text = value.trim();
      return /^[+-]?\d{1,12}$/.test(text) ? Number(text) : value;
    },
    z.number({ error: message }).int(message).min(bound.min, message).max(max, message),
  );
}

/** A calendar day "YYYY-MM-DD" that exists, in a plausible range of years; as a UTC midnight Date. */
export function calendarDay(options: { minYear?: number; maxYear?: number; label?: string } = {}) {
  const minYear = options.minYear ?? 2000;
  const maxYear = options.maxYear ?? 2100;
  const message = `${options.label ?? "日期"}应为 ${minYear}–${maxYear} 年间真实存在的日期,例如 2026-03-15 / a real date between ${minYear} and ${maxYear}`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && date.getUTCFullYear() >= minYear && date.getUTCFullYear() <= maxYear;
    }, message)
    .transform((text) => new Date(`${text}T00:00:00Z`));
}
