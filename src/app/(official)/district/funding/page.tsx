import Link from "next/link";
import { redirect } from "next/navigation";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { percentText } from "@/modules/funding/money";
import { districtFunding } from "@/modules/funding/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtFunding.fundingSummary");

const td = "py-1.5 pr-3 text-right tabular-nums";

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
      {actor.role === "COMMISSION" ? <Link href="/commission/funding" className="text-sm text-brand-700">← {t("routes.districtFunding.backToTheCity")}</Link> : null}
      <PageTitle subtitle={data.streetScoped ? t("routes.districtFunding.onlyTheProjectsOfYourStreets") : t("routes.districtFunding.governmentResidentsAndSocietyPlannedAgainst")}>{data.district.name} · {t("routes.districtFunding.fundingSummary_44b01")}</PageTitle>
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>{t("routes.districtFunding.planned")} {formatFen(summary.total.plannedFen, locale)} · {t("routes.districtFunding.committed")} {formatFen(summary.total.committedFen, locale)} · {t("routes.districtFunding.paid")} {formatFen(summary.total.paidFen, locale)}({percentText(summary.total.paidFen, summary.total.plannedFen)})</span>
        <a href={`/district/funding/export${query}`} className="text-brand-700 hover:underline">{t("routes.districtFunding.exportToExcel")}</a>
        {actor.role === "DISTRICT" ? <Link href="/district/funding/lift-coefficients" className="text-brand-700 hover:underline">{t("routes.districtFunding.liftCostCoefficients")}</Link> : null}
      </p>
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.districtFunding.bySource")}><SourceTable summary={summary} locale={locale} /></Card>
          <Card title={t("routes.districtFunding.byYearRecordDate")}><YearTable summary={summary} locale={locale} /></Card>
        </div>
        <Card title={t("routes.districtFunding.projectsAgainstTheirEstimates")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="project-funding">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-3">{t("routes.districtFunding.project")}</th><th className="py-2 pr-3">{t("routes.districtFunding.stage")}</th>
                  <th className="py-2 pr-3 text-right">{t("routes.districtFunding.estimate")}</th><th className="py-2 pr-3 text-right">{t("routes.districtFunding.planned_03573")}</th><th className="py-2 pr-3 text-right">{t("routes.districtFunding.paid")}</th><th className="py-2 pr-3 text-right">{t("routes.districtFunding.shortfallSurplus")}</th>
                </tr>
              </thead>
              <tbody>
                {data.projects.map((p) => (
                  <tr key={p.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-3"><Link href={`/district/projects/${p.id}/funding`} className="text-brand-700 hover:underline">{p.name}</Link><div className="text-xs text-slate-500">{p.code} · {p.year}</div></td>
                    <td className="py-1.5 pr-3">{STAGE_LABELS[p.stage][locale]}</td>
                    <td className={td}>{formatFen(p.estimateFen, locale)}</td>
                    <td className={td}>{formatFen(p.plannedFen, locale)}</td>
                    <td className={td}>{formatFen(p.paidFen, locale)}</td>
                    <td className={`${td} font-semibold ${p.balance.kind === "SHORTFALL" ? "text-amber-700" : p.balance.kind === "SURPLUS" ? "text-red-700" : "text-green-700"}`}>
                      {p.balance.kind === "SHORTFALL" ? `${t("routes.districtFunding.short")} ${formatFen(p.balance.differenceFen, locale)}` : p.balance.kind === "SURPLUS" ? `${t("routes.districtFunding.over")} ${formatFen(p.balance.differenceFen, locale)}` : t("routes.districtFunding.balanced")}
                    </td>
                  </tr>
                ))}
                {data.projects.length === 0 ? <tr><td colSpan={6} className="py-3 text-slate-500">{t("routes.districtFunding.noProjects")}</td></tr> : null}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
