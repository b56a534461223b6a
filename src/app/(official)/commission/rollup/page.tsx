import Link from "next/link";
import { OutsidePlans, Rate } from "@/components/figures/rate";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatCount, formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { SnapshotButton, ThresholdForm } from "@/modules/programme/components/target-forms";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { cityRollup, programmeTargets, rollupSnapshots } from "@/modules/programme/queries";
import { monthOf, rateBasisNote, type RollupRow } from "@/modules/programme/rollup";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "全市汇总", en: "City roll-up" });

export default async function RollupPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const thisMonth = monthOf(new Date());
  const { year } = YearQuery.catch({ year: Number(thisMonth.slice(0, 4)) }).parse(await searchParams);
  const rollup = await cityRollup(actor, year);
  const [snapshots, { threshold }] = await Promise.all([rollupSnapshots(actor, year), programmeTargets(actor, year)]);
  const shown = rollup.rows.filter((r) => r.target || r.planned.neighborhoods > 0 || r.started > 0);
  const line = (r: RollupRow, city = false) => (
    <tr key={r.districtId} className={city ? "border-t-2 font-semibold" : "border-b"} data-testid={city ? "rollup-city" : `rollup-${r.name}`}>
      <td className="py-1.5 pr-2">{city ? L("全市", "City") : r.name}</td>
      <td className="py-1.5 pr-2 text-right">{r.target ? formatCount(r.target.neighborhoods, locale) : "—"}</td>
      <td className="py-1.5 pr-2 text-right">{r.planned.neighborhoods}{!city && rollup.plannedAtApproval[r.districtId] !== undefined && rollup.plannedAtApproval[r.districtId] !== r.planned.neighborhoods ? <span className="text-xs text-slate-500">{L(`(批准时${rollup.plannedAtApproval[r.districtId]})`, ` (at approval ${rollup.plannedAtApproval[r.districtId]})`)}</span> : null}</td>
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
      <PageTitle subtitle={L("已批准计划对照目标任务,开工与完工来自项目进度", "Approved plans against targets; starts and completions from the projects")}>
        {L(`${year}年全市汇总`, `${year} city roll-up`)}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <YearPicker action="/commission/rollup" year={year} label={L("年度", "Year")} button={L("查看", "Show")} />
        <SnapshotButton year={year} locale={locale} />
      </div>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4" data-rate-scope>
        <StatCard label={L("目标小区", "Target")} value={rollup.city.target ? formatCount(rollup.city.target.neighborhoods, locale) : "—"} hint={rollup.city.target ? formatArea(rollup.city.target.floorAreaM2, locale) : undefined} />
        <StatCard label={L("已批准计划小区", "Planned")} value={rollup.city.planned.neighborhoods} hint={<>{L("占目标", "of target")} {rollup.city.target ? <Rate value={rollup.city.plannedOfTargetPct} part={rollup.city.planned.neighborhoods} whole={rollup.city.target.neighborhoods} /> : "—"}</>} />
        <StatCard label={L("已开工小区", "Started")} value={rollup.city.started} hint={<>{L("开工率", "start rate")} <Rate value={rollup.city.startRatePct} part={rollup.city.started - (rollup.city.startedOutsidePlans ?? 0)} whole={rollup.city.planned.neighborhoods} /> {rateBasisNote(rollup.city, "start", locale)}</>} />
        <StatCard label={L("已完工小区", "Completed")} value={rollup.city.completed} hint={<>{L("完工率", "completion rate")} <Rate value={rollup.city.completionRatePct} part={rollup.city.completed - (rollup.city.completedOutsidePlans ?? 0)} whole={rollup.city.planned.neighborhoods} /> {rateBasisNote(rollup.city, "completion", locale)}</>} />
      </div>
      <div className="space-y-6">
        <Card title={L("分区县汇总(小区数)", "By district (neighbourhoods)")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="rollup-table">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{L("区县", "District")}</th>
                  <th className="py-2 pr-2 text-right">{L("目标", "Target")}</th>
                  <th className="py-2 pr-2 text-right">{L("计划", "Planned")}</th>
                  <th className="py-2 pr-2 text-right">{L("计划占目标", "Plan/target")}</th>
                  <th className="py-2 pr-2 text-right">{L("计划面积", "Area")}</th>
                  <th className="py-2 pr-2 text-right">{L("计划户数", "Households")}</th>
                  <th className="py-2 pr-2 text-right">{L("开工", "Started")}</th>
                  <th className="py-2 pr-2 text-right">{L("开工率", "Start rate")}</th>
                  <th className="py-2 pr-2 text-right">{L("完工", "Completed")}</th>
                  <th className="py-2 text-right">{L("完工率", "Completion rate")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => line(r))}
                {shown.length === 0 ? <tr><td colSpan={10} className="py-3 text-slate-500">{L("本年度尚无已批准的计划或分解目标。", "No approved plan or district target this year.")}</td></tr> : null}
                {line(rollup.city, true)}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-500">{L("开工率、完工率 = 已开工(完工)小区数 ÷ 已批准计划小区数;全市比率只计有已批准计划的区县。开工指项目进入施工阶段或已登记开工日期。", "Rates are started (completed) neighbourhoods over planned ones.")}</p>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("定期通报", "Bulletin")}>
            <form action="/commission/rollup/bulletin" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="year" value={year} />
              <div>
                <label htmlFor="month" className="block text-sm text-slate-600">{L("通报月份", "Month")}</label>
                <input id="month" name="month" type="month" defaultValue={thisMonth} className="rounded border border-slate-300 px-2 py-1" />
              </div>
              <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{L("导出通报Excel", "Export bulletin")}</button>
            </form>
            <p className="mt-2 text-xs text-slate-600" data-testid="bulletin-source">
              {L(
                "通报按所选月份的月度快照生成(快照时点写在表中“说明”页),与上表的实时数据可能不同;本月尚无快照时按导出时的实时数据。",
                "The bulletin uses the chosen month's snapshot (its time is on the workbook's notes sheet), which may differ from the live table above; without a snapshot this month it uses the live figures at export.",
              )}
            </p>
            <div className="mt-4"><ThresholdForm percent={threshold} locale={locale} /></div>
          </Card>
          <Card title={L("月度快照(基线)", "Monthly snapshots")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-600">
                <tr><th className="py-1 pr-2">{L("月份", "Month")}</th><th className="py-1 pr-2">{L("方式", "Kind")}</th><th className="py-1 pr-2 text-right">{L("计划", "Planned")}</th><th className="py-1 pr-2 text-right">{L("开工", "Started")}</th><th className="py-1 pr-2 text-right">{L("完工", "Completed")}</th><th className="py-1">{L("生成时间", "Taken")}</th></tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id} className="border-b last:border-0">
                    <td className="py-1 pr-2">{s.month}</td>
                    <td className="py-1 pr-2">{s.kind === "MONTHLY" ? L("定时", "Scheduled") : L("手动", "Manual")}</td>
                    <td className="py-1 pr-2 text-right">{s.city.planned.neighborhoods}</td>
                    <td className="py-1 pr-2 text-right">{s.city.started}</td>
                    <td className="py-1 pr-2 text-right">{s.city.completed}</td>
                    <td className="py-1">{formatDate(s.takenAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-slate-500"><Link href="/commission/plans" className="underline">{L("查看各区县计划的批准版本与当前版本", "Compare approved and current plan versions")}</Link></p>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
