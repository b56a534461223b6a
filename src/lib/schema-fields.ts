// Zod fields every form shares, so bad input gets a message at the field instead of a surprise:
// whole numbers written in decimal only ("0x10", "1e3" and " " are not numbers a person typed)
// and within the database's 32-bit range, calendar days that exist ("2026-02-30" does not), and
// amounts of yuan, 万元 and m² read exactly by money.ts (its header lists what may be typed).
import { z } from "zod";
import { msg, ref } from "@/lib/i18n/message-ref";
import { AREA, formatFixed, parseAmount, refusalMessage, WAN, YUAN, type Unit } from "@/lib/money";

export const INT32_MAX = 2_147_483_647;

// Messages are keys of the catalogues (docs/i18n.md); a field's `label` is the key of its name.
type Bound = { min: number; max: number; label?: string };

function rangeText({ min, max, label = "validation.fields.number" }: Bound): string {
  if (max >= INT32_MAX) return msg("validation.number.atLeast", { label: ref(label), min: String(min) });
  return msg("validation.number.range", { label: ref(label), min: String(min), max: String(max) });
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
  const message = msg("validation.date.real", {
    label: ref(options.label ?? "validation.fields.date"),
    minYear: String(minYear),
    maxYear: String(maxYear),
  });
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return (
        !Number.isNaN(date.getTime()) &&
        date.toISOString().slice(0, 10) === text &&
        date.getUTCFullYear() >= minYear &&
        date.getUTCFullYear() <= maxYear
      );
    }, message)
    .transform((text) => new Date(`${text}T00:00:00Z`));
}

/** `min: 1n` refuses 0 (a negative is never a plain decimal); `max` is in the unit's smallest part. */
type AmountOptions = {
  /** The key of the field's name in the catalogues ("validation.fields.plannedAmount"). */
  label: string;
  min?: 0n | 1n;
  max?: bigint;
  /** A field's own range, said in its own words (also for a negative number typed). */
  range?: (value: bigint) => string | null;
};

function amount(unit: Unit, { label, min = 0n, max, range }: AmountOptions) {
  const below = msg("validation.amount.positive", { label: ref(label) });
  return z.union([z.string(), z.number()], { error: refusalMessage("format", unit, label) }).transform((value, ctx) => {
    const parsed = parseAmount(value, unit);
    if (!parsed.ok) {
      ctx.addIssue({
        code: "custom",
        message: (parsed.refusal === "negative" && range?.(-1n)) || refusalMessage(parsed.refusal, unit, label),
      });
      return z.NEVER;
    }
    const outOfRange = range?.(parsed.value);
    if (outOfRange) ctx.addIssue({ code: "custom", message: outOfRange });
    if (parsed.value < min) ctx.addIssue({ code: "custom", message: below });
    else if (max !== undefined && parsed.value > max) {
      const most = formatFixed(max, unit.decimals, { trim: true });
      ctx.addIssue({
        code: "custom",
        message: msg("validation.amount.atMost", { label: ref(label), most, unit: ref(unit.key) }),
      });
    }
    return parsed.value;
  });
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

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
