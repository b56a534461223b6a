import "server-only";
// A page's title in the user's language (the layout adds the platform's name after it).
import type { Metadata } from "next";
import { getLocale } from "./server";

export function localizedTitle(title: { zh: string; en: string }): () => Promise<Metadata> {
  return async () => ({ title: title[await getLocale()] });
}
