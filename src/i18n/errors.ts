import { IntlErrorCode, type IntlError } from "next-intl";

/**
 * A missing key or a message that cannot be formatted throws where I18N_STRICT=1 (the browser
 * tests' server sets it) and in development, so a page that renders a key the catalogue lacks
 * fails there; in production it is logged and the key's path is shown instead.
 */
export function onIntlError(error: IntlError): void {
  if (process.env.I18N_STRICT === "1" || process.env.NODE_ENV === "development") throw error;
  if (error.code !== IntlErrorCode.ENVIRONMENT_FALLBACK) console.error(error);
}
