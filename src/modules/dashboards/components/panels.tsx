// The panels the commission's and the districts' dashboards share. Server components: every
// number is text (most of them links to the records behind them); charts only repeat the tables.
import { LAGGARD_GRACE_DAYS, rateBasisNote } from "@/modules/programme/rollup";
import Link from "next/link";
import { Rate } from "@/components/figures/rate";
import { Card } from "@/components/shell/app-shell";
import { formatArea, formatCount, formatDate, formatFen } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { STAGE_LABELS } from "@/lib/labels";
import { FUNDING_SHARE_LABELS } from "@/modules/funding/shares";
import { percent } from "@/modules/programme/rollup";
import type { ProgrammeDashboard } from "../data";
import { DEFINITIONS, TONE_CLASSES, TONE_LABELS } from "../labels";
import { TILE_COLUMNS, TILE_ROWS, type TileTone } from "../tiles";
import { Donut, HorizontalBars, RateBars } from "./charts";

type Props = { data: ProgrammeDashboard; locale: Locale };
const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";
const pct = (v: number | null) => (v === null ? "—" : `${v}%`);
const words = (locale: Locale) => (zh: string, en: string) => pick(locale, { zh, en });

/** Query string for the list pages; `district` only when the commission narrows to one. */
function listHref(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function Kpi({ label, value, href, target, hint, testId }: { label: string; value: string; href: string; target?: string; hint?: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId} data-rate-scope>
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-slate-900">
        <Link href={href} className="hover:underline">{value}</Link>
        {target ? <span className="text-base font-normal text-slate-600"> / {target}</span> : null}
      </div>
      {hint ? <div className="mt-1 text-xs text-slate-600">{hint}</div> : null}
    </div>
  );
}

