import "server-only";
// A page's title in the user's language (the layout adds the platform's name after it).
import type { Metadata } from "next";
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";

export function localizedTitle(key: MessageKeys<Messages, NestedKeyOf<Messages>>): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}
