// The messages the server gives back are keys of the catalogues (docs/i18n.md); tests read them as
// a user would, through the catalogues, so a rule that gives the wrong message still fails.
import type { MessageRef } from "@/lib/i18n/message-ref";
import { translateMessage } from "@/lib/i18n/translate";

export const zhText = (message: string | MessageRef) => translateMessage(message, "zh");
export const enText = (message: string | MessageRef) => translateMessage(message, "en");
/** A message as "中文 / English": both catalogues' wording at once. */
export const bothTexts = (message: string | MessageRef) => `${zhText(message)} / ${enText(message)}`;

/** Every message of a record of field errors, as "中文 / English". */
export function problemTexts(problems: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(problems).map(([field, list]) => [field, list.map(bothTexts)]));
}
