// Validation messages are written once in both languages, "中文 / English", beside the rule they
// explain (schemas are shared by actions, imports and tests). A screen shows only its user's half.
import { z } from "zod";
import type { Locale } from "./locale";

// The Chinese half holds CJK; the English half none, so a slash inside either half is left alone.
const BILINGUAL = /^([^]*?\p{Script=Han}[^]*?) \/ ((?:(?!\p{Script=Han})[^])+)$/u;

/** The user's half of a "中文 / English" message; any other message as it is. */
export function inLocale(message: string, locale: Locale): string {
  const match = BILINGUAL.exec(message);
  if (!match) return message;
  return locale === "zh" ? match[1]! : match[2]!;
}

const ZOD_LOCALES = { zh: z.locales.zhCN(), en: z.locales.en() } as const;

/** Zod's own messages (for rules without a message of ours) in the user's language. */
export function zodErrorMap(locale: Locale) {
  return ZOD_LOCALES[locale].localeError;
}
