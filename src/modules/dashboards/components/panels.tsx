// The panels the commission's and the districts' dashboards share. Server components: every
// number is text (most of them links to the records behind them); charts only repeat the tables.
import { LAGGARD_GRACE_DAYS, rateBasisNote } from "@/modules/programme/rollup";
import Link from "next/link";
import { Rate } from "@/components/figures/rate";
import { Card } from "@/components/shell/app-shell";
import { formatArea, formatCount, formatDate, formatFen } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { STAGE_LABELS } from "@/lib/labels";
import { FUNDING_SHARE_LABELS } from "@/modules/funding/shares";
import { percent } from "@/modules/programme/rollup";
import type { ProgrammeDashboard } from "../data";
import { DEFINITIONS, TONE_CLASSES, TONE_LABELS } from "../labels";
import { TILE_COLUMNS, TILE_ROWS, type TileTone } from "../tiles";
import { Donut, HorizontalBars, RateBars } from "./charts";
import { useTranslations } from "next-intl";

type Props = { data: ProgrammeDashboard; locale: Locale };
const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";
const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

/** Query string for the list pages; `district` only when the commission narrows to one. */
function listHref(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function Kpi({
  label,
  value,
  href,
  target,
  hint,
  testId,
}: {
  label: string;
  value: string;
  href: string;
  target?: string;
  hint?: React.ReactNode;
  testId: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId} data-rate-scope>
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-slate-900">
        <Link href={href} className="hover:underline">
          {value}
        </Link>
        {target ? <span className="text-base font-normal text-slate-600"> / {target}</span> : null}
      </div>
      {hint ? <div className="mt-1 text-xs text-slate-600">{hint}</div> : null}
    </div>
  );
}

/** Progress against the targets (the city's, or the district's share), with the definitions spelled out. */
export function ProgressKpis({ data, locale, district }: Props & { district?: string }) {
  const t = useTranslations();
  const { year, target, headline, started, completed, investment } = data;
  const started$ = listHref("/district/neighborhoods", { progress: "started", year, district });
  const completed$ = listHref("/district/neighborhoods", { progress: "completed", year, district });
  const ofTarget = (part: number, whole: number | undefined) => {
    if (!whole) return t("dashboards.panels.noTargetSet");
    const rate = <Rate value={percent(part, whole)} part={part} whole={whole} />;
    return locale === "zh" ? <>完成目标 {rate}</> : <>{rate} of target</>;
  };
  return (
    <section aria-label={t("dashboards.panels.progressAgainstTargets")} className="mb-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Kpi
          testId="kpi-started"
          label={t("dashboards.panels.neighbourhoodsStarted")}
          value={formatCount(started.neighborhoods, locale)}
          href={started$}
          target={target ? formatCount(target.neighborhoods, locale) : undefined}
          hint={
            <>
              {ofTarget(started.neighborhoods, target?.neighborhoods)} · {t("dashboards.panels.planned")}{" "}
              {formatCount(headline.planned.neighborhoods, locale)} · {t("dashboards.panels.startRate")}{" "}
              <Rate
                value={headline.startRatePct}
                part={headline.started - (headline.startedOutsidePlans ?? 0)}
                whole={headline.planned.neighborhoods}
              />{" "}
              {rateBasisNote(headline, "start", locale)}
            </>
          }
        />
        <Kpi
          testId="kpi-area"
          label={t("dashboards.panels.floorAreaStarted")}
          value={formatArea(started.floorAreaM2, locale)}
          href={started$}
          target={target ? formatArea(target.floorAreaM2, locale) : undefined}
          hint={ofTarget(Number(started.floorAreaM2), target?.floorAreaM2)}
        />
        <Kpi
          testId="kpi-households"
          label={t("dashboards.panels.householdsBenefiting")}
          value={formatCount(started.households, locale)}
          href={started$}
          target={target ? formatCount(target.households, locale) : undefined}
          hint={ofTarget(started.households, target?.households)}
        />
        <Kpi
          testId="kpi-investment"
          label={t("dashboards.panels.investmentInIncludedItems")}
          value={formatFen(investment.includedItemCostFen, locale)}
          href={listHref("/district/projects", { year, district })}
          target={
            target?.investmentYuan ? formatFen(BigInt(Math.round(target.investmentYuan * 100)), locale) : undefined
          }
          hint={t("dashboards.panels.items", { includedItems: Number(investment.includedItems) })}
        />
        <Kpi
          testId="kpi-completed"
          label={t("dashboards.panels.completedStarted")}
          value={formatCount(completed.neighborhoods, locale)}
          href={completed$}
          target={formatCount(started.neighborhoods, locale)}
          hint={
            <>
              {t("dashboards.panels.completionRateOfThe")} {formatCount(headline.planned.neighborhoods, locale)}
              {t("dashboards.panels.planned_23b94")}{" "}
              <Rate
                value={headline.completionRatePct}
                part={headline.completed - (headline.completedOutsidePlans ?? 0)}
                whole={headline.planned.neighborhoods}
              />{" "}
              · {formatArea(completed.floorAreaM2, locale)} · {formatCount(completed.households, locale)}{" "}
              {t("dashboards.panels.households")} {rateBasisNote(headline, "completion", locale)}
            </>
          }
        />
        <Kpi
          testId="kpi-overdue"
          label={t("dashboards.panels.overdueMilestonesTasks")}
          value={formatCount(data.overdueMilestones.count, locale)}
          href="/district/projects"
          target={formatCount(data.overdueTasks.count, locale)}
          hint={t("dashboards.panels.allYearsAsOfToday")}
        />
      </div>
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer">{t("dashboards.panels.definitions")}</summary>
        <ul className="mt-1 list-disc pl-5">
          <li>{DEFINITIONS.started[locale]}</li>
          <li>{DEFINITIONS.housing[locale]}</li>
          <li>{DEFINITIONS.investment[locale]}</li>
        </ul>
      </details>
    </section>
  );
}

