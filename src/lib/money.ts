// Amounts and areas exactly: yuan ↔ fen, 万元 ↔ fen, m² in hundredths. Only BigInt and text, never
// a float, so "0.1 + 0.2" cannot become a fen more or less. Pure; the Zod fields built on these
// are in schema-fields.ts, the locale's display (万元 for large sums) in format.ts.
//
// What a person may type (forms, spreadsheet cells):
// - digits, optionally one "." and decimals; full-width forms (１２３．４５, ，, ＋) count as the same;
// - thousands commas only where they group by three ("12,345.67", not "1,2345");
// - a leading "+" and surrounding spaces are ignored; no minus, no exponent ("1e3"), no "5." or ".5";
// - at most as many decimals as the unit keeps (yuan and m²: 2; 万元: 6, i.e. whole fen), and at
//   most as many whole digits as the unit allows (below).
// A number (a spreadsheet cell read as one) is taken by its shortest decimal form, so a float's
// artefact such as 0.30000000000000004 has too many decimals and is refused, never rounded.
import { msg, ref } from "@/lib/i18n/message-ref";

export type Unit = {
  /** Decimals the unit keeps: the parsed value is an integer in 10^-decimals of the unit. */
  decimals: number;
  /** Whole digits allowed (leading zeros not counted). */
  maxIntegerDigits: number;
  /** The unit's name in the catalogues. */
  key: string;
};

/** Yuan → fen. 13 whole digits: up to 9,999,999,999,999.99 元, far beyond any project. */
export const YUAN: Unit = { decimals: 2, maxIntegerDigits: 13, key: "validation.units.yuan" };
/** 万元 → fen (1 万元 = 1,000,000 fen): the same range as YUAN. */
export const WAN: Unit = { decimals: 6, maxIntegerDigits: 9, key: "validation.units.wan" };
/** m² → hundredths of m²; 12 whole digits is what Decimal(14, 2) holds. */
export const AREA: Unit = { decimals: 2, maxIntegerDigits: 12, key: "validation.units.squareMetres" };

/** A decimal as an integer and its number of decimals: "87.35" → { int: 8735n, scale: 2 }. */
export type Scaled = { int: bigint; scale: number };

const MACHINE = /^(\d+)(?:\.(\d+))?$/;

/**
 * Decimal text as a program writes it (the database's Decimal, a number's shortest form): digits
 * and an optional fraction, surrounding spaces allowed; anything else, or a negative or
 * non-finite number, is null.
 */
export function readDecimal(value: string | number): Scaled | null {
  if (typeof value === "number" && !(Number.isFinite(value) && value >= 0)) return null;
  const match = MACHINE.exec(String(value).trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  return { int: BigInt(match[1]! + fraction), scale: fraction.length };
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** What a person typed, as machine text ("＋１２，３４５．６" → "12345.6"), or null if it is no plain decimal. */
export function normalizeTyped(text: string): string | null {
  let t = text.normalize("NFKC").trim();
  if (t.startsWith("+")) t = t.slice(1);
  if (t.includes(",")) {
    if (!GROUPED.test(t)) return null;
    t = t.replace(/,/g, "");
  }
  return MACHINE.test(t) ? t : null;
}

export type Refusal = "format" | "decimals" | "digits" | "negative";
export type Parsed = { ok: true; value: bigint } | { ok: false; refusal: Refusal };

/** A typed text or a number in `unit` as an integer in its smallest part (fen, hundredths of m²). */
export function parseAmount(value: string | number, unit: Unit): Parsed {
  // "-5" is a number out of range rather than a typo: said so, so a field can name its range.
  const negative =
    typeof value === "number"
      ? value < 0 && readDecimal(-value) !== null
      : /^-/.test(value.normalize("NFKC").trim()) && normalizeTyped(value.normalize("NFKC").trim().slice(1)) !== null;
  if (negative) return { ok: false, refusal: "negative" };
  const text = typeof value === "number" ? value : normalizeTyped(value);
  const scaled = text === null ? null : readDecimal(text);
  if (!scaled) return { ok: false, refusal: "format" };
  if (scaled.scale > unit.decimals) return { ok: false, refusal: "decimals" };
  const whole = scaled.int / 10n ** BigInt(scaled.scale);
  if (whole.toString().length > unit.maxIntegerDigits) return { ok: false, refusal: "digits" };
  return { ok: true, value: scaled.int * 10n ** BigInt(unit.decimals - scaled.scale) };
}

/** Why a typed amount was refused, as a message of the catalogues (`label`: the field's name there). */
export function refusalMessage(refusal: Refusal, unit: Unit, label: string): string {
  const values = { label: ref(label), unit: ref(unit.key), decimals: String(unit.decimals) };
  switch (refusal) {
    case "format":
    case "negative":
      return msg("validation.amount.format", values);
    case "decimals":
      return msg("validation.amount.decimals", values);
    case "digits":
      return msg("validation.amount.digits", { ...values, digits: String(unit.maxIntegerDigits) });
  }
}

/**
 * An integer in 10^-decimals as decimal text: formatFixed(123456n, 2) → "1,234.56". `trim` drops
 * trailing zeros of the fraction ("12.50" → "12.5", "12.00" → "12"); negative with a leading minus.
 */
export function formatFixed(
  value: bigint,
  decimals: number,
  options: { grouping?: boolean; trim?: boolean } = {},
): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  if (options.trim) fraction = fraction.replace(/0+$/, "");
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** value in 10^-from as the nearest integer in 10^-to (to ≤ from), halves away from zero. */
export function roundScaled(value: bigint, from: number, to: number): bigint {
  const divisor = 10n ** BigInt(from - to);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const rounded = (abs + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

/** 123456n → "1,234.56" (negative with a leading minus). */
export function yuanText(fen: bigint, grouping = true): string {
  return formatFixed(fen, 2, { grouping });
}

/** Fen as the yuan a form field shows: "1234.50"; 0 → "0". */
export function yuanInput(fen: bigint): string {
  return fen === 0n ? "0" : yuanText(fen, false);
}

/** Fen as the 万元 a form field shows, without trailing zeros: 123_450_000n → "123.45". */
export function wanInput(fen: bigint): string {
  return formatFixed(fen, WAN.decimals, { grouping: false, trim: true });
}

/** Exact yuan for a ledger line: "1,234.56 元" / "¥1,234.56". */
export function exactYuan(fen: bigint, locale: "zh" | "en"): string {
  return locale === "zh" ? `${yuanText(fen)} 元` : `¥${yuanText(fen)}`;
}

/** part / whole in percent with one decimal, exact on BigInt (half up); null when whole is 0. */
export function percentOfFen(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 2000n + whole) / (2n * whole)) / 10;
}

/** The same as text: "66.7%"; "—" when whole is 0. */
export function percentText(part: bigint, whole: bigint): string {
  const pct = percentOfFen(part, whole);
  return pct === null ? "—" : `${pct.toFixed(1)}%`;
}
