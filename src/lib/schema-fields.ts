// Zod fields every form shares, so bad input gets a message at the field instead of a surprise:
// whole numbers written in decimal only ("0x10", "1e3" and " " are not numbers a person typed)
// and within the database's 32-bit range, calendar days that exist ("2026-02-30" does not), and
// amounts of yuan, 万元 and m² read exactly by money.ts (its header lists what may be typed).
import { z } from "zod";
import { AREA, formatFixed, parseAmount, refusalMessage, WAN, YUAN, type Unit } from "@/lib/money";

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

/** `min: 1n` refuses 0 (a negative is never a plain decimal); `max` is in the unit's smallest part. */
type AmountOptions = {
  label: { zh: string; en: string };
  min?: 0n | 1n;
  max?: bigint;
  /** A field's own range, said in its own words (also for a negative number typed). */
  range?: (value: bigint) => string | null;
};

function amount(unit: Unit, { label, min = 0n, max, range }: AmountOptions) {
  const below = `${label.zh}应大于0 / ${label.en} must be above 0`;
  return z.union([z.string(), z.number()], { error: refusalMessage("format", unit, label) }).transform((value, ctx) => {
    const parsed = parseAmount(value, unit);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: (parsed.refusal === "negative" && range?.(-1n)) || refusalMessage(parsed.refusal, unit, label) });
      return z.NEVER;
    }
    const outOfRange = range?.(parsed.value);
    if (outOfRange) ctx.addIssue({ code: "custom", message: outOfRange });
    if (parsed.value < min) ctx.addIssue({ code: "custom", message: below });
    else if (max !== undefined && parsed.value > max) {
      const most = formatFixed(max, unit.decimals, { trim: true });
      ctx.addIssue({ code: "custom", message: `${label.zh}不能超过 ${most} ${unit.zh} / ${label.en} may be at most ${most} ${unit.en}` });
    }
    return parsed.value;
  });
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Yuan as typed → fen (bigint). `min: 1n` refuses 0; `blank: "zero"` reads an empty field as 0. */
export function yuanField(options: AmountOptions & { blank?: "zero" }) {
  return z.preprocess((value) => (options.blank === "zero" && isBlank(value) ? "0" : value), amount(YUAN, options));
}

/** 万元 as typed → fen (bigint). */
export function wanField(options: AmountOptions) {
  return amount(WAN, options);
}

/** The same, where an empty field means "not given" (undefined). */
export function optionalWanField(options: AmountOptions) {
  return z.preprocess((value) => (isBlank(value) ? undefined : value), amount(WAN, options).optional());
}

/** m² as typed → the area as the database's Decimal text with two decimals ("1234.50"). */
export function areaField(options: AmountOptions) {
  return amount(AREA, options).transform((hundredths) => formatFixed(hundredths, AREA.decimals, { grouping: false }));
}