/** Progress against the targets (the city's, or the district's share), with the definitions spelled out. */
export function ProgressKpis({ data, locale, district }: Props & { district?: string }) {
  const L = words(locale);
  const { year, target, headline, started, completed, investment } = data;
  const started$ = listHref("/district/neighborhoods", { progress: "started", year, district });
  const completed$ = listHref("/district/neighborhoods", { progress: "completed", year, district });
  const ofTarget = (part: number, whole: number | undefined) => {
    if (!whole) return L("未设目标", "No target set");
    const rate = <Rate value={percent(part, whole)} part={part} whole={whole} />;
    return locale === "zh" ? <>完成目标 {rate}</> : <>{rate} of target</>;
  };
  return (
    <section aria-label={L("目标完成情况", "Progress against targets")} className="mb-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Kpi testId="kpi-started" label={L("已开工小区", "Neighbourhoods started")} value={formatCount(started.neighborhoods, locale)} href={started$} target={target ? formatCount(target.neighborhoods, locale) : undefined} hint={<>{ofTarget(started.neighborhoods, target?.neighborhoods)} · {L("计划", "planned")} {formatCount(headline.planned.neighborhoods, locale)} · {L("开工率", "start rate")} <Rate value={headline.startRatePct} part={headline.started - (headline.startedOutsidePlans ?? 0)} whole={headline.planned.neighborhoods} /> {rateBasisNote(headline, "start", locale)}</>} />
        <Kpi testId="kpi-area" label={L("已开工面积", "Floor area started")} value={formatArea(started.floorAreaM2, locale)} href={started$} target={target ? formatArea(target.floorAreaM2, locale) : undefined} hint={ofTarget(Number(started.floorAreaM2), target?.floorAreaM2)} />
        <Kpi testId="kpi-households" label={L("受益户数", "Households benefiting")} value={formatCount(started.households, locale)} href={started$} target={target ? formatCount(target.households, locale) : undefined} hint={ofTarget(started.households, target?.households)} />
        <Kpi testId="kpi-investment" label={L("纳入改造内容投资", "Investment in included items")} value={formatFen(investment.includedItemCostFen, locale)} href={listHref("/district/projects", { year, district })} target={target?.investmentYuan ? formatFen(BigInt(Math.round(target.investmentYuan * 100)), locale) : undefined} hint={L(`${investment.includedItems} 项改造内容`, `${investment.includedItems} items`)} />
        <Kpi testId="kpi-completed" label={L("已完工小区 / 已开工", "Completed / started")} value={formatCount(completed.neighborhoods, locale)} href={completed$} target={formatCount(started.neighborhoods, locale)} hint={<>{L("完工率(对计划", "completion rate (of the")} {formatCount(headline.planned.neighborhoods, locale)}{L(")", " planned)")} <Rate value={headline.completionRatePct} part={headline.completed - (headline.completedOutsidePlans ?? 0)} whole={headline.planned.neighborhoods} /> · {formatArea(completed.floorAreaM2, locale)} · {formatCount(completed.households, locale)} {L("户", "households")} {rateBasisNote(headline, "completion", locale)}</>} />
        <Kpi testId="kpi-overdue" label={L("逾期节点 / 逾期部门任务", "Overdue milestones / tasks")} value={formatCount(data.overdueMilestones.count, locale)} href="/district/projects" target={formatCount(data.overdueTasks.count, locale)} hint={L("全部年度,截至今日", "All years, as of today")} />
      </div>
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer">{L("口径说明", "Definitions")}</summary>
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
export function RankingPanel({ data, locale, own = false }: Props & { own?: boolean }) {
  const L = words(locale);
  const rows = data.ranking;
  return (
    <Card title={own ? L("本区县开工率、完工率", "Start and completion rate") : L("区县开工率、完工率排名", "Districts by start and completion rate")}>
      {rows.length === 0 ? (
        <p className="text-slate-600">
          {own
            ? L(`本区县${data.year}年度计划尚未批准,开工率、完工率以已批准计划为基数,暂无法计算。`, `Your ${data.year} plan is not approved yet; the rates are measured against the approved plan.`)
            : L(`${data.year}年尚无区县有已批准的年度计划,暂不排名。`, `No district has an approved plan for ${data.year} yet, so there is no ranking.`)}
        </p>
      ) : (
        <>
          <RateBars data={rows.map((r) => ({ label: r.name, start: r.startRatePct ?? 0, completion: r.completionRatePct ?? 0 }))} startLabel={L("开工率", "Start rate")} completionLabel={L("完工率", "Completion rate")} />
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm" data-testid="ranking-table">
              {/* Headers stay on one line; the table scrolls sideways on a phone instead. */}
              <thead className="whitespace-nowrap border-b text-slate-600">
                <tr>
                  <th className="py-1.5 pr-2">{L("名次", "Rank")}</th>
                  <th className="py-1.5 pr-2">{L("区县", "District")}</th>
                  <th className="py-1.5 pr-2 text-right">{L("计划", "Planned")}</th>
                  <th className="py-1.5 pr-2 text-right">{L("开工", "Started")}</th>
                  <th className="py-1.5 pr-2 text-right">{L("开工率", "Start rate")}</th>
                  <th className="py-1.5 pr-2 text-right">{L("完工", "Completed")}</th>
                  <th className="py-1.5 pr-2 text-right">{L("完工率", "Completion")}</th>
                  <th className="py-1.5">{L("通报", "Follow-up")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.districtId} className={r.laggard ? "border-b bg-red-50" : "border-b"} data-testid={`rank-${r.name}`}>
                    <td className="py-1.5 pr-2">{r.startRank}</td>
                    <td className="py-1.5 pr-2"><Link className={link} href={listHref("/district/projects", { year: data.year, district: r.districtId })}>{r.name}</Link></td>
                    <td className="py-1.5 pr-2 text-right">{r.planned.neighborhoods}</td>
                    <td className="py-1.5 pr-2 text-right"><Link className={link} href={listHref("/district/neighborhoods", { progress: "started", year: data.year, district: r.districtId })}>{r.started}</Link></td>
                    <td className="py-1.5 pr-2 text-right"><Rate value={r.startRatePct} part={r.started} whole={r.planned.neighborhoods} /></td>
                    <td className="py-1.5 pr-2 text-right"><Link className={link} href={listHref("/district/neighborhoods", { progress: "completed", year: data.year, district: r.districtId })}>{r.completed}</Link></td>
                    <td className="py-1.5 pr-2 text-right"><Rate value={r.completionRatePct} part={r.completed} whole={r.planned.neighborhoods} /></td>
                    <td className="py-1.5">
                      {r.laggard ? (
                        <strong className="text-red-800">
                          {L("需约谈", "Follow up")}:
                          {[
                            (r.startRatePct ?? 0) < data.threshold ? L(`开工率${r.startRatePct ?? 0}%低于${data.threshold}%`, `start rate ${r.startRatePct ?? 0}% below ${data.threshold}%`) : null,
                            (r.completionRatePct ?? 0) < data.threshold ? L(`完工率${r.completionRatePct ?? 0}%低于${data.threshold}%`, `completion rate ${r.completionRatePct ?? 0}% below ${data.threshold}%`) : null,
                          ].filter(Boolean).join(L(";", "; "))}
                        </strong>
                      ) : r.newlyApproved ? (
                        <span className="text-slate-700">{L(`计划新批准,满 ${LAGGARD_GRACE_DAYS} 天后参加约谈评估`, `Plan just approved; assessed for follow-up after ${LAGGARD_GRACE_DAYS} days`)}</span>
                      ) : (
                        <span className="text-green-800">{L("正常", "On track")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="mt-2 text-xs text-slate-600">{L(`开工率、完工率 = 已开工(完工)小区 ÷ 已批准计划小区;低于 ${data.threshold}% 列入约谈名单(通报线在“全市汇总”页设置)。`, `Rates are started (completed) over planned neighbourhoods; below ${data.threshold}% is listed for follow-up.`)}</p>
    </Card>
  );
}

/** The 38 divisions as tiles, coloured by start rate; each opens the district's projects of the year. */
export function TileMap({ data, locale }: Props) {
  const L = words(locale);
  return (
    <Card title={L("各区县开工情况分布", "Start rate across the 38 divisions")}>
      <div className="grid gap-1" style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, minmax(2.75rem, auto))` }} data-testid="tile-map">
        {data.tiles.map((t) => (
          <Link
            key={t.code}
            href={listHref("/district/projects", { year: data.year, district: t.districtId })}
            className={`flex flex-col items-center justify-center rounded border text-center leading-tight hover:ring-2 hover:ring-brand-600 ${TONE_CLASSES[t.tone]}`}
            style={{ gridColumn: t.col + 1, gridRow: t.row + 1 }}
            aria-label={`${t.name}:${t.startRatePct === null ? L("无已批准计划", "no approved plan") : L(`开工率 ${t.startRatePct}%,已开工 ${t.started} / 计划 ${t.planned}`, `start rate ${t.startRatePct}%, ${t.started} of ${t.planned} started`)}`}
            title={t.name}
          >
            <span className="text-[11px] font-semibold">{t.short}</span>
            <span className="text-[10px]">{t.startRatePct === null ? "—" : `${t.startRatePct}%`}</span>
          </Link>
        ))}
      </div>
      <ul className="mt-3 flex flex-wrap gap-3 text-xs" aria-label={L("图例", "Legend")}>
        {(Object.keys(TONE_LABELS) as TileTone[]).map((tone) => (
          <li key={tone} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded border ${TONE_CLASSES[tone]}`} aria-hidden="true" />
            {TONE_LABELS[tone][locale]}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-600">{L(`示意图,按地理方位排列,不代表行政边界;通报线 ${data.threshold}%。`, `Schematic, placed by rough geography; follow-up line ${data.threshold}%.`)}</p>
    </Card>
  );
}

/** Projects of the year per stage. */
export function FunnelPanel({ data, locale, district }: Props & { district?: string }) {
  const L = words(locale);
  const total = data.funnel.reduce((n, s) => n + s.count, 0);
  return (
    <Card title={L(`${data.year}年度项目阶段分布`, `Projects of ${data.year} by stage`)}>
      {total === 0 ? <p className="text-slate-600">{L("本年度尚无改造项目。", "No projects this year yet.")}</p> : <HorizontalBars data={data.funnel.map((s) => ({ label: STAGE_LABELS[s.stage][locale], value: s.count }))} />}
      <table className="mt-2 w-full text-left text-sm" data-testid="funnel-table">
        <thead className="border-b text-slate-600"><tr><th className="py-1 pr-2">{L("阶段", "Stage")}</th><th className="py-1 text-right">{L("项目数", "Projects")}</th></tr></thead>
        <tbody>
          {data.funnel.map((s) => (
            <tr key={s.stage} className="border-b last:border-0">
              <td className="py-1 pr-2">{STAGE_LABELS[s.stage][locale]}</td>
              <td className="py-1 text-right"><Link className={link} href={listHref("/district/projects", { stage: s.stage, year: data.year, district })}>{s.count}</Link></td>
            </tr>
          ))}
          <tr className="font-semibold"><td className="py-1 pr-2">{L("合计", "Total")}</td><td className="py-1 text-right"><Link className={link} href={listHref("/district/projects", { year: data.year, district })}>{total}</Link></td></tr>
        </tbody>
      </table>
    </Card>
  );
}

/** The 约谈 list: overdue milestones and overdue department tasks, oldest first. */
export function OverduePanel({ data, locale, commission }: Props & { commission: boolean }) {
  const L = words(locale);
  const { overdueMilestones: m, overdueTasks: t } = data;
  return (
    <Card title={L("逾期事项(约谈名单)", "Overdue work (follow-up list)")}>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1 font-semibold">{L(`逾期进度节点 ${m.count} 个`, `${m.count} overdue milestones`)}</h3>
          {m.rows.length === 0 ? <p className="text-sm text-slate-600">{L("没有逾期节点。", "No overdue milestones.")}</p> : null}
          <ul className="space-y-1 text-sm" data-testid="overdue-milestones">
            {m.rows.map((r) => (
              <li key={r.id} className="rounded bg-red-50 px-2 py-1">
                <Link className={link} href={`/district/projects/${r.project.id}`}>{r.project.name}</Link>
                <span className="block text-slate-700">{r.name} · {L("计划", "due")} {formatDate(r.plannedEnd, locale)} · {r.progress}%{commission ? ` · ${r.project.district.name}` : ""}</span>
              </li>
            ))}
          </ul>
          {m.count > m.rows.length ? <p className="mt-1 text-xs text-slate-600">{L(`仅列最早的 ${m.rows.length} 个,`, `Oldest ${m.rows.length} shown; `)}<Link className={link} href="/district/projects">{L("全部见项目列表", "all on the projects page")}</Link></p> : null}
        </div>
        <div>
          <h3 className="mb-1 font-semibold">{L(`逾期部门任务 ${t.count} 项`, `${t.count} overdue department tasks`)}</h3>
          {t.rows.length === 0 ? <p className="text-sm text-slate-600">{L("没有逾期的部门任务。", "No overdue department tasks.")}</p> : null}
          <ul className="space-y-1 text-sm" data-testid="overdue-tasks">
            {t.rows.map((r) => (
              <li key={r.id} className="rounded bg-amber-50 px-2 py-1">
                <Link className={link} href={`/district/projects/${r.project.id}`}>{r.project.name}</Link>
                <span className="block text-slate-700">{r.department.name}:{r.title} · {L("应办结", "due")} {formatDate(r.dueOn, locale)}{commission ? ` · ${r.project.district.name}` : ""}</span>
              </li>
            ))}
          </ul>
          {t.count > t.rows.length ? <p className="mt-1 text-xs text-slate-600">{L(`仅列最早的 ${t.rows.length} 项。`, `Oldest ${t.rows.length} shown.`)}</p> : null}
        </div>
      </div>
    </Card>
  );
}

/** Government / residents / society shares of the year's funding. */
export function FundingPanel({ data, locale, district }: Props & { district?: string }) {
  const L = words(locale);
  const f = data.funding;
  return (
    <Card title={L("资金筹措结构(政府、居民、社会力量)", "Funding mix (government, residents, society)")}>
      {f.records === 0 ? (
        <p className="text-slate-600">{L(`${data.year}年度项目尚无资金记录。`, `No funding recorded for ${data.year} projects yet.`)}</p>
      ) : (
        <Donut data={f.shares.map((s) => ({ label: FUNDING_SHARE_LABELS[s.share][locale], value: Number(s.plannedFen) / 100 }))} />
      )}
      <table className="mt-2 w-full text-left text-sm" data-testid="funding-table">
        <thead className="border-b text-slate-600">
          <tr><th className="py-1 pr-2">{L("来源", "Share")}</th><th className="py-1 pr-2 text-right">{L("计划", "Planned")}</th><th className="py-1 pr-2 text-right">{L("占比", "Share")}</th><th className="py-1 pr-2 text-right">{L("已落实", "Committed")}</th><th className="py-1 text-right">{L("已到位", "Paid")}</th></tr>
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
            <td className="py-1 pr-2">{L("合计", "Total")}</td>
            <td className="py-1 pr-2 text-right">{formatFen(f.total.plannedFen, locale)}</td>
            <td className="py-1 pr-2 text-right">{f.records ? "100%" : "—"}</td>
            <td className="py-1 pr-2 text-right">{formatFen(f.total.committedFen, locale)}</td>
            <td className="py-1 text-right">{formatFen(f.total.paidFen, locale)}</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        {L(`${data.year}年度项目的 ${f.records} 条资金记录;`, `${f.records} funding records of the year's projects; `)}
        <Link className={link} href={listHref("/district/projects", { year: data.year, district })}>{L("查看项目", "see the projects")}</Link>
      </p>
    </Card>
  );
}

/** Turnout and pass rate of the year's resident votes. */
export function ConsultationPanel({ data, locale, href }: Props & { href: string }) {
  const L = words(locale);
  const c = data.consultation;
  const ballots = Object.values(c.ballots).reduce((n, v) => n + (v ?? 0), 0);
  return (
    <Card title={L("居民表决参与率与通过率", "Resident votes: turnout and pass rate")}>
      {c.decided === 0 ? <p className="mb-2 text-slate-600">{L(`${data.year}年度项目尚无已计票的表决事项。`, `No ballot item of ${data.year} projects has been counted yet.`)}</p> : null}
      <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="consultation-figures" data-rate-scope>
        <div><dt className="text-slate-600">{L("表决(不含已取消)", "Ballots")}</dt><dd className="text-xl font-semibold"><Link className={link} href={href}>{ballots}</Link></dd></div>
        <div><dt className="text-slate-600">{L("已计票事项", "Items counted")}</dt><dd className="text-xl font-semibold">{c.decided} / {c.items}</dd></div>
        <div><dt className="text-slate-600">{L("参与率", "Turnout")}</dt><dd className="text-xl font-semibold"><Rate value={c.turnoutPct} part={c.participating} whole={c.entitled} /></dd><dd className="text-xs text-slate-600">{L(`${c.participating} / ${c.entitled} 户次`, `${c.participating} of ${c.entitled} owner-votes`)}</dd></div>
        <div><dt className="text-slate-600">{L("通过率", "Pass rate")}</dt><dd className="text-xl font-semibold"><Rate value={c.passRatePct} part={c.passed} whole={c.decided} /></dd><dd className="text-xs text-slate-600">{L(`通过 ${c.passed},未通过 ${c.failed},参与不足 ${c.notQuorate}`, `${c.passed} passed, ${c.failed} failed, ${c.notQuorate} not quorate`)}</dd></div>
      </dl>
      <p className="mt-2 text-xs text-slate-600">{L("参与率 = 各已计票事项的参与业主数之和 ÷ 应参与业主数之和(计票时保存的结果)。", "Turnout = owners taking part over owners entitled, summed over counted items.")}</p>
    </Card>
  );
}

/** Satisfaction ratings (1–5) of the year's projects. */
export function SatisfactionPanel({ data, locale }: Props) {
  const L = words(locale);
  const s = data.satisfaction;
  return (
    <Card title={L("居民满意度", "Resident satisfaction")}>
      {s.count === 0 ? (
        <p className="text-slate-600">{L(`${data.year}年度项目尚无居民评价。`, `No ratings for ${data.year} projects yet.`)}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="satisfaction-average">
            {L("平均", "Average")} <strong className="text-2xl">{s.average}</strong> {L("分(满分 5 分),", "of 5, from ")}
            <Link className={link} href="/district/feedback">{L(`${s.count} 条评价`, `${s.count} ratings`)}</Link>
          </p>
          <HorizontalBars color="#15803d" data={s.distribution.map((n, i) => ({ label: L(`${i + 1} 分`, `${i + 1} star`), value: n })).reverse()} />
          <table className="mt-2 w-full text-left text-sm">
            <thead className="border-b text-slate-600"><tr><th className="py-1 pr-2">{L("评分", "Score")}</th><th className="py-1 text-right">{L("条数", "Ratings")}</th></tr></thead>
            <tbody>{s.distribution.map((n, i) => <tr key={i} className="border-b last:border-0"><td className="py-1 pr-2">{i + 1}</td><td className="py-1 text-right">{n}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </Card>
  );
}
