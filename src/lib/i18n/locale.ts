export type Locale = "zh" | "en";
const DEFAULT_LOCALE: Locale = "zh";
export const LOCALE_COOKIE = "locale";

export function parseLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}
