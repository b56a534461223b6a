import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { LocaleSwitch } from "./locale-switch";

/** The frame of pages anyone may see, signed in or not: the platform's name and the way in. */
export async function PublicShell({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white shadow print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold leading-tight">
            {t("app.name")}
          </Link>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LocaleSwitch locale={locale} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-10">
        {children}
      </main>
    </div>
  );
}