/** Districts ranked by start and completion rate, laggards (below the follow-up line) marked. */
export function RankingPanel({ data, own = false }: Props & { own?: boolean }) {
  const t = useTranslations();
  const rows = data.ranking;
  return (
    <Card
      title={
        own ? t("dashboards.panels.startAndCompletionRate") : t("dashboards.panels.districtsByStartAndCompletionRate")
      }
    >
      {rows.length === 0 ? (
        <p className="text-slate-600">
          {own
            ? t("dashboards.panels.yourPlanIsNotApprovedYet", { year: String(data.year) })
            : t("dashboards.panels.noDistrictHasAnApprovedPlan", { year: String(data.year) })}
        </p>
      ) : (
        <>
          <RateBars
            data={rows.map((r) => ({
              label: r.name,
              start: r.startRatePct ?? 0,
              completion: r.completionRatePct ?? 0,
            }))}
            startLabel={t("dashboards.panels.startRate_d76ea")}
            completionLabel={t("dashboards.panels.completionRate")}
          />
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm" data-testid="ranking-table">
              {/* Headers stay on one line; the table scrolls sideways on a phone instead. */}
              <thead className="whitespace-nowrap border-b text-slate-600">
                <tr>
                  <th className="py-1.5 pr-2">{t("dashboards.panels.rank")}</th>
                  <th className="py-1.5 pr-2">{t("dashboards.panels.district")}</th>
                  <th className="py-1.5 pr-2 text-right">{t("dashboards.panels.planned_03573")}</th>
                  <th className="py-1.5 pr-2 text-right">{t("dashboards.panels.started")}</th>
                  <th className="py-1.5 pr-2 text-right">{t("dashboards.panels.startRate_d76ea")}</th>
                  <th className="py-1.5 pr-2 text-right">{t("dashboards.panels.completed")}</th>
                  <th className="py-1.5 pr-2 text-right">{t("dashboards.panels.completion")}</th>
                  <th className="py-1.5">{t("dashboards.panels.followUp")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.districtId}
                    className={r.laggard ? "border-b bg-red-50" : "border-b"}
                    data-testid={`rank-${r.name}`}
                  >
                    <td className="py-1.5 pr-2">{r.startRank}</td>
                    <td className="py-1.5 pr-2">
                      <Link
                        className={link}
                        href={listHref("/district/projects", { year: data.year, district: r.districtId })}
                      >
                        {r.name}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-2 text-right">{r.planned.neighborhoods}</td>
                    <td className="py-1.5 pr-2 text-right">
                      <Link
                        className={link}
                        href={listHref("/district/neighborhoods", {
                          progress: "started",
                          year: data.year,
                          district: r.districtId,
                        })}
                      >
                        {r.started}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      <Rate value={r.startRatePct} part={r.started} whole={r.planned.neighborhoods} />
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      <Link
                        className={link}
                        href={listHref("/district/neighborhoods", {
                          progress: "completed",
                          year: data.year,
                          district: r.districtId,
                        })}
                      >
                        {r.completed}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      <Rate value={r.completionRatePct} part={r.completed} whole={r.planned.neighborhoods} />
                    </td>
                    <td className="py-1.5">
                      {r.laggard ? (
                        <strong className="text-red-800">
                          {t("dashboards.panels.followUp_d5198")}:
                          {[
                            (r.startRatePct ?? 0) < data.threshold
                              ? t("dashboards.panels.startRateBelow", {
                                  startRatePct: String(r.startRatePct ?? 0),
                                  threshold: String(data.threshold),
                                })
                              : null,
                            (r.completionRatePct ?? 0) < data.threshold
                              ? t("dashboards.panels.completionRateBelow", {
                                  completionRatePct: String(r.completionRatePct ?? 0),
                                  threshold: String(data.threshold),
                                })
                              : null,
                          ]
                            .filter(Boolean)
                            .join(t("dashboards.panels.texta059a"))}
                        </strong>
                      ) : r.newlyApproved ? (
                        <span className="text-slate-700">
                          {t("dashboards.panels.planJustApprovedAssessedForFollow", {
                            LAGGARD_GRACE_DAYS: String(LAGGARD_GRACE_DAYS),
                          })}
                        </span>
                      ) : (
                        <span className="text-green-800">{t("dashboards.panels.onTrack")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="mt-2 text-xs text-slate-600">
        {t("dashboards.panels.ratesAreStartedCompletedOverPlanned", { threshold: String(data.threshold) })}
      </p>
    </Card>
  );
}

/** The 38 divisions as tiles, coloured by start rate; each opens the district's projects of the year. */
export function TileMap({ data, locale }: Props) {
  const tr = useTranslations();
  return (
    <Card title={tr("dashboards.panels.startRateAcrossThe38Divisions")}>
      <div
        className="grid gap-1"
        style={{
          gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${TILE_ROWS}, minmax(2.75rem, auto))`,
        }}
        data-testid="tile-map"
      >
        {data.tiles.map((t) => (
          <Link
            key={t.code}
            href={listHref("/district/projects", { year: data.year, district: t.districtId })}
            className={`flex flex-col items-center justify-center rounded border text-center leading-tight hover:ring-2 hover:ring-brand-600 ${TONE_CLASSES[t.tone]}`}
            style={{ gridColumn: t.col + 1, gridRow: t.row + 1 }}
            aria-label={`${t.name}:${t.startRatePct === null ? tr("dashboards.panels.noApprovedPlan") : tr("dashboards.panels.startRateOfStarted", { startRatePct: String(t.startRatePct), started: String(t.started), planned: String(t.planned) })}`}
            title={t.name}
          >
            <span className="text-[11px] font-semibold">{t.short}</span>
            <span className="text-[10px]">{t.startRatePct === null ? "—" : `${t.startRatePct}%`}</span>
          </Link>
        ))}
      </div>
      <ul className="mt-3 flex flex-wrap gap-3 text-xs" aria-label={tr("dashboards.panels.legend")}>
        {(Object.keys(TONE_LABELS) as TileTone[]).map((tone) => (
          <li key={tone} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded border ${TONE_CLASSES[tone]}`} aria-hidden="true" />
            {TONE_LABELS[tone][locale]}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-600">
        {tr("dashboards.panels.schematicPlacedByRoughGeographyFollow", { threshold: String(data.threshold) })}
      </p>
    </Card>
  );
}

/** Projects of the year per stage. */
export function FunnelPanel({ data, locale, district }: Props & { district?: string }) {
  const t = useTranslations();
  const total = data.funnel.reduce((n, s) => n + s.count, 0);
  return (
    <Card title={t("dashboards.panels.projectsOfByStage", { year: String(data.year) })}>
      {total === 0 ? (
        <p className="text-slate-600">{t("dashboards.panels.noProjectsThisYearYet")}</p>
      ) : (
        <HorizontalBars data={data.funnel.map((s) => ({ label: STAGE_LABELS[s.stage][locale], value: s.count }))} />
      )}
      <table className="mt-2 w-full text-left text-sm" data-testid="funnel-table">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-1 pr-2">{t("dashboards.panels.stage")}</th>
            <th className="py-1 text-right">{t("dashboards.panels.projects")}</th>
          </tr>
        </thead>
        <tbody>
          {data.funnel.map((s) => (
            <tr key={s.stage} className="border-b last:border-0">
              <td className="py-1 pr-2">{STAGE_LABELS[s.stage][locale]}</td>
              <td className="py-1 text-right">
                <Link
                  className={link}
                  href={listHref("/district/projects", { stage: s.stage, year: data.year, district })}
                >
                  {s.count}
                </Link>
              </td>
            </tr>
          ))}
          <tr className="font-semibold">
            <td className="py-1 pr-2">{t("dashboards.panels.total")}</td>
            <td className="py-1 text-right">
              <Link className={link} href={listHref("/district/projects", { year: data.year, district })}>
                {total}
              </Link>
            </td>
          </tr>
        </tbody>
      </table>
    </Card>
  );
}

/** The 约谈 list: overdue milestones and overdue department tasks, oldest first. */
export function OverduePanel({ data, locale, commission }: Props & { commission: boolean }) {
  const tr = useTranslations();
  const { overdueMilestones: m, overdueTasks: t } = data;
  return (
    <Card title={tr("dashboards.panels.overdueWorkFollowUpList")}>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1 font-semibold">
            {tr("dashboards.panels.overdueMilestones", { count: String(m.count) })}
          </h3>
          {m.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{tr("dashboards.panels.noOverdueMilestones")}</p>
          ) : null}
          <ul className="space-y-1 text-sm" data-testid="overdue-milestones">
            {m.rows.map((r) => (
              <li key={r.id} className="rounded bg-red-50 px-2 py-1">
                <Link className={link} href={`/district/projects/${r.project.id}`}>
                  {r.project.name}
                </Link>
                <span className="block text-slate-700">
                  {r.name} · {tr("dashboards.panels.due")} {formatDate(r.plannedEnd, locale)} · {r.progress}%
                  {commission ? ` · ${r.project.district.name}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {m.count > m.rows.length ? (
            <p className="mt-1 text-xs text-slate-600">
              {tr("dashboards.panels.oldestShown", { rowsCount: String(m.rows.length) })}
              <Link className={link} href="/district/projects">
                {tr("dashboards.panels.allOnTheProjectsPage")}
              </Link>
            </p>
          ) : null}
        </div>
        <div>
          <h3 className="mb-1 font-semibold">
            {tr("dashboards.panels.overdueDepartmentTasks", { count: String(t.count) })}
          </h3>
          {t.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{tr("dashboards.panels.noOverdueDepartmentTasks")}</p>
          ) : null}
          <ul className="space-y-1 text-sm" data-testid="overdue-tasks">
            {t.rows.map((r) => (
              <li key={r.id} className="rounded bg-amber-50 px-2 py-1">
                <Link className={link} href={`/district/projects/${r.project.id}`}>
                  {r.project.name}
                </Link>
                <span className="block text-slate-700">
                  {r.department.name}:{r.title} · {tr("dashboards.panels.due_e8f05")} {formatDate(r.dueOn, locale)}
                  {commission ? ` · ${r.project.district.name}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {t.count > t.rows.length ? (
            <p className="mt-1 text-xs text-slate-600">
              {tr("dashboards.panels.oldestShown_a448d", { rowsCount: String(t.rows.length) })}
            </p>
          ) : null}
        </div>
      </div>
    </Card>
  );
}

/** Government / residents / society shares of the year's funding. */
export function FundingPanel({ data, locale, district }: Props & { district?: string }) {
  const t = useTranslations();
  const f = data.funding;
  return (
    <Card title={t("dashboards.panels.fundingMixGovernmentResidentsSociety")}>
      {f.records === 0 ? (
        <p className="text-slate-600">
          {t("dashboards.panels.noFundingRecordedForProjectsYet", { year: String(data.year) })}
        </p>
      ) : (
        <Donut
          data={f.shares.map((s) => ({
            label: FUNDING_SHARE_LABELS[s.share][locale],
            value: Number(s.plannedFen) / 100,
          }))}
        />
      )}
      <table className="mt-2 w-full text-left text-sm" data-testid="funding-table">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-1 pr-2">{t("dashboards.panels.share")}</th>
            <th className="py-1 pr-2 text-right">{t("dashboards.panels.planned_03573")}</th>
            <th className="py-1 pr-2 text-right">{t("dashboards.panels.share_5979a")}</th>
            <th className="py-1 pr-2 text-right">{t("dashboards.panels.committed")}</th>
            <th className="py-1 text-right">{t("dashboards.panels.paid")}</th>
          </tr>
        </thead>
        <tbody>
          {f.shares.map((s) => (
            <tr key={s.share} className="border-b">
              <td className="py-1 pr-2">{FUNDING_SHARE_LABELS[s.share][locale]}</td>
              <td className="py-1 pr-2 text-right">{formatFen(s.plannedFen, locale)}</td>
              <td className="py-1 pr-2 text-right">{pct(s.plannedPct)}</td>
              <td className="py-1 pr-2 text-right">{formatFen(s.committedFen, locale)}</td>
              <td className="py-1 text-right">{formatFen(s.paidFen, locale)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <td className="py-1 pr-2">{t("dashboards.panels.total")}</td>
            <td className="py-1 pr-2 text-right">{formatFen(f.total.plannedFen, locale)}</td>
            <td className="py-1 pr-2 text-right">{f.records ? "100%" : "—"}</td>
            <td className="py-1 pr-2 text-right">{formatFen(f.total.committedFen, locale)}</td>
            <td className="py-1 text-right">{formatFen(f.total.paidFen, locale)}</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        {t("dashboards.panels.fundingRecordsOfTheYearS", { year: String(data.year), records: String(f.records) })}
        <Link className={link} href={listHref("/district/projects", { year: data.year, district })}>
          {t("dashboards.panels.seeTheProjects")}
        </Link>
      </p>
    </Card>
  );
}

/** Turnout and pass rate of the year's resident votes. */
export function ConsultationPanel({ data, href }: Props & { href: string }) {
  const t = useTranslations();
  const c = data.consultation;
  const ballots = Object.values(c.ballots).reduce((n, v) => n + (v ?? 0), 0);
  return (
    <Card title={t("dashboards.panels.residentVotesTurnoutAndPassRate")}>
      {c.decided === 0 ? (
        <p className="mb-2 text-slate-600">
          {t("dashboards.panels.noBallotItemOfProjectsHas", { year: String(data.year) })}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="consultation-figures" data-rate-scope>
        <div>
          <dt className="text-slate-600">{t("dashboards.panels.ballots")}</dt>
          <dd className="text-xl font-semibold">
            <Link className={link} href={href}>
              {ballots}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("dashboards.panels.itemsCounted")}</dt>
          <dd className="text-xl font-semibold">
            {c.decided} / {c.items}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("dashboards.panels.turnout")}</dt>
          <dd className="text-xl font-semibold">
            <Rate value={c.turnoutPct} part={c.participating} whole={c.entitled} />
          </dd>
          <dd className="text-xs text-slate-600">
            {t("dashboards.panels.ofOwnerVotes", {
              participating: String(c.participating),
              entitled: String(c.entitled),
            })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("dashboards.panels.passRate")}</dt>
          <dd className="text-xl font-semibold">
            <Rate value={c.passRatePct} part={c.passed} whole={c.decided} />
          </dd>
          <dd className="text-xs text-slate-600">
            {t("dashboards.panels.passedFailedNotQuorate", {
              passed: String(c.passed),
              failed: String(c.failed),
              notQuorate: String(c.notQuorate),
            })}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("dashboards.panels.turnoutOwnersTakingPartOverOwners")}</p>
    </Card>
  );
}

/** Satisfaction ratings (1–5) of the year's projects. */
export function SatisfactionPanel({ data }: Props) {
  const t = useTranslations();
  const s = data.satisfaction;
  return (
    <Card title={t("dashboards.panels.residentSatisfaction")}>
      {s.count === 0 ? (
        <p className="text-slate-600">{t("dashboards.panels.noRatingsForProjectsYet", { year: String(data.year) })}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="satisfaction-average">
            {t("dashboards.panels.average")} <strong className="text-2xl">{s.average}</strong>{" "}
            {t("dashboards.panels.of5From")}
            <Link className={link} href="/district/feedback">
              {t("dashboards.panels.ratings", { count: Number(s.count) })}
            </Link>
          </p>
          <HorizontalBars
            color="#15803d"
            data={s.distribution
              .map((n, i) => ({ label: t("dashboards.panels.star", { i: String(i + 1) }), value: n }))
              .reverse()}
          />
          <table className="mt-2 w-full text-left text-sm">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-1 pr-2">{t("dashboards.panels.score")}</th>
                <th className="py-1 text-right">{t("dashboards.panels.ratings_eb8f0")}</th>
              </tr>
            </thead>
            <tbody>
              {s.distribution.map((n, i) => (
                <tr key={i} className="border-b last:border-0">
                  <td className="py-1 pr-2">{i + 1}</td>
                  <td className="py-1 text-right">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
