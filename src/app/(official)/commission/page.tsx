import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { chongqingYear } from "@/lib/dates";
import { ConsultationPanel, FundingPanel, FunnelPanel, OverduePanel, ProgressKpis, RankingPanel, SatisfactionPanel, TileMap } from "@/modules/dashboards/components/panels";
import { commissionDashboard } from "@/modules/dashboards/queries";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "全市工作台", en: "City home" });

export default async function CommissionHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { year } = YearQuery.catch({ year: chongqingYear(new Date()) }).parse(await searchParams);
  const data = await commissionDashboard(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("全市城镇老旧小区改造与社区服务提升进度", "City-wide progress of the renewal programme")}>
        {L(`${year}年全市工作台`, `City overview ${year}`)}
      </PageTitle>
      <div className="mb-4"><YearPicker action="/commission" year={year} label={L("年度", "Year")} button={L("查看", "Show")} /></div>
      <ProgressKpis data={data} locale={locale} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <RankingPanel data={data} locale={locale} />
        <TileMap data={data} locale={locale} />
        <FunnelPanel data={data} locale={locale} />
        <FundingPanel data={data} locale={locale} />
        <div className="lg:col-span-2"><OverduePanel data={data} locale={locale} commission /></div>
        <ConsultationPanel data={data} locale={locale} href="/commission/consultations" />
        <SatisfactionPanel data={data} locale={locale} />
      </div>
    </AppShell>
  );
}
