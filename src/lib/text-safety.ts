// Text the database cannot store or that no person typed: NUL (PostgreSQL refuses it in text),
// lone UTF-16 surrogates (not characters at all) and other C0 control characters except tab and
// line breaks. Refused at the edges — the proxy for addresses, the action wrapper for form fields —
// so such input gets a plain message instead of a server error.
import { ref } from "@/lib/i18n/message-ref";

const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasUnsafeText(value: string): boolean {
  return UNSAFE.test(value);
}

/** The decoded path and query of an address, or null when it is not valid UTF-8 or holds unsafe characters. */
export function cleanAddress(pathAndQuery: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathAndQuery.replace(/\+/g, " "));
  } catch {
    return null;
  }
  return hasUnsafeText(decoded) ? null : decoded;
}

export const UNSAFE_TEXT_MESSAGE = ref("errors.unsafeText");
