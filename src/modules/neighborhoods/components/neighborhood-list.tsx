import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { STAGE_LABELS } from "@/lib/labels";
import type { listNeighborhoods } from "../queries";
import type { NeighborhoodListFilters } from "../schema";
import { STAGE_FILTERS } from "../schema";

type Option = { id: string; name: string };

/** The registry list with its GET filter form; every filter lives in the URL so a page can be shared. */
export function NeighborhoodList({
  locale,
  list,
  filters,
  pageSize,
  streets,
  districts,
}: {
  locale: Locale;
  list: Awaited<ReturnType<typeof listNeighborhoods>>;
  filters: NeighborhoodListFilters;
  pageSize: number;
  streets: Option[];
  districts: Option[] | null;
}) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value !== undefined && key !== "page") params.set(key, String(value));
    params.set("page", String(page));
    return `/district/neighborhoods?${params}`;
  };
  const select = "rounded border border-slate-300 px-2 py-1.5";
  return (
    <div>
      <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/district/neighborhoods" role="search">
        <label className="flex flex-col">
          <span className="text-slate-600">{L("名称或地址", "Name or address")}</span>
          <input name="q" defaultValue={filters.q ?? ""} className="rounded border border-slate-300 px-3 py-1.5" />
        </label>
        {districts ? (
          <label className="flex flex-col">
            <span className="text-slate-600">{L("区县", "District")}</span>
            <select name="district" defaultValue={filters.district ?? ""} className={select}>
              <option value="">{L("全部", "All")}</option>
              {districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col">
          <span className="text-slate-600">{L("街道", "Street")}</span>
          <select name="street" defaultValue={filters.street ?? ""} className={select} disabled={streets.length === 0}>
            <option value="">{L("全部", "All")}</option>
            {streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{L("改造范围", "In scope")}</span>
          <select name="eligible" defaultValue={filters.eligible ?? ""} className={select}>
            <option value="">{L("全部", "All")}</option>
            <option value="yes">{L("纳入", "In scope")}</option>
            <option value="no">{L("不纳入", "Out of scope")}</option>
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{L("项目阶段", "Project stage")}</span>
          <select name="stage" defaultValue={filters.stage ?? ""} className={select}>
            <option value="">{L("全部", "All")}</option>
            {STAGE_FILTERS.map((s) => (
              <option key={s} value={s}>{s === "NONE" ? L("未纳入项目", "Not in a project") : STAGE_LABELS[s][locale]}</option>
            ))}
          </select>
        </label>
        {filters.progress ? <input type="hidden" name="progress" value={filters.progress} /> : null}
        {filters.year ? <input type="hidden" name="year" value={filters.year} /> : null}
        <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{L("筛选", "Filter")}</button>
      </form>
      {filters.progress ? (
        <p className="mb-3 text-sm" data-testid="progress-filter">
          {filters.progress === "started" ? L(`仅显示${filters.year ?? ""}${filters.year ? "年度" : ""}已开工项目的小区`, `Only neighbourhoods in started projects${filters.year ? ` of ${filters.year}` : ""}`) : L(`仅显示${filters.year ?? ""}${filters.year ? "年度" : ""}已完工项目的小区`, `Only neighbourhoods in completed projects${filters.year ? ` of ${filters.year}` : ""}`)}
          {" · "}<Link href="/district/neighborhoods" className="text-brand-700 underline">{L("清除", "Clear")}</Link>
        </p>
      ) : null}
      <table className="w-full text-left text-sm" data-testid="neighborhood-list">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-2 pr-2">{L("小区", "Neighbourhood")}</th>
            {districts ? <th className="py-2 pr-2">{L("区县", "District")}</th> : null}
            <th className="py-2 pr-2">{L("街道", "Street")}</th>
            <th className="py-2 pr-2 text-right">{L("建成年份", "Built")}</th>
            <th className="py-2 pr-2 text-right">{L("户数", "Dwellings")}</th>
            <th className="py-2 pr-2">{L("改造范围", "In scope")}</th>
            <th className="py-2">{L("项目阶段", "Stage")}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((n) => (
            <tr key={n.id} className="border-b last:border-0">
              <td className="py-1.5 pr-2">
                <Link className="text-brand-700 underline-offset-2 hover:underline" href={`/district/neighborhoods/${n.id}`}>{n.name}</Link>
              </td>
              {districts ? <td className="py-1.5 pr-2">{n.district.name}</td> : null}
              <td className="py-1.5 pr-2">{n.street?.name ?? "—"}</td>
              <td className="py-1.5 pr-2 text-right">{n.completionYear}</td>
              <td className="py-1.5 pr-2 text-right">{n.dwellingCount}</td>
              <td className="py-1.5 pr-2" title={n.eligibility.reason[locale]}>
                {n.eligibility.eligible ? <span className="text-green-700">{L("纳入", "Yes")}</span> : <span className="text-slate-500">{L("不纳入", "No")}</span>}
              </td>
              <td className="py-1.5">{n.projects.map((p) => STAGE_LABELS[p.project.stage][locale]).join("、") || "—"}</td>
            </tr>
          ))}
          {list.rows.length === 0 ? (
            <tr><td colSpan={7} className="py-4 text-center text-slate-500">{L("没有符合条件的小区", "No neighbourhoods match")}</td></tr>
          ) : null}
        </tbody>
      </table>
      <nav className="mt-3 flex items-center justify-between text-sm" aria-label={L("分页", "Pagination")}>
        <span>{L(`第 ${filters.page} / ${pages} 页,共 ${list.total} 个`, `Page ${filters.page} of ${pages}, ${list.total} in all`)}</span>
        <span className="flex gap-3">
          {filters.page > 1 ? <Link href={pageLink(filters.page - 1)} className="text-brand-700">{L("上一页", "Previous")}</Link> : null}
          {filters.page < pages ? <Link href={pageLink(filters.page + 1)} className="text-brand-700">{L("下一页", "Next")}</Link> : null}
        </span>
      </nav>
    </div>
  );
}
