// The public progress page's content: targets, progress by district, kinds of work, the policy.
import { rateBasisNote } from "@/modules/programme/rollup";
import Link from "next/link";
import type { ContentCategory } from "@/generated/prisma/enums";
import { formatArea, formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS } from "@/lib/labels";
import type { PublicProgress } from "../data";
import { HorizontalBars } from "./charts";
import { OutsidePlans, Rate } from "@/components/figures/rate";
import { useTranslations } from "next-intl";

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export function PolicyBlurb({}: { locale: Locale }) {
  const t = useTranslations();
  return (
    <section className={card} aria-labelledby="policy-heading">
      <h2 id="policy-heading" className="mb-2 text-lg font-semibold">
        {t("dashboards.publicProgress.aboutTheProgramme")}
      </h2>
      <p className="leading-relaxed">{t("dashboards.publicProgress.underChongqingSImplementingOpinionsOf")}</p>
      <p className="mt-2 leading-relaxed">{t("dashboards.publicProgress.workIsBasicUtilitiesDrainageRoads")}</p>
    </section>
  );
}

export function PublicFigures({ data, locale }: { data: PublicProgress; locale: Locale }) {
  const t = useTranslations();
  const { city, target } = data;
  const shown = data.districts.filter(
    (d) => d.targetNeighborhoods || d.plannedNeighborhoods || d.startedNeighborhoods || d.completedNeighborhoods,
  );
  const categories: ContentCategory[] = ["BASIC", "IMPROVEMENT", "UPGRADE"];
  const used = data.workDone.filter((w) => w.items > 0);
  return (
    <>
      <section
        className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t("dashboards.publicProgress.cityProgress")}
        data-rate-scope
      >
        <div className={card} data-testid="public-target">
          <div className="text-sm text-slate-600">{t("dashboards.publicProgress.target")}</div>
          <div className="mt-1 text-2xl font-semibold">
            {target
              ? t("dashboards.publicProgress.neighbourhoods", {
                  neighborhoods: Number(formatCount(target.neighborhoods, locale)),
                })
              : t("dashboards.publicProgress.notSet")}
          </div>
          {target ? (
            <div className="mt-1 text-xs text-slate-600">
              {formatArea(target.floorAreaM2, locale)} · {formatCount(target.households, locale)}{" "}
              {t("dashboards.publicProgress.households")}
            </div>
          ) : null}
        </div>
        <div className={card}>
          <div className="text-sm text-slate-600">{t("dashboards.publicProgress.planned")}</div>
          <div className="mt-1 text-2xl font-semibold">{formatCount(city.plannedNeighborhoods, locale)}</div>
          <div className="mt-1 text-xs text-slate-600">{t("dashboards.publicProgress.inApprovedDistrictPlans")}</div>
        </div>
        <div className={card} data-testid="public-started">
          <div className="text-sm text-slate-600">{t("dashboards.publicProgress.started")}</div>
          <div className="mt-1 text-2xl font-semibold">{formatCount(city.startedNeighborhoods, locale)}</div>
          <div className="mt-1 text-xs text-slate-600">
            {t("dashboards.publicProgress.startRate")}{" "}
            <Rate
              value={city.startRatePct}
              part={city.startedNeighborhoods - city.startedOutsidePlans}
              whole={city.plannedNeighborhoods}
            />{" "}
            {rateBasisNote(
              {
                started: city.startedNeighborhoods,
                completed: city.completedNeighborhoods,
                startedOutsidePlans: city.startedOutsidePlans,
                completedOutsidePlans: city.completedOutsidePlans,
              },
              "start",
              locale,
            )}
          </div>
        </div>
        <div className={card} data-testid="public-completed">
          <div className="text-sm text-slate-600">{t("dashboards.publicProgress.completed")}</div>
          <div className="mt-1 text-2xl font-semibold">{formatCount(city.completedNeighborhoods, locale)}</div>
          <div className="mt-1 text-xs text-slate-600">
            {t("dashboards.publicProgress.completionRate")}{" "}
            <Rate
              value={city.completionRatePct}
              part={city.completedNeighborhoods - city.completedOutsidePlans}
              whole={city.plannedNeighborhoods}
            />{" "}
            {rateBasisNote(
              {
                started: city.startedNeighborhoods,
                completed: city.completedNeighborhoods,
                startedOutsidePlans: city.startedOutsidePlans,
                completedOutsidePlans: city.completedOutsidePlans,
              },
              "completion",
              locale,
            )}
          </div>
        </div>
      </section>

      <section className={card} aria-labelledby="districts-heading">
        <h2 id="districts-heading" className="mb-2 text-lg font-semibold">
          {t("dashboards.publicProgress.progressByDistrict")}
        </h2>
        {shown.length === 0 ? (
          <p className="text-slate-700">
            {t("dashboards.publicProgress.noDistrictHasPlansOrStarts", { year: String(data.year) })}
          </p>
        ) : (
          <>
            <HorizontalBars
              data={shown.map((d) => ({ label: d.name, value: d.startedNeighborhoods }))}
              legend={t("dashboards.publicProgress.neighbourhoodsStarted")}
            />
            <div className="overflow-x-auto">
              <table className="mt-2 w-full text-left text-sm" data-testid="public-districts">
                <thead className="border-b text-slate-600">
                  <tr>
                    <th className="py-1.5 pr-2">{t("dashboards.publicProgress.district")}</th>
                    <th className="py-1.5 pr-2 text-right">{t("dashboards.publicProgress.planned_7de1b")}</th>
                    <th className="py-1.5 pr-2 text-right">{t("dashboards.publicProgress.started_e539c")}</th>
                    <th className="py-1.5 pr-2 text-right">{t("dashboards.publicProgress.startRate")}</th>
                    <th className="py-1.5 pr-2 text-right">{t("dashboards.publicProgress.completed_3f750")}</th>
                    <th className="py-1.5 text-right">{t("dashboards.publicProgress.completionRate")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((d) => (
                    <tr key={d.code ?? d.name} className="border-b">
                      <td className="py-1.5 pr-2">{d.name}</td>
                      <td className="py-1.5 pr-2 text-right">{d.plannedNeighborhoods}</td>
                      <td className="py-1.5 pr-2 text-right">{d.startedNeighborhoods}</td>
                      <td className="py-1.5 pr-2 text-right">
                        <Rate value={d.startRatePct} part={d.startedNeighborhoods} whole={d.plannedNeighborhoods} />
                      </td>
                      <td className="py-1.5 pr-2 text-right">{d.completedNeighborhoods}</td>
                      <td className="py-1.5 text-right">
                        <Rate
                          value={d.completionRatePct}
                          part={d.completedNeighborhoods}
                          whole={d.plannedNeighborhoods}
                        />
                      </td>
                    </tr>
                  ))}
                  <tr className="font-semibold">
                    <td className="py-1.5 pr-2">{t("dashboards.publicProgress.city")}</td>
                    <td className="py-1.5 pr-2 text-right">{city.plannedNeighborhoods}</td>
                    <td className="py-1.5 pr-2 text-right">
                      {city.startedNeighborhoods}
                      <OutsidePlans
                        counted={city.startedNeighborhoods - city.startedOutsidePlans}
                        outside={city.startedOutsidePlans}
                        locale={locale}
                      />
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      <Rate
                        value={city.startRatePct}
                        part={city.startedNeighborhoods - city.startedOutsidePlans}
                        whole={city.plannedNeighborhoods}
                      />
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      {city.completedNeighborhoods}
                      <OutsidePlans
                        counted={city.completedNeighborhoods - city.completedOutsidePlans}
                        outside={city.completedOutsidePlans}
                        locale={locale}
                      />
                    </td>
                    <td className="py-1.5 text-right">
                      <Rate
                        value={city.completionRatePct}
                        part={city.completedNeighborhoods - city.completedOutsidePlans}
                        whole={city.plannedNeighborhoods}
                      />
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        )}
        <p className="mt-2 text-xs text-slate-600">
          {t("dashboards.publicProgress.startedTheProjectReachedConstructionOr")}
        </p>
      </section>

      <section className={card} aria-labelledby="work-heading">
        <h2 id="work-heading" className="mb-2 text-lg font-semibold">
          {t("dashboards.publicProgress.kindsOfWorkInStartedProjects")}
        </h2>
        {used.length === 0 ? (
          <p className="text-slate-700">
            {t("dashboards.publicProgress.noWorkIsIncludedInStarted", { year: String(data.year) })}
          </p>
        ) : null}
        <div className="grid gap-4 md:grid-cols-3">
          {categories.map((c) => {
            const rows = used.filter((w) => w.category === c);
            return (
              <div key={c}>
                <h3 className="font-semibold">{CATEGORY_LABELS[c][locale]}</h3>
                {rows.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("dashboards.publicProgress.noneYet")}</p>
                ) : (
                  <ul className="mt-1 space-y-0.5 text-sm" data-testid={`public-work-${c}`}>
                    {rows.map((w) => (
                      <li key={w.code}>
                        {locale === "zh" ? w.name : w.nameEn}:
                        {t("dashboards.publicProgress.text313a5", { items: String(w.items) })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        {data.otherItems > 0 ? (
          <p className="mt-2 text-sm">
            {t("dashboards.publicProgress.plusItemsTheDistrictsDefinedThemselves", {
              otherItems: Number(data.otherItems),
            })}
          </p>
        ) : null}
      </section>

      <section className={card} aria-labelledby="open-data-heading">
        <h2 id="open-data-heading" className="mb-2 text-lg font-semibold">
          {t("dashboards.publicProgress.openData")}
        </h2>
        <p className="text-sm">
          {t("dashboards.publicProgress.downloadTheseFigures")}
          <Link className="text-brand-700 underline" href={`/api/v1/public/progress?year=${data.year}`}>
            JSON
          </Link>
          {" · "}
          <Link className="text-brand-700 underline" href={`/api/v1/public/progress?year=${data.year}&format=csv`}>
            {t("dashboards.publicProgress.csvOpensInExcel")}
          </Link>
        </p>
      </section>
    </>
  );
}
