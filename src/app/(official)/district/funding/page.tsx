import Link from "next/link";
import { redirect } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/lib/money";
import { districtFunding } from "@/modules/funding/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtFunding.fundingSummary");

export default async function DistrictFundingPage({ searchParams }: { searchParams: Promise<{ district?: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { district: chosen } = await searchParams;
  if (actor.role === "COMMISSION" && !chosen) redirect("/commission/funding");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const data = await orNotFound(districtFunding(actor, chosen));
  const { summary } = data;
  const query = actor.role === "COMMISSION" ? `?district=${data.district.id}` : "";
  return (
    <AppShell actor={actor}>
      {actor.role === "COMMISSION" ? (
        <Link href="/commission/funding" className="text-sm text-brand-700">
          ← {t("routes.districtFunding.backToTheCity")}
        </Link>
      ) : null}
      <PageTitle
        subtitle={
          data.streetScoped
            ? t("routes.districtFunding.onlyTheProjectsOfYourStreets")
            : t("routes.districtFunding.governmentResidentsAndSocietyPlannedAgainst")
        }
      >
        {data.district.name} · {t("routes.districtFunding.fundingSummary_44b01")}
      </PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>
          {t("routes.districtFunding.planned")} {formatFen(summary.total.plannedFen, locale)} ·{" "}
          {t("routes.districtFunding.committed")} {formatFen(summary.total.committedFen, locale)} ·{" "}
          {t("routes.districtFunding.paid")} {formatFen(summary.total.paidFen, locale)}(
          {percentText(summary.total.paidFen, summary.total.plannedFen)})
        </span>
        <a href={`/district/funding/export${query}`} className="text-brand-700 hover:underline">
          {t("routes.districtFunding.exportToExcel")}
        </a>
        {actor.role === "DISTRICT" ? (
          <Link href="/district/funding/lift-coefficients" className="text-brand-700 hover:underline">
            {t("routes.districtFunding.liftCostCoefficients")}
          </Link>
        ) : null}
      </p>
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.districtFunding.bySource")}>
            <SourceTable summary={summary} locale={locale} />
          </Card>
          <Card title={t("routes.districtFunding.byYearRecordDate")}>
            <YearTable summary={summary} locale={locale} />
          </Card>
        </div>
        <Card title={t("routes.districtFunding.projectsAgainstTheirEstimates")}>
          <DataTable
            caption={t("routes.districtFunding.projectsAgainstTheirEstimates")}
            testId="project-funding"
            rows={data.projects}
            rowKey={(p) => p.id}
            empty={t("routes.districtFunding.noProjects")}
            columns={[
              {
                key: "project",
                header: t("routes.districtFunding.project"),
                cell: (p) => (
                  <>
                    <Link href={`/district/projects/${p.id}/funding`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    <div className="text-xs text-slate-500">
                      {p.code} · {p.year}
                    </div>
                  </>
                ),
              },
              { key: "stage", header: t("routes.districtFunding.stage"), cell: (p) => STAGE_LABELS[p.stage][locale] },
              {
                key: "estimate",
                header: t("routes.districtFunding.estimate"),
                align: "right",
                cell: (p) => formatFen(p.estimateFen, locale),
              },
              {
                key: "planned",
                header: t("routes.districtFunding.planned_03573"),
                align: "right",
                cell: (p) => formatFen(p.plannedFen, locale),
              },
              {
                key: "paid",
                header: t("routes.districtFunding.paid"),
                align: "right",
                cell: (p) => formatFen(p.paidFen, locale),
              },
              {
                key: "balance",
                header: t("routes.districtFunding.shortfallSurplus"),
                align: "right",
                cell: (p) => (
                  <span
                    className={`font-semibold ${p.balance.kind === "SHORTFALL" ? "text-amber-700" : p.balance.kind === "SURPLUS" ? "text-red-700" : "text-green-700"}`}
                  >
                    {p.balance.kind === "SHORTFALL"
                      ? `${t("routes.districtFunding.short")} ${formatFen(p.balance.differenceFen, locale)}`
                      : p.balance.kind === "SURPLUS"
                        ? `${t("routes.districtFunding.over")} ${formatFen(p.balance.differenceFen, locale)}`
                        : t("routes.districtFunding.balanced")}
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
