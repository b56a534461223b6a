import Link from "next/link";
import { OutsidePlans, Rate } from "@/components/figures/rate";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatCount, formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { SnapshotButton, ThresholdForm } from "@/modules/programme/components/target-forms";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { cityRollup, programmeTargets, rollupSnapshots } from "@/modules/programme/queries";
import { monthOf, rateBasisNote, type RollupRow } from "@/modules/programme/rollup";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionRollup.cityRollUp");

export default async function RollupPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const thisMonth = monthOf(new Date());
  const { year } = YearQuery.catch({ year: Number(thisMonth.slice(0, 4)) }).parse(await searchParams);
  const rollup = await cityRollup(actor, year);
  const [snapshots, { threshold }] = await Promise.all([rollupSnapshots(actor, year), programmeTargets(actor, year)]);
  const shown = rollup.rows.filter((r) => r.target || r.planned.neighborhoods > 0 || r.started > 0);
  const line = (r: RollupRow, city = false) => (
    <tr key={r.districtId} className={city ? "border-t-2 font-semibold" : "border-b"} data-testid={city ? "rollup-city" : `rollup-${r.name}`}>
      <td className="py-1.5 pr-2">{city ? t("routes.commissionRollup.city") : r.name}</td>
      <td className="py-1.5 pr-2 text-right">{r.target ? formatCount(r.target.neighborhoods, locale) : "—"}</td>
      <td className="py-1.5 pr-2 text-right">{r.planned.neighborhoods}{!city && rollup.plannedAtApproval[r.districtId] !== undefined && rollup.plannedAtApproval[r.districtId] !== r.planned.neighborhoods ? <span className="text-xs text-slate-500">{t("routes.commissionRollup.atApproval", { plannedAtApproval: String(rollup.plannedAtApproval[r.districtId]) })}</span> : null}</td>
      <td className="py-1.5 pr-2 text-right">{r.target ? <Rate value={r.plannedOfTargetPct} part={r.planned.neighborhoods} whole={r.target.neighborhoods} /> : "—"}</td>
      <td className="py-1.5 pr-2 text-right">{formatArea(r.planned.floorAreaM2, locale)}</td>
      <td className="py-1.5 pr-2 text-right">{formatCount(r.planned.households, locale)}</td>
      <td className="py-1.5 pr-2 text-right">{r.started}<OutsidePlans counted={r.started - (r.startedOutsidePlans ?? 0)} outside={r.startedOutsidePlans ?? 0} locale={locale} /></td>
      <td className="py-1.5 pr-2 text-right"><Rate value={r.startRatePct} part={r.started - (r.startedOutsidePlans ?? 0)} whole={r.planned.neighborhoods} /></td>
      <td className="py-1.5 pr-2 text-right">{r.completed}<OutsidePlans counted={r.completed - (r.completedOutsidePlans ?? 0)} outside={r.completedOutsidePlans ?? 0} locale={locale} /></td>
      <td className="py-1.5 text-right"><Rate value={r.completionRatePct} part={r.completed - (r.completedOutsidePlans ?? 0)} whole={r.planned.neighborhoods} /></td>
    </tr>
  );
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionRollup.approvedPlansAgainstTargetsStartsAnd")}>
        {t("routes.commissionRollup.cityRollUp_e02c6", { year: String(year) })}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <YearPicker action="/commission/rollup" year={year} label={t("routes.commissionRollup.year")} button={t("routes.commissionRollup.show")} />
        <SnapshotButton year={year} locale={locale} />
      </div>
      {shown.length > 0 && !snapshots.some((s) => s.month === thisMonth && s.kind === "MONTHLY") ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="baseline-missing">
          {t("routes.commissionRollup.baselineMissing", { month: thisMonth })}
        </p>
      ) : null}
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4" data-rate-scope>
        <StatCard label={t("routes.commissionRollup.target")} value={rollup.city.target ? formatCount(rollup.city.target.neighborhoods, locale) : "—"} hint={rollup.city.target ? formatArea(rollup.city.target.floorAreaM2, locale) : undefined} />
        <StatCard label={t("routes.commissionRollup.planned")} value={rollup.city.planned.neighborhoods} hint={<>{t("routes.commissionRollup.ofTarget")} {rollup.city.target ? <Rate value={rollup.city.plannedOfTargetPct} part={rollup.city.planned.neighborhoods} whole={rollup.city.target.neighborhoods} /> : "—"}</>} />
        <StatCard label={t("routes.commissionRollup.started")} value={rollup.city.started} hint={<>{t("routes.commissionRollup.startRate")} <Rate value={rollup.city.startRatePct} part={rollup.city.started - (rollup.city.startedOutsidePlans ?? 0)} whole={rollup.city.planned.neighborhoods} /> {rateBasisNote(rollup.city, "start", locale)}</>} />
        <StatCard label={t("routes.commissionRollup.completed")} value={rollup.city.completed} hint={<>{t("routes.commissionRollup.completionRate")} <Rate value={rollup.city.completionRatePct} part={rollup.city.completed - (rollup.city.completedOutsidePlans ?? 0)} whole={rollup.city.planned.neighborhoods} /> {rateBasisNote(rollup.city, "completion", locale)}</>} />
      </div>
      <div className="space-y-6">
        <Card title={t("routes.commissionRollup.byDistrictNeighbourhoods")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="rollup-table">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{t("routes.commissionRollup.district")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.target_96ca9")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.planned_03573")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.planTarget")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.area")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.households")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.started_2e6c9")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.startRate_d76ea")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.commissionRollup.completed_40536")}</th>
                  <th className="py-2 text-right">{t("routes.commissionRollup.completionRate_5649e")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => line(r))}
                {shown.length === 0 ? <tr><td colSpan={10} className="py-3 text-slate-500">{t("routes.commissionRollup.noApprovedPlanOrDistrictTarget")}</td></tr> : null}
                {line(rollup.city, true)}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-500">{t("routes.commissionRollup.ratesAreStartedCompletedNeighbourhoodsOver")}</p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.commissionRollup.bulletin")}>
            <form action="/commission/rollup/bulletin" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="year" value={year} />
              <div>
                <label htmlFor="month" className="block text-sm text-slate-600">{t("routes.commissionRollup.month")}</label>
                <input id="month" name="month" type="month" defaultValue={thisMonth} className="rounded border border-slate-300 px-2 py-1" />
              </div>
              <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{t("routes.commissionRollup.exportBulletin")}</button>
            </form>
            <p className="mt-2 text-xs text-slate-600" data-testid="bulletin-source">
              {t("routes.commissionRollup.theBulletinUsesTheChosenMonth")}
            </p>
            <div className="mt-4"><ThresholdForm percent={threshold} locale={locale} /></div>
          </Card>
          <Card title={t("routes.commissionRollup.monthlySnapshots")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-600">
                <tr><th className="py-1 pr-2">{t("routes.commissionRollup.month_3b721")}</th><th className="py-1 pr-2">{t("routes.commissionRollup.kind")}</th><th className="py-1 pr-2 text-right">{t("routes.commissionRollup.planned_03573")}</th><th className="py-1 pr-2 text-right">{t("routes.commissionRollup.started_2e6c9")}</th><th className="py-1 pr-2 text-right">{t("routes.commissionRollup.completed_40536")}</th><th className="py-1">{t("routes.commissionRollup.taken")}</th></tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id} className="border-b last:border-0">
                    <td className="py-1 pr-2">{s.month}</td>
                    <td className="py-1 pr-2">{s.kind === "MONTHLY" ? t("routes.commissionRollup.scheduled") : t("routes.commissionRollup.manual")}</td>
                    <td className="py-1 pr-2 text-right">{s.city.planned.neighborhoods}</td>
                    <td className="py-1 pr-2 text-right">{s.city.started}</td>
                    <td className="py-1 pr-2 text-right">{s.city.completed}</td>
                    <td className="py-1">{formatDate(s.takenAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-slate-500"><Link href="/commission/plans" className="underline">{t("routes.commissionRollup.compareApprovedAndCurrentPlanVersions")}</Link></p>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
