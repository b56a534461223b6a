import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { chongqingYear } from "@/lib/dates";
import { PlanStatusCard, TodoCard } from "@/modules/dashboards/components/district-work";
import { ConsultationPanel, FundingPanel, FunnelPanel, OverduePanel, ProgressKpis, RankingPanel, SatisfactionPanel } from "@/modules/dashboards/components/panels";
import { districtDashboard } from "@/modules/dashboards/queries";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "区县工作台", en: "District home" });

export default async function DistrictHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { year } = YearQuery.catch({ year: chongqingYear(new Date()) }).parse(await searchParams);
  const data = await districtDashboard(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L(`${data.district.name}的改造进度与待办`, `${data.district.name}: progress and to-dos`)}>
        {L(`${year}年区县工作台`, `District overview ${year}`)}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <YearPicker action="/district" year={year} label={L("年度", "Year")} button={L("查看", "Show")} />
        <Link href="/district/neighborhoods" className="text-brand-700 underline">{L("小区名录(全部小区)", "Neighbourhood registry")}</Link>
      </div>
      {data.streetScoped ? (
        <p data-testid="street-scope-note" className="mb-4 rounded bg-slate-100 p-3 text-sm">
          {L(
            "您的账号仅限部分街道(乡镇):项目、进度节点、部门任务、资金、表决、问题反映与满意度只统计这些街道的项目;年度计划、目标与开工完成率为全区县数据。",
            "Your account covers some streets: projects, milestones, tasks, funding, ballots, reports and ratings count only their projects; the plan, targets and start/completion rates are the district's.",
          )}
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
        <div className="lg:col-span-2"><OverduePanel data={data} locale={locale} commission={false} /></div>
        <SatisfactionPanel data={data} locale={locale} />
      </div>
    </AppShell>
  );
}
