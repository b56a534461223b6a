// Typed keys: a t() call with a key that is not in the Chinese catalogue is a type error. The
// catalogues' parity (same keys in both) is checked by src/i18n/catalogue.test.ts.
import type zh from "../../messages/zh.json";
import type { Locale } from "@/lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof zh;
  }
}
