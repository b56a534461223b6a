// The interface's words live in the catalogues messages/zh.json and messages/en.json (next-intl;
// see src/i18n/request.ts). What stays here is for wording that is data, not interface: a record
// or a table that carries both languages.
import type { Locale } from "./locale";

/** Picks the wording for the locale from a pair that is data (labels of enums, stored names). */
export function pick(locale: Locale, text: { zh: string; en: string }): string {
  return text[locale];
}
