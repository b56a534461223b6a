import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/modules/funding/money";
import { cityFunding } from "@/modules/funding/queries";
import { FUNDING_SHARE_LABELS } from "@/modules/funding/shares";
import { SHARES } from "@/modules/funding/summary";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionFunding.cityFundingSummary");

const td = "py-1.5 pr-3 text-right tabular-nums";

export default async function CityFundingPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { summary, districts } = await cityFunding(actor);
  const withFunding = districts.filter((d) => d.amounts);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionFunding.governmentResidentsAndSocietyPlannedAgainst")}>{t("routes.commissionFunding.cityFundingSummary_8b803")}</PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>{t("routes.commissionFunding.planned")} {formatFen(summary.total.plannedFen, locale)} · {t("routes.commissionFunding.paid")} {formatFen(summary.total.paidFen, locale)}({percentText(summary.total.paidFen, summary.total.plannedFen)}) · {t("routes.commissionFunding.records", { records: String(summary.records) })}</span>
        <a href="/commission/funding/export" className="text-brand-700 hover:underline">{t("routes.commissionFunding.exportToExcel")}</a>
      </p>
      <div className="grid gap-6">
        <Card title={t("routes.commissionFunding.byDistrict")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="by-district">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-3">{t("routes.commissionFunding.district")}</th>
                  {SHARES.map((s) => <th key={s} className="py-2 pr-3 text-right">{FUNDING_SHARE_LABELS[s][locale]}</th>)}
                  <th className="py-2 pr-3 text-right">{t("routes.commissionFunding.planned")}</th><th className="py-2 pr-3 text-right">{t("routes.commissionFunding.paid")}</th><th className="py-2 pr-3 text-right">{t("routes.commissionFunding.paidRate")}</th>
                </tr>
              </thead>
              <tbody>
                {withFunding.map((d) => (
                  <tr key={d.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-3"><Link href={`/district/funding?district=${d.id}`} className="text-brand-700 hover:underline">{d.name}</Link></td>
                    {SHARES.map((s) => <td key={s} className={td}>{formatFen(d.amounts!.byShare[s].plannedFen, locale)}<div className="text-xs text-slate-500">{percentText(d.amounts!.byShare[s].plannedFen, d.amounts!.plannedFen)}</div></td>)}
                    <td className={td}>{formatFen(d.amounts!.plannedFen, locale)}</td>
                    <td className={td}>{formatFen(d.amounts!.paidFen, locale)}</td>
                    <td className={td}>{percentText(d.amounts!.paidFen, d.amounts!.plannedFen)}</td>
                  </tr>
                ))}
                {withFunding.length === 0 ? <tr><td colSpan={7} className="py-3 text-slate-500">{t("routes.commissionFunding.noFundingRecorded")}</td></tr> : null}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-500">{t("routes.commissionFunding.otherDistrictsHaveNoFundingRecorded", { districtsCount: String(districts.length - withFunding.length) })}</p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.commissionFunding.bySource")}><SourceTable summary={summary} locale={locale} /></Card>
          <Card title={t("routes.commissionFunding.byYearRecordDate")}><YearTable summary={summary} locale={locale} /></Card>
        </div>
      </div>
    </AppShell>
  );
}
