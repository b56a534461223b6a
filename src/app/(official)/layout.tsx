import { NextIntlClientProvider } from "next-intl";
import { catalogueSlice } from "@/i18n/catalogue";
import CLIENT_NAMESPACES from "@/i18n/client-namespaces.json";
import { getLocale } from "@/lib/i18n/server";

// The officials' forms are client components: they get the namespaces they use (listed by
// scripts/codemods/pairs-to-catalogue.ts), not the whole catalogue. Residents' pages have none.
export default async function OfficialLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={catalogueSlice(locale, CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>
  );
}
