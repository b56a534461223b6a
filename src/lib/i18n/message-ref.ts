// A message the server gives back (a validation message, a refusal) is a key of the catalogues
// with optional values, translated with the reader's locale where it leaves the server (the
// action wrapper, an import's row report). See docs/i18n.md, "Messages the server gives back".
//
// Zod carries a message as a string, so a MessageRef also has a string form: the key alone
// ("validation.plans.chooseANeighbourhood"), or the key, a space and the values as JSON.

/**
 * A value of a message: text, a number, another message (a field's label, a unit), a list of
 * messages, or data that carries both languages (`{ zh, en }`, picked by locale; docs/i18n.md).
 */
type MessageValue = string | number | MessageRef | MessageList | { zh: string; en: string };
/** Messages shown one after another, joined by the catalogue's list separator ("a;b" / "a; b") or by `joiner` in both languages. */
export type MessageList = { list: readonly (string | MessageRef)[]; joiner?: string };
export type MessageValues = Record<string, MessageValue>;
export type MessageRef = { key: string; values?: MessageValues };

const KEYED = /^((?:validation|errors)\.[A-Za-z0-9_.]+)(?: (\{.*\}))?$/s;

/** The message `key` with `values`, as the string a Zod schema or a rule returns. */
export function msg(key: string, values?: MessageValues): string {
  return values && Object.keys(values).length ? `${key} ${JSON.stringify(values)}` : key;
}

/** The message as a value (for a DomainError, or a value of another message). */
export function ref(key: string, values?: MessageValues): MessageRef {
  return values ? { key, values } : { key };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === "object" && value !== null && typeof (value as MessageRef).key === "string";
}

/** The key and values a string written by `msg` holds; null for any other text (Zod's own messages). */
export function readMessage(text: string): MessageRef | null {
  const match = KEYED.exec(text);
  if (!match) return null;
  return match[2] ? { key: match[1]!, values: JSON.parse(match[2]) as MessageValues } : { key: match[1]! };
}
