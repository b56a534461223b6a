import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/i18n/catalogue";
import { onIntlError } from "@/i18n/errors";
import { LOCALE_COOKIE, parseLocale, type Locale } from "./locale";

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value);
}

/** The user's locale and next-intl's translator for it, in one call. */
export async function getTranslator() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return { locale, t };
}

/** A translator for a locale given outside a request's rendering (a server action's context, a job). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: catalogue(locale), onError: onIntlError });
}
