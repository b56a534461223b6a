import "server-only";
// Where a message leaves the server it is put in the reader's language, from the catalogues.
import { createTranslator } from "next-intl";
import { z } from "zod";
import { catalogue } from "@/i18n/catalogue";
import { onIntlError } from "@/i18n/errors";
import type { Locale } from "./locale";
import { isMessageRef, readMessage, type MessageList, type MessageRef, type MessageValues } from "./message-ref";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: catalogue(locale), onError: onIntlError });
}

/** next-intl's translator for a locale given outside a request's rendering (an action's context, a job), made once per locale. */
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

// Keys here are computed (a rule's, a schema's), so they are checked by src/i18n/catalogue.test.ts, not by type.
const translate = (locale: Locale) => translator(locale) as unknown as Translate;

function format(locale: Locale, message: MessageRef): string {
  const t = translate(locale);
  return t(message.key, message.values && formatValues(locale, message.values));
}

function formatValues(locale: Locale, values: MessageValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "object" ? formatValue(locale, value) : value,
    ]),
  );
}

function formatValue(locale: Locale, value: MessageRef | MessageList | { zh: string; en: string }): string {
  if (isMessageRef(value)) return format(locale, value);
  if (!("list" in value)) return value[locale];
  return value.list.map((m) => translateMessage(m, locale)).join(value.joiner ?? translate(locale)("errors.join.list"));
}

/** A message (a MessageRef, or its string form from a schema or rule) in `locale`; other text as it is. */
export function translateMessage(message: string | MessageRef, locale: Locale): string {
  const keyed = typeof message === "string" ? readMessage(message) : message;
  return keyed ? format(locale, keyed) : (message as string);
}

const ZOD_LOCALES = { zh: z.locales.zhCN(), en: z.locales.en() } as const;

/** Zod's own messages (for rules without a message of ours) in the user's language. */
export function zodErrorMap(locale: Locale) {
  return ZOD_LOCALES[locale].localeError;
}
