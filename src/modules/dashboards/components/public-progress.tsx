// The public progress page's content: targets, progress by district, kinds of work, the policy.
import { rateBasisNote } from "@/modules/programme/rollup";
import Link from "next/link";
import type { ContentCategory } from "@/generated/prisma/enums";
import { formatArea, formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { CATEGORY_LABELS } from "@/lib/labels";
import type { PublicProgress } from "../data";
import { HorizontalBars } from "./charts";
import { OutsidePlans, Rate } from "@/components/figures/rate";

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export function PolicyBlurb({ locale }: { locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <section className={card} aria-labelledby="policy-heading">
      <h2 id="policy-heading" className="mb-2 text-lg font-semibold">{L("政策简介", "About the programme")}</h2>
      <p className="leading-relaxed">
        {L(
          "根据《重庆市人民政府办公厅关于全面推进城镇老旧小区改造和社区服务提升工作的实施意见》(渝府办发〔2021〕82号),全市对2000年底前建成、需要改造的城镇老旧小区实施改造:2021年新开工改造831个小区、2662万平方米;到2025年力争基本完成2000年底前建成的需要改造的老旧小区改造提升任务。",
          "Under Chongqing's implementing opinions of 2021 (Yufubanfa [2021] No. 82), old urban neighbourhoods built before the end of 2000 are renovated: 831 neighbourhoods and 26.62 million m² started in 2021, and basically all that need it by 2025.",
        )}
      </p>
      <p className="mt-2 leading-relaxed">
        {L(
          "改造内容分为基础类(水电气讯、排水、道路、消防、安防等安全和基本需要)、完善类(加装电梯、适老化和无障碍设施、停车、绿化等)和提升类(养老、托育、助餐等社区服务)。完善类和提升类由居民按“菜单式”表决决定,坚持共谋共建共管共评共享;资金由政府、居民、社会力量合理共担。",
          "Work is basic (utilities, drainage, roads, fire safety, security), improvement (lifts, ageing-friendly and barrier-free access, parking, greening) or upgrade (elderly care, childcare, meals). Residents choose the improvement and upgrade items by vote; government, residents and society share the cost.",
        )}
      </p>
    </section>
  );
}

export function PublicFigures({ data, locale }: { data: PublicProgress; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { city, target } = data;
  const shown = data.districts.filter((d) => d.targetNeighborhoods || d.plannedNeighborhoods || d.startedNeighborhoods || d.completedNeighborhoods);
  const categories: ContentCategory[] = ["BASIC", "IMPROVEMENT", "UPGRADE"];
  const used = data.workDone.filter((w) => w.items > 0);
  return (
    <>
      <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={L("全市进度", "City progress")} data-rate-scope>
        <div className={card} data-testid="public-target"><div className="text-sm text-slate-600">{L("年度目标", "Target")}</div><div className="mt-1 text-2xl font-semibold">{target ? L(`${formatCount(target.neighborhoods, locale)} 个小区`, `${formatCount(target.neighborhoods, locale)} neighbourhoods`) : L("未公布", "Not set")}</div>{target ? <div className="mt-1 text-xs text-slate-600">{formatArea(target.floorAreaM2, locale)} · {formatCount(target.households, locale)} {L("户", "households")}</div> : null}</div>
        <div className={card}><div className="text-sm text-slate-600">{L("计划改造小区", "Planned")}</div><div className="mt-1 text-2xl font-semibold">{formatCount(city.plannedNeighborhoods, locale)}</div><div className="mt-1 text-xs text-slate-600">{L("各区县已批准的年度计划", "in approved district plans")}</div></div>
        <div className={card} data-testid="public-started"><div className="text-sm text-slate-600">{L("已开工小区", "Started")}</div><div className="mt-1 text-2xl font-semibold">{formatCount(city.startedNeighborhoods, locale)}</div><div className="mt-1 text-xs text-slate-600">{L("开工率", "Start rate")} <Rate value={city.startRatePct} part={city.startedNeighborhoods - city.startedOutsidePlans} whole={city.plannedNeighborhoods} /> {rateBasisNote({ started: city.startedNeighborhoods, completed: city.completedNeighborhoods, startedOutsidePlans: city.startedOutsidePlans, completedOutsidePlans: city.completedOutsidePlans }, "start", locale)}</div></div>
        <div className={card} data-testid="public-completed"><div className="text-sm text-slate-600">{L("已完工小区", "Completed")}</div><div className="mt-1 text-2xl font-semibold">{formatCount(city.completedNeighborhoods, locale)}</div><div className="mt-1 text-xs text-slate-600">{L("完工率", "Completion rate")} <Rate value={city.completionRatePct} part={city.completedNeighborhoods - city.completedOutsidePlans} whole={city.plannedNeighborhoods} /> {rateBasisNote({ started: city.startedNeighborhoods, completed: city.completedNeighborhoods, startedOutsidePlans: city.startedOutsidePlans, completedOutsidePlans: city.completedOutsidePlans }, "completion", locale)}</div></div>
      </section>

      <section className={card} aria-labelledby="districts-heading">
        <h2 id="districts-heading" className="mb-2 text-lg font-semibold">{L("各区县进度", "Progress by district")}</h2>
        {shown.length === 0 ? (
          <p className="text-slate-700">{L(`${data.year}年尚无区县公布计划或开工数据。`, `No district has plans or starts for ${data.year} yet.`)}</p>
        ) : (
          <>
            <HorizontalBars data={shown.map((d) => ({ label: d.name, value: d.startedNeighborhoods }))} legend={L("已开工小区数(个)", "Neighbourhoods started")} />
            <div className="overflow-x-auto">
              <table className="mt-2 w-full text-left text-sm" data-testid="public-districts">
                <thead className="border-b text-slate-600">
                  <tr><th className="py-1.5 pr-2">{L("区县", "District")}</th><th className="py-1.5 pr-2 text-right">{L("计划小区", "Planned")}</th><th className="py-1.5 pr-2 text-right">{L("已开工", "Started")}</th><th className="py-1.5 pr-2 text-right">{L("开工率", "Start rate")}</th><th className="py-1.5 pr-2 text-right">{L("已完工", "Completed")}</th><th className="py-1.5 text-right">{L("完工率", "Completion rate")}</th></tr>
                </thead>
                <tbody>
                  {shown.map((d) => (
                    <tr key={d.code ?? d.name} className="border-b">
                      <td className="py-1.5 pr-2">{d.name}</td>
                      <td className="py-1.5 pr-2 text-right">{d.plannedNeighborhoods}</td>
                      <td className="py-1.5 pr-2 text-right">{d.startedNeighborhoods}</td>
                      <td className="py-1.5 pr-2 text-right"><Rate value={d.startRatePct} part={d.startedNeighborhoods} whole={d.plannedNeighborhoods} /></td>
                      <td className="py-1.5 pr-2 text-right">{d.completedNeighborhoods}</td>
                      <td className="py-1.5 text-right"><Rate value={d.completionRatePct} part={d.completedNeighborhoods} whole={d.plannedNeighborhoods} /></td>
                    </tr>
                  ))}
                  <tr className="font-semibold">
                    <td className="py-1.5 pr-2">{L("全市", "City")}</td>
                    <td className="py-1.5 pr-2 text-right">{city.plannedNeighborhoods}</td>
                    <td className="py-1.5 pr-2 text-right">{city.startedNeighborhoods}<OutsidePlans counted={city.startedNeighborhoods - city.startedOutsidePlans} outside={city.startedOutsidePlans} locale={locale} /></td>
                    <td className="py-1.5 pr-2 text-right"><Rate value={city.startRatePct} part={city.startedNeighborhoods - city.startedOutsidePlans} whole={city.plannedNeighborhoods} /></td>
                    <td className="py-1.5 pr-2 text-right">{city.completedNeighborhoods}<OutsidePlans counted={city.completedNeighborhoods - city.completedOutsidePlans} outside={city.completedOutsidePlans} locale={locale} /></td>
                    <td className="py-1.5 text-right"><Rate value={city.completionRatePct} part={city.completedNeighborhoods - city.completedOutsidePlans} whole={city.plannedNeighborhoods} /></td>
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        )}
        <p className="mt-2 text-xs text-slate-600">{L("开工指项目进入施工阶段或已登记开工日期;比率以各区县已批准的年度计划小区数为基数。", "Started: the project reached construction or has a start date; rates are over the neighbourhoods in approved plans.")}</p>
      </section>

      <section className={card} aria-labelledby="work-heading">
        <h2 id="work-heading" className="mb-2 text-lg font-semibold">{L("已开工项目的改造内容", "Kinds of work in started projects")}</h2>
        {used.length === 0 ? <p className="text-slate-700">{L(`${data.year}年度已开工项目尚无纳入的改造内容。`, `No work is included in started projects of ${data.year} yet.`)}</p> : null}
        <div className="grid gap-4 md:grid-cols-3">
          {categories.map((c) => {
            const rows = used.filter((w) => w.category === c);
            return (
              <div key={c}>
                <h3 className="font-semibold">{CATEGORY_LABELS[c][locale]}</h3>
                {rows.length === 0 ? <p className="text-sm text-slate-600">{L("暂无", "None yet")}</p> : (
                  <ul className="mt-1 space-y-0.5 text-sm" data-testid={`public-work-${c}`}>
                    {rows.map((w) => <li key={w.code}>{locale === "zh" ? w.name : w.nameEn}:{L(`${w.items} 项`, `${w.items}`)}</li>)}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        {data.otherItems > 0 ? <p className="mt-2 text-sm">{L(`另有区县自定改造内容 ${data.otherItems} 项。`, `Plus ${data.otherItems} items the districts defined themselves.`)}</p> : null}
      </section>

      <section className={card} aria-labelledby="open-data-heading">
        <h2 id="open-data-heading" className="mb-2 text-lg font-semibold">{L("开放数据", "Open data")}</h2>
        <p className="text-sm">
          {L("以上数据可下载:", "Download these figures: ")}
          <Link className="text-brand-700 underline" href={`/api/v1/public/progress?year=${data.year}`}>JSON</Link>
          {" · "}
          <Link className="text-brand-700 underline" href={`/api/v1/public/progress?year=${data.year}&format=csv`}>{L("CSV(可用Excel打开)", "CSV (opens in Excel)")}</Link>
        </p>
      </section>
    </>
  );
}
