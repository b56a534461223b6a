import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { chongqingYear } from "@/lib/dates";
import { PlanStatusCard, TodoCard } from "@/modules/dashboards/components/district-work";
import {
  ConsultationPanel,
  FundingPanel,
  FunnelPanel,
  OverduePanel,
  ProgressKpis,
  RankingPanel,
  SatisfactionPanel,
} from "@/modules/dashboards/components/panels";
import { districtDashboard } from "@/modules/dashboards/queries";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.district.districtHome");

export default async function DistrictHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { year } = YearQuery.catch({ year: chongqingYear(new Date()) }).parse(await searchParams);
  const data = await districtDashboard(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.district.progressAndToDos", { name: String(data.district.name) })}>
        {t("routes.district.districtOverview", { year: String(year) })}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <YearPicker
          action="/district"
          year={year}
          label={t("routes.district.year")}
          button={t("routes.district.show")}
        />
        <Link href="/district/neighborhoods" className="text-brand-700 underline">
          {t("routes.district.neighbourhoodRegistry")}
        </Link>
      </div>
      {data.streetScoped ? (
        <p data-testid="street-scope-note" className="mb-4 rounded bg-slate-100 p-3 text-sm">
          {t("routes.district.yourAccountCoversSomeStreetsProjects")}
        </p>
      ) : null}
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <TodoCard work={data.work} data={data} locale={locale} />
        <PlanStatusCard work={data.work} year={year} locale={locale} />
      </div>
      <ProgressKpis data={data} locale={locale} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <RankingPanel data={data} locale={locale} own />
        <FunnelPanel data={data} locale={locale} />
        <FundingPanel data={data} locale={locale} />
        <ConsultationPanel data={data} locale={locale} href="/district/consultations" />
        <div className="lg:col-span-2">
          <OverduePanel data={data} locale={locale} commission={false} />
        </div>
        <SatisfactionPanel data={data} locale={locale} />
      </div>
    </AppShell>
  );
}
