import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { STAGE_LABELS } from "@/lib/labels";
import type { listNeighborhoods } from "../queries";
import type { NeighborhoodListFilters } from "../schema";
import { STAGE_FILTERS } from "../schema";
import { useTranslations } from "next-intl";

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
  const t = useTranslations();
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      if (value !== undefined && key !== "page") params.set(key, String(value));
    params.set("page", String(page));
    return `/district/neighborhoods?${params}`;
  };
  const select = "rounded border border-slate-300 px-2 py-1.5";
  return (
    <div>
      <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/district/neighborhoods" role="search">
        <label className="flex flex-col">
          <span className="text-slate-600">{t("neighborhoods.neighborhoodList.nameOrAddress")}</span>
          <input name="q" defaultValue={filters.q ?? ""} className="rounded border border-slate-300 px-3 py-1.5" />
        </label>
        {districts ? (
          <label className="flex flex-col">
            <span className="text-slate-600">{t("neighborhoods.neighborhoodList.district")}</span>
            <select name="district" defaultValue={filters.district ?? ""} className={select}>
              <option value="">{t("neighborhoods.neighborhoodList.all")}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col">
          <span className="text-slate-600">{t("neighborhoods.neighborhoodList.street")}</span>
          <select name="street" defaultValue={filters.street ?? ""} className={select} disabled={streets.length === 0}>
            <option value="">{t("neighborhoods.neighborhoodList.all")}</option>
            {streets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{t("neighborhoods.neighborhoodList.inScope")}</span>
          <select name="eligible" defaultValue={filters.eligible ?? ""} className={select}>
            <option value="">{t("neighborhoods.neighborhoodList.all")}</option>
            <option value="yes">{t("neighborhoods.neighborhoodList.inScope_15faf")}</option>
            <option value="no">{t("neighborhoods.neighborhoodList.outOfScope")}</option>
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{t("neighborhoods.neighborhoodList.projectStage")}</span>
          <select name="stage" defaultValue={filters.stage ?? ""} className={select}>
            <option value="">{t("neighborhoods.neighborhoodList.all")}</option>
            {STAGE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === "NONE" ? t("neighborhoods.neighborhoodList.notInAProject") : STAGE_LABELS[s][locale]}
              </option>
            ))}
          </select>
        </label>
        {filters.progress ? <input type="hidden" name="progress" value={filters.progress} /> : null}
        {filters.year ? <input type="hidden" name="year" value={filters.year} /> : null}
        <button className="rounded bg-brand-600 px-3 py-1.5 text-white">
          {t("neighborhoods.neighborhoodList.filter")}
        </button>
      </form>
      {filters.progress ? (
        <p className="mb-3 text-sm" data-testid="progress-filter">
          {filters.progress === "started"
            ? t("neighborhoods.neighborhoodList.onlyNeighbourhoodsInStartedProjects", {
                year: String(filters.year ?? ""),
                hasYear: String(Boolean(filters.year)),
                year2: String(filters.year),
              })
            : t("neighborhoods.neighborhoodList.onlyNeighbourhoodsInCompletedProjects", {
                year: String(filters.year ?? ""),
                hasYear: String(Boolean(filters.year)),
                year2: String(filters.year),
              })}
          {" · "}
          <Link href="/district/neighborhoods" className="text-brand-700 underline">
            {t("neighborhoods.neighborhoodList.clear")}
          </Link>
        </p>
      ) : null}
      <table className="w-full text-left text-sm" data-testid="neighborhood-list">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-2 pr-2">{t("neighborhoods.neighborhoodList.neighbourhood")}</th>
            {districts ? <th className="py-2 pr-2">{t("neighborhoods.neighborhoodList.district")}</th> : null}
            <th className="py-2 pr-2">{t("neighborhoods.neighborhoodList.street")}</th>
            <th className="py-2 pr-2 text-right">{t("neighborhoods.neighborhoodList.built")}</th>
            <th className="py-2 pr-2 text-right">{t("neighborhoods.neighborhoodList.dwellings")}</th>
            <th className="py-2 pr-2">{t("neighborhoods.neighborhoodList.inScope")}</th>
            <th className="py-2">{t("neighborhoods.neighborhoodList.stage")}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((n) => (
            <tr key={n.id} className="border-b last:border-0">
              <td className="py-1.5 pr-2">
                <Link
                  className="text-brand-700 underline-offset-2 hover:underline"
                  href={`/district/neighborhoods/${n.id}`}
                >
                  {n.name}
                </Link>
              </td>
              {districts ? <td className="py-1.5 pr-2">{n.district.name}</td> : null}
              <td className="py-1.5 pr-2">{n.street?.name ?? "—"}</td>
              <td className="py-1.5 pr-2 text-right">{n.completionYear}</td>
              <td className="py-1.5 pr-2 text-right">{n.dwellingCount}</td>
              <td className="py-1.5 pr-2" title={n.eligibility.reason[locale]}>
                {n.eligibility.eligible ? (
                  <span className="text-green-700">{t("neighborhoods.neighborhoodList.yes")}</span>
                ) : (
                  <span className="text-slate-500">{t("neighborhoods.neighborhoodList.no")}</span>
                )}
              </td>
              <td className="py-1.5">
                {n.projects.map((p) => STAGE_LABELS[p.project.stage][locale]).join("、") || "—"}
              </td>
            </tr>
          ))}
          {list.rows.length === 0 ? (
            <tr>
              <td colSpan={7} className="py-4 text-center text-slate-500">
                {t("neighborhoods.neighborhoodList.noNeighbourhoodsMatch")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <nav
        className="mt-3 flex items-center justify-between text-sm"
        aria-label={t("neighborhoods.neighborhoodList.pagination")}
      >
        <span>
          {t("neighborhoods.neighborhoodList.pageOfInAll", {
            page: String(filters.page),
            pages: String(pages),
            total: String(list.total),
          })}
        </span>
        <span className="flex gap-3">
          {filters.page > 1 ? (
            <Link href={pageLink(filters.page - 1)} className="text-brand-700">
              {t("neighborhoods.neighborhoodList.previous")}
            </Link>
          ) : null}
          {filters.page < pages ? (
            <Link href={pageLink(filters.page + 1)} className="text-brand-700">
              {t("neighborhoods.neighborhoodList.next")}
            </Link>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
