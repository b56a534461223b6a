import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { chongqingYear } from "@/lib/dates";
import {
  ConsultationPanel,
  FundingPanel,
  FunnelPanel,
  OverduePanel,
  ProgressKpis,
  RankingPanel,
  SatisfactionPanel,
  TileMap,
} from "@/modules/dashboards/components/panels";
import { commissionDashboard } from "@/modules/dashboards/queries";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commission.cityHome");

export default async function CommissionHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { year } = YearQuery.catch({ year: chongqingYear(new Date()) }).parse(await searchParams);
  const data = await commissionDashboard(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commission.cityWideProgressOfTheRenewal")}>
        {t("routes.commission.cityOverview", { year: String(year) })}
      </PageTitle>
      <div className="mb-4">
        <YearPicker
          action="/commission"
          year={year}
          label={t("routes.commission.year")}
          button={t("routes.commission.show")}
        />
      </div>
      <ProgressKpis data={data} locale={locale} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <RankingPanel data={data} locale={locale} />
        <TileMap data={data} locale={locale} />
        <FunnelPanel data={data} locale={locale} />
        <FundingPanel data={data} locale={locale} />
        <div className="lg:col-span-2">
          <OverduePanel data={data} locale={locale} commission />
        </div>
        <ConsultationPanel data={data} locale={locale} href="/commission/consultations" />
        <SatisfactionPanel data={data} locale={locale} />
      </div>
    </AppShell>
  );
}
