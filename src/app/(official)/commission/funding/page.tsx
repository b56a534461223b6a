import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/lib/money";
import { cityFunding } from "@/modules/funding/queries";
import { FUNDING_SHARE_LABELS } from "@/modules/funding/shares";
import { SHARES } from "@/modules/funding/summary";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "全市资金汇总", en: "City funding summary" });

export default async function CityFundingPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { summary, districts } = await cityFunding(actor);
  const withFunding = districts.filter((d) => d.amounts);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("政府、居民、社会力量三方分担;计划与到位", "Government, residents and society; planned against paid")}>{L("全市改造资金汇总", "City funding summary")}</PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>{L("计划合计", "Planned")} {formatFen(summary.total.plannedFen, locale)} · {L("已到位", "Paid")} {formatFen(summary.total.paidFen, locale)}({percentText(summary.total.paidFen, summary.total.plannedFen)}) · {L(`${summary.records} 条记录`, `${summary.records} records`)}</span>
        <a href="/commission/funding/export" className="text-brand-700 hover:underline">{L("导出 Excel", "Export to Excel")}</a>
      </p>
      <div className="grid gap-6">
        <Card title={L("各区县", "By district")}>
          <DataTable
            caption={L("各区县改造资金", "Funding by district")}
            testId="by-district"
            rows={withFunding}
            rowKey={(d) => d.id}
            empty={L("暂无资金记录", "No funding recorded")}
            columns={[
              { key: "district", header: L("区县", "District"), cell: (d) => <Link href={`/district/funding?district=${d.id}`} className="text-brand-700 hover:underline">{d.name}</Link> },
              ...SHARES.map((s) => ({
                key: s,
                header: FUNDING_SHARE_LABELS[s][locale],
                align: "right" as const,
                cell: (d: (typeof withFunding)[number]) => <>{formatFen(d.amounts!.byShare[s].plannedFen, locale)}<div className="text-xs text-slate-500">{percentText(d.amounts!.byShare[s].plannedFen, d.amounts!.plannedFen)}</div></>,
              })),
              { key: "planned", header: L("计划合计", "Planned"), align: "right", cell: (d) => formatFen(d.amounts!.plannedFen, locale) },
              { key: "paid", header: L("已到位", "Paid"), align: "right", cell: (d) => formatFen(d.amounts!.paidFen, locale) },
              { key: "rate", header: L("到位率", "Paid rate"), align: "right", cell: (d) => percentText(d.amounts!.paidFen, d.amounts!.plannedFen) },
            ]}
          />
          <p className="mt-2 text-xs text-slate-500">{L(`其余 ${districts.length - withFunding.length} 个区县尚无资金记录。`, `${districts.length - withFunding.length} other districts have no funding recorded.`)}</p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("按资金来源", "By source")}><SourceTable summary={summary} locale={locale} /></Card>
          <Card title={L("按年度(登记日期)", "By year (record date)")}><YearTable summary={summary} locale={locale} /></Card>
        </div>
      </div>
    </AppShell>
  );
}
