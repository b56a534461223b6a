import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/lib/money";
import { cityFunding } from "@/modules/funding/queries";
import { FUNDING_SHARE_LABELS } from "@/modules/funding/shares";
import { SHARES } from "@/modules/funding/summary";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionFunding.cityFundingSummary");

export default async function CityFundingPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { summary, districts } = await cityFunding(actor);
  const withFunding = districts.filter((d) => d.amounts);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionFunding.governmentResidentsAndSocietyPlannedAgainst")}>
        {t("routes.commissionFunding.cityFundingSummary_8b803")}
      </PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>
          {t("routes.commissionFunding.planned")} {formatFen(summary.total.plannedFen, locale)} ·{" "}
          {t("routes.commissionFunding.paid")} {formatFen(summary.total.paidFen, locale)}(
          {percentText(summary.total.paidFen, summary.total.plannedFen)}) ·{" "}
          {t("routes.commissionFunding.records", { records: String(summary.records) })}
        </span>
        <a href="/commission/funding/export" className="text-brand-700 hover:underline">
          {t("routes.commissionFunding.exportToExcel")}
        </a>
      </p>
      <div className="grid gap-6">
        <Card title={t("routes.commissionFunding.byDistrict")}>
          <DataTable
            caption={t("routes.commissionFunding.fundingByDistrict")}
            testId="by-district"
            rows={withFunding}
            rowKey={(d) => d.id}
            empty={t("routes.commissionFunding.noFundingRecorded")}
            columns={[
              {
                key: "district",
                header: t("routes.commissionFunding.district"),
                cell: (d) => (
                  <Link href={`/district/funding?district=${d.id}`} className="text-brand-700 hover:underline">
                    {d.name}
                  </Link>
                ),
              },
              ...SHARES.map((s) => ({
                key: s,
                header: FUNDING_SHARE_LABELS[s][locale],
                align: "right" as const,
                cell: (d: (typeof withFunding)[number]) => (
                  <>
                    {formatFen(d.amounts!.byShare[s].plannedFen, locale)}
                    <div className="text-xs text-slate-500">
                      {percentText(d.amounts!.byShare[s].plannedFen, d.amounts!.plannedFen)}
                    </div>
                  </>
                ),
              })),
              {
                key: "planned",
                header: t("routes.commissionFunding.planned"),
                align: "right",
                cell: (d) => formatFen(d.amounts!.plannedFen, locale),
              },
              {
                key: "paid",
                header: t("routes.commissionFunding.paid"),
                align: "right",
                cell: (d) => formatFen(d.amounts!.paidFen, locale),
              },
              {
                key: "rate",
                header: t("routes.commissionFunding.paidRate"),
                align: "right",
                cell: (d) => percentText(d.amounts!.paidFen, d.amounts!.plannedFen),
              },
            ]}
          />
          <p className="mt-2 text-xs text-slate-500">
            {t("routes.commissionFunding.otherDistrictsHaveNoFundingRecorded", {
              districtsCount: String(districts.length - withFunding.length),
            })}
          </p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.commissionFunding.bySource")}>
            <SourceTable summary={summary} locale={locale} />
          </Card>
          <Card title={t("routes.commissionFunding.byYearRecordDate")}>
            <YearTable summary={summary} locale={locale} />
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
