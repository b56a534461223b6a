import "server-only";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
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
