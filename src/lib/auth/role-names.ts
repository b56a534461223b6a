// Role names come from the catalogues (role.*), the one table of them; this is for code outside
// a page's rendering (guards' messages, audit text) that has a locale but no translator.
import type { Role } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import en from "../../../messages/en.json";
import zh from "../../../messages/zh.json";

export function roleName(role: Role, locale: Locale): string {
  return (locale === "zh" ? zh : en).role[role];
}
