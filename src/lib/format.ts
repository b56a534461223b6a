// Number and date formatting for Chinese readers (万, 元, m²). The formatters are made once per
// locale: `toLocaleString(locale, options)` builds a new Intl formatter on every call, which a
// dashboard of hundreds of figures felt (2 % of the server's CPU under load, mostly the dates'
// time-zone lookups). Same output as those calls.
import type { Locale } from "@/lib/i18n/locale";

const numberTag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en");
const dateTag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-GB");

const UP_TO_2 = { zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en", { maximumFractionDigits: 2 }) };
const COUNT = { zh: new Intl.NumberFormat(numberTag("zh")), en: new Intl.NumberFormat(numberTag("en")) };
// toLocaleDateString's defaults: year, month and day, numeric.
const DATE = {
  zh: new Intl.DateTimeFormat(dateTag("zh"), { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" }),
  en: new Intl.DateTimeFormat(dateTag("en"), { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" }),
};
const DATE_TIME = {
  zh: new Intl.DateTimeFormat(dateTag("zh"), { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }),
  en: new Intl.DateTimeFormat(dateTag("en"), { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }),
};

export function formatArea(m2: string | number, locale: Locale): string {
  return `${UP_TO_2[locale].format(Number(m2))} m²`;
}

/** Fen (integer cents) as yuan, in 万元 for large sums when Chinese. */
export function formatFen(fen: bigint | number, locale: Locale): string {
  const yuan = Number(fen) / 100;
  if (locale === "zh") {
    return Math.abs(yuan) >= 10000 ? `${UP_TO_2.zh.format(yuan / 10000)} 万元` : `${UP_TO_2.zh.format(yuan)} 元`;
  }
  return `¥${UP_TO_2.en.format(yuan)}`;
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
