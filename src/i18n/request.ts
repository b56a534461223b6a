// next-intl without i18n routing: the locale is the user's choice kept in a cookie (see
// src/lib/i18n/locale.ts), not a segment of the URL.
import { getRequestConfig } from "next-intl/server";
import { IntlErrorCode, type IntlError } from "next-intl";
import { getLocale } from "@/lib/i18n/server";
import { catalogue } from "./catalogue";

/**
 * A missing key or a message that cannot be formatted throws where I18N_STRICT=1 (the browser
 * tests' server sets it) and in development, so a page that renders a key the catalogue lacks
 * fails there; in production it is logged and the key's path is shown instead.
 */
export function onIntlError(error: IntlError): void {
  if (process.env.I18N_STRICT === "1" || process.env.NODE_ENV === "development") throw error;
  if (error.code !== IntlErrorCode.ENVIRONMENT_FALLBACK) console.error(error);
}

export default getRequestConfig(async () => {
  const locale = await getLocale();
  return {
    locale,
    messages: catalogue(locale),
    timeZone: "Asia/Shanghai",
    onError: onIntlError,
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
