// Number and date formatting for Chinese readers (万, 元, m²).
import type { Locale } from "@/lib/i18n/locale";

export function formatArea(m2: string | number, locale: Locale): string {
  const value = Number(m2);
  return `${value.toLocaleString(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 2 })} m²`;
}

/** Fen (integer cents) as yuan, in 万元 for large sums when Chinese. */
export function formatFen(fen: bigint | number, locale: Locale): string {
  const yuan = Number(fen) / 100;
  if (locale === "zh") {
    return Math.abs(yuan) >= 10000
      ? `${(yuan / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })} 万元`
      : `${yuan.toLocaleString("zh-CN", { maximumFractionDigits: 2 })} 元`;
  }
  return `¥${yuan.toLocaleString("en", { maximumFractionDigits: 2 })}`;
}

export function formatCount(n: number, locale: Locale): string {
  return n.toLocaleString(locale === "zh" ? "zh-CN" : "en");
}

export function formatDate(date: Date | null | undefined, locale: Locale): string {
  if (!date) return "—";
  return date.toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" });
}

export function formatDateTime(date: Date | null | undefined, locale: Locale): string {
  if (!date) return "—";
  return date.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
}
