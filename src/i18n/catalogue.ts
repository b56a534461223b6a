import "server-only";
// The two catalogues, one per language. Both are small enough to load once per server process.
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import type { Locale } from "@/lib/i18n/locale";

export type Messages = typeof zh;

const CATALOGUES: Record<Locale, Messages> = { zh, en };

export function catalogue(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/**
 * Only the given namespaces ("plans.reviewPanel", or a whole "plans"), for a client provider:
 * client components get the words they use, the rest of the catalogue stays on the server.
 */
export function catalogueSlice(locale: Locale, namespaces: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ns of namespaces) {
    const parts = ns.split(".");
    let from: unknown = CATALOGUES[locale];
    for (const part of parts) from = (from as Record<string, unknown> | undefined)?.[part];
    if (from === undefined) continue;
    let into = out;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as Record<string, unknown>;
    into[parts.at(-1)!] = from;
  }
  return out;
}
