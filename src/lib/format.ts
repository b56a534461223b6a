// Number and date formatting for Chinese readers (万, 元, m²). The formatters are made once per
// locale: `toLocaleString(locale, options)` builds a new Intl formatter on every call, which a
// dashboard of hundreds of figures felt (2 % of the server's CPU under load, mostly the dates'
// time-zone lookups). Same output as those calls. Money and areas are rounded exactly on BigInt
// (money.ts), in the same shape: grouped by three, at most two decimals, no trailing zeros.
import type { Locale } from "@/lib/i18n/locale";
import { formatFixed, readDecimal, roundScaled } from "@/lib/money";

const numberTag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en");
const dateTag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-GB");

const COUNT = { zh: new Intl.NumberFormat(numberTag("zh")), en: new Intl.NumberFormat(numberTag("en")) };
// toLocaleDateString's defaults: year, month and day, numeric.
const DATE = {
  zh: new Intl.DateTimeFormat(dateTag("zh"), {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }),
  en: new Intl.DateTimeFormat(dateTag("en"), {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }),
};
const DATE_TIME = {
  zh: new Intl.DateTimeFormat(dateTag("zh"), { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }),
  en: new Intl.DateTimeFormat(dateTag("en"), { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }),
};

/** value (in 10^-decimals) rounded to at most two decimals: "1,234.5". */
const upTo2 = (value: bigint, decimals: number) =>
  formatFixed(decimals > 2 ? roundScaled(value, decimals, 2) : value * 10n ** BigInt(2 - decimals), 2, { trim: true });

/** m² from the database's Decimal text or a sum; a negative one (a gap to a target) keeps its sign. */
export function formatArea(m2: string | number, _locale: Locale): string {
  const text = String(m2).trim();
  const negative = text.startsWith("-");
  const scaled = readDecimal(negative ? text.slice(1) : text);
  if (!scaled) return "—";
  return `${upTo2(negative ? -scaled.int : scaled.int, scaled.scale)} m²`;
}

/** Fen (integer cents) as yuan, in 万元 for large sums when Chinese. */
export function formatFen(fen: bigint | number, locale: Locale): string {
  const value = BigInt(fen);
  if (locale === "zh") {
    return (value < 0n ? -value : value) >= 1_000_000n ? `${upTo2(value, 6)} 万元` : `${upTo2(value, 2)} 元`;
  }
  return `¥${upTo2(value, 2)}`;
}

export function formatCount(n: number, locale: Locale): string {
  return COUNT[locale].format(n);
}

export function formatDate(date: Date | null | undefined, locale: Locale): string {
  if (!date) return "—";
  return DATE[locale].format(date);
}

export function formatDateTime(date: Date | null | undefined, locale: Locale): string {
  if (!date) return "—";
  return DATE_TIME[locale].format(date);
}
