import Link from "next/link";
import { redirect } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/lib/money";
import { districtFunding } from "@/modules/funding/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "资金汇总", en: "Funding summary" });

export default async function DistrictFundingPage({ searchParams }: { searchParams: Promise<{ district?: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { district: chosen } = await searchParams;
  if (actor.role === "COMMISSION" && !chosen) redirect("/commission/funding");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const data = await orNotFound(districtFunding(actor, chosen));
  const { summary } = data;
  const query = actor.role === "COMMISSION" ? `?district=${data.district.id}` : "";
  return (
    <AppShell actor={actor}>
      {actor.role === "COMMISSION" ? <Link href="/commission/funding" className="text-sm text-brand-700">← {L("返回全市资金汇总", "Back to the city")}</Link> : null}
      <PageTitle subtitle={data.streetScoped ? L("仅统计您负责街道(乡镇)的项目;政府、居民、社会力量三方分担", "Only the projects of your streets; government, residents and society") : L("政府、居民、社会力量三方分担;计划与到位", "Government, residents and society; planned against paid")}>{data.district.name} · {L("改造资金汇总", "Funding summary")}</PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>{L("计划合计", "Planned")} {formatFen(summary.total.plannedFen, locale)} · {L("已承诺", "Committed")} {formatFen(summary.total.committedFen, locale)} · {L("已到位", "Paid")} {formatFen(summary.total.paidFen, locale)}({percentText(summary.total.paidFen, summary.total.plannedFen)})</span>
        <a href={`/district/funding/export${query}`} className="text-brand-700 hover:underline">{L("导出 Excel", "Export to Excel")}</a>
        {actor.role === "DISTRICT" ? <Link href="/district/funding/lift-coefficients" className="text-brand-700 hover:underline">{L("加装电梯分摊系数表", "Lift cost coefficients")}</Link> : null}
      </p>
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("按资金来源", "By source")}><SourceTable summary={summary} locale={locale} /></Card>
          <Card title={L("按年度(登记日期)", "By year (record date)")}><YearTable summary={summary} locale={locale} /></Card>
        </div>
        <Card title={L("各项目资金与估算", "Projects against their estimates")}>
          <DataTable
            caption={L("各项目资金与估算", "Projects against their estimates")}
            testId="project-funding"
            rows={data.projects}
            rowKey={(p) => p.id}
            empty={L("暂无项目", "No projects")}
            columns={[
              { key: "project", header: L("项目", "Project"), cell: (p) => <><Link href={`/district/projects/${p.id}/funding`} className="text-brand-700 hover:underline">{p.name}</Link><div className="text-xs text-slate-500">{p.code} · {p.year}</div></> },
              { key: "stage", header: L("阶段", "Stage"), cell: (p) => STAGE_LABELS[p.stage][locale] },
              { key: "estimate", header: L("估算总投资", "Estimate"), align: "right", cell: (p) => formatFen(p.estimateFen, locale) },
              { key: "planned", header: L("计划", "Planned"), align: "right", cell: (p) => formatFen(p.plannedFen, locale) },
              { key: "paid", header: L("已到位", "Paid"), align: "right", cell: (p) => formatFen(p.paidFen, locale) },
              {
                key: "balance",
                header: L("缺口 / 超出", "Shortfall / surplus"),
                align: "right",
                cell: (p) => (
                  <span className={`font-semibold ${p.balance.kind === "SHORTFALL" ? "text-amber-700" : p.balance.kind === "SURPLUS" ? "text-red-700" : "text-green-700"}`}>
                    {p.balance.kind === "SHORTFALL" ? `${L("缺口", "Short")} ${formatFen(p.balance.differenceFen, locale)}` : p.balance.kind === "SURPLUS" ? `${L("超出", "Over")} ${formatFen(p.balance.differenceFen, locale)}` : L("持平", "Balanced")}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      </div>
    </AppShell>
  );
}
