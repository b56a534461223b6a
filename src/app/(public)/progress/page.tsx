import Link from "next/link";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { getTranslator } from "@/lib/i18n/server";
import { PolicyBlurb, PublicFigures } from "@/modules/dashboards/components/public-progress";
import { chongqingYear } from "@/lib/dates";
import { publicProgress } from "@/modules/dashboards/queries";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle("routes.progress.publicProgress");

/** City-wide progress for everyone, no sign-in: aggregated figures only. */
export default async function PublicProgressPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale, t } = await getTranslator();
  const { year } = YearQuery.catch({ year: chongqingYear(new Date()) }).parse(await searchParams);
  const data = await publicProgress(year);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white shadow">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <span className="text-lg font-bold leading-tight">{t("app.name")}</span>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LocaleSwitch locale={locale} />
            <Link href="/login" className="rounded border border-white/40 px-2 py-1 hover:bg-white/10">
              {t("routes.progress.staffSignIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">
            {t("routes.progress.oldNeighbourhoodRenewalInChongqing", { year: String(year) })}
          </h1>
          <p className="mt-1 text-slate-600">{t("routes.progress.summedLiveFromTheDistrictsProject")}</p>
        </div>
        <YearPicker
          action="/progress"
          year={year}
          label={t("routes.progress.year")}
          button={t("routes.progress.show")}
        />
        <PublicFigures data={data} locale={locale} />
        <PolicyBlurb locale={locale} />
      </main>
    </div>
  );
}
