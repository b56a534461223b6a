// next-intl without i18n routing: the locale is the user's choice kept in a cookie (see
// src/lib/i18n/locale.ts), not a segment of the URL.
import { getRequestConfig } from "next-intl/server";
import { getLocale } from "@/lib/i18n/server";
import { catalogue } from "./catalogue";
import { onIntlError } from "./errors";

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
