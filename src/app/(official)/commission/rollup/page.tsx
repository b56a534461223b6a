import Link from "next/link";
import { DataTable, type Column } from "@/components/data-table";
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

export default async function RollupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const thisMonth = monthOf(new Date());
  const { year } = YearQuery.catch({ year: Number(thisMonth.slice(0, 4)) }).parse(await searchParams);
  const rollup = await cityRollup(actor, year);
  const [snapshots, { threshold }] = await Promise.all([rollupSnapshots(actor, year), programmeTargets(actor, year)]);
  const shown = rollup.rows.filter((r) => r.target || r.planned.neighborhoods > 0 || r.started > 0);
  const isCity = (r: RollupRow) => r === rollup.city;
  const columns: Column<RollupRow>[] = [
    {
      key: "district",
      header: t("routes.commissionRollup.district"),
      cell: (r) => (isCity(r) ? t("routes.commissionRollup.city") : r.name),
    },
    {
      key: "target",
      header: t("routes.commissionRollup.target_96ca9"),
      align: "right",
      cell: (r) => (r.target ? formatCount(r.target.neighborhoods, locale) : "—"),
    },
    {
      key: "planned",
      header: t("routes.commissionRollup.planned_03573"),
      align: "right",
      cell: (r) => {
        // A district whose approved plan has changed since approval shows the approved count beside it.
        const atApproval = isCity(r) ? undefined : rollup.plannedAtApproval[r.districtId];
        return (
          <>
            {r.planned.neighborhoods}
            {atApproval !== undefined && atApproval !== r.planned.neighborhoods ? (
              <span className="text-xs text-slate-500">
                {t("routes.commissionRollup.atApproval", { plannedAtApproval: String(atApproval) })}
              </span>
            ) : null}
          </>
        );
      },
    },
    {
      key: "planTarget",
      header: t("routes.commissionRollup.planTarget"),
      align: "right",
      cell: (r) =>
        r.target ? (
          <Rate value={r.plannedOfTargetPct} part={r.planned.neighborhoods} whole={r.target.neighborhoods} />
        ) : (
          "—"
        ),
    },
    {
      key: "area",
      header: t("routes.commissionRollup.area"),
      align: "right",
      cell: (r) => formatArea(r.planned.floorAreaM2, locale),
    },
    {
      key: "households",
      header: t("routes.commissionRollup.households"),
      align: "right",
      cell: (r) => formatCount(r.planned.households, locale),
    },
    {
      key: "started",
      header: t("routes.commissionRollup.started_2e6c9"),
      align: "right",
      cell: (r) => (
        <>
          {r.started}
          <OutsidePlans
            counted={r.started - (r.startedOutsidePlans ?? 0)}
            outside={r.startedOutsidePlans ?? 0}
            locale={locale}
          />
        </>
      ),
    },
    {
      key: "startRate",
      header: t("routes.commissionRollup.startRate_d76ea"),
      align: "right",
      cell: (r) => (
        <Rate value={r.startRatePct} part={r.started - (r.startedOutsidePlans ?? 0)} whole={r.planned.neighborhoods} />
      ),
    },
    {
      key: "completed",
      header: t("routes.commissionRollup.completed_40536"),
      align: "right",
      cell: (r) => (
        <>
          {r.completed}
          <OutsidePlans
            counted={r.completed - (r.completedOutsidePlans ?? 0)}
            outside={r.completedOutsidePlans ?? 0}
            locale={locale}
          />
        </>
      ),
    },
    {
      key: "completionRate",
      header: t("routes.commissionRollup.completionRate_5649e"),
      align: "right",
      cell: (r) => (
        <Rate
          value={r.completionRatePct}
          part={r.completed - (r.completedOutsidePlans ?? 0)}
          whole={r.planned.neighborhoods}
        />
      ),
    },
  ];
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionRollup.approvedPlansAgainstTargetsStartsAnd")}>
        {t("routes.commissionRollup.cityRollUp_e02c6", { year: String(year) })}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <YearPicker
          action="/commission/rollup"
          year={year}
          label={t("routes.commissionRollup.year")}
          button={t("routes.commissionRollup.show")}
        />
        <SnapshotButton year={year} locale={locale} />
      </div>
      {shown.length > 0 && !snapshots.some((s) => s.month === thisMonth && s.kind === "MONTHLY") ? (
        <p
          role="status"
          className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="baseline-missing"
        >
          {t("routes.commissionRollup.baselineMissing", { month: thisMonth })}
        </p>
      ) : null}
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4" data-rate-scope>
        <StatCard
          label={t("routes.commissionRollup.target")}
          value={rollup.city.target ? formatCount(rollup.city.target.neighborhoods, locale) : "—"}
          hint={rollup.city.target ? formatArea(rollup.city.target.floorAreaM2, locale) : undefined}
        />
        <StatCard
          label={t("routes.commissionRollup.planned")}
          value={rollup.city.planned.neighborhoods}
          hint={
            <>
              {t("routes.commissionRollup.ofTarget")}{" "}
              {rollup.city.target ? (
                <Rate
                  value={rollup.city.plannedOfTargetPct}
                  part={rollup.city.planned.neighborhoods}
                  whole={rollup.city.target.neighborhoods}
                />
              ) : (
                "—"
              )}
            </>
          }
        />
        <StatCard
          label={t("routes.commissionRollup.started")}
          value={rollup.city.started}
          hint={
            <>
              {t("routes.commissionRollup.startRate")}{" "}
              <Rate
                value={rollup.city.startRatePct}
                part={rollup.city.started - (rollup.city.startedOutsidePlans ?? 0)}
                whole={rollup.city.planned.neighborhoods}
              />{" "}
              {rateBasisNote(rollup.city, "start", locale)}
            </>
          }
        />
        <StatCard
          label={t("routes.commissionRollup.completed")}
          value={rollup.city.completed}
          hint={
            <>
              {t("routes.commissionRollup.completionRate")}{" "}
              <Rate
                value={rollup.city.completionRatePct}
                part={rollup.city.completed - (rollup.city.completedOutsidePlans ?? 0)}
                whole={rollup.city.planned.neighborhoods}
              />{" "}
              {rateBasisNote(rollup.city, "completion", locale)}
            </>
          }
        />
      </div>
      <div className="space-y-6">
        <Card title={t("routes.commissionRollup.byDistrictNeighbourhoods")}>
          <DataTable
            caption={t("routes.commissionRollup.byDistrictNeighbourhoods")}
            testId="rollup-table"
            columns={columns}
            rows={shown}
            footerRows={[rollup.city]}
            rowKey={(r) => r.districtId}
            rowTestId={(r) => (isCity(r) ? "rollup-city" : `rollup-${r.name}`)}
            empty={t("routes.commissionRollup.noApprovedPlanOrDistrictTarget")}
          />
          <p className="mt-2 text-xs text-slate-500">
            {t("routes.commissionRollup.ratesAreStartedCompletedNeighbourhoodsOver")}
          </p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.commissionRollup.bulletin")}>
            <form action="/commission/rollup/bulletin" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="year" value={year} />
              <div>
                <label htmlFor="month" className="block text-sm text-slate-600">
                  {t("routes.commissionRollup.month")}
                </label>
                <input
                  id="month"
                  name="month"
                  type="month"
                  defaultValue={thisMonth}
                  className="rounded border border-slate-300 px-2 py-1"
                />
              </div>
              <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">
                {t("routes.commissionRollup.exportBulletin")}
              </button>
            </form>
            <p className="mt-2 text-xs text-slate-600" data-testid="bulletin-source">
              {t("routes.commissionRollup.theBulletinUsesTheChosenMonth")}
            </p>
            <div className="mt-4">
              <ThresholdForm percent={threshold} locale={locale} />
            </div>
          </Card>
          <Card title={t("routes.commissionRollup.monthlySnapshots")}>
            <DataTable
              caption={t("routes.commissionRollup.monthlySnapshots")}
              rows={snapshots}
              rowKey={(s) => s.id}
              columns={[
                { key: "month", header: t("routes.commissionRollup.month_3b721"), cell: (s) => s.month },
                {
                  key: "kind",
                  header: t("routes.commissionRollup.kind"),
                  cell: (s) =>
                    s.kind === "MONTHLY" ? t("routes.commissionRollup.scheduled") : t("routes.commissionRollup.manual"),
                },
                {
                  key: "planned",
                  header: t("routes.commissionRollup.planned_03573"),
                  align: "right",
                  cell: (s) => s.city.planned.neighborhoods,
                },
                {
                  key: "started",
                  header: t("routes.commissionRollup.started_2e6c9"),
                  align: "right",
                  cell: (s) => s.city.started,
                },
                {
                  key: "completed",
                  header: t("routes.commissionRollup.completed_40536"),
                  align: "right",
                  cell: (s) => s.city.completed,
                },
                {
                  key: "taken",
                  header: t("routes.commissionRollup.taken"),
                  cell: (s) => formatDate(s.takenAt, locale),
                },
              ]}
            />
            <p className="mt-2 text-xs text-slate-500">
              <Link href="/commission/plans" className="underline">
                {t("routes.commissionRollup.compareApprovedAndCurrentPlanVersions")}
              </Link>
            </p>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
