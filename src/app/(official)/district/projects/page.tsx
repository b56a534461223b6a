import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { listProjects, overdueMilestones, PROJECT_PAGE_SIZE } from "@/modules/projects/queries";
import { ProjectListQuery } from "@/modules/projects/schema";
import { STAGE_ORDER } from "@/modules/projects/stages";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtProjects.projects");

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const query = ProjectListQuery.catch({ page: 1 }).parse(await searchParams);
  const [list, overdue] = await Promise.all([listProjects(actor, query), overdueMilestones(actor)]);
  const commission = actor.role === "COMMISSION";
  const pages = Math.max(1, Math.ceil(list.total / PROJECT_PAGE_SIZE));
  const pageLink = (page: number) =>
    `/district/projects?${new URLSearchParams({ ...(query.stage ? { stage: query.stage } : {}), ...(query.year ? { year: String(query.year) } : {}), ...(query.district ? { district: query.district } : {}), page: String(page) })}`;
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          commission
            ? t("routes.districtProjects.projectsCityWide")
            : t("routes.districtProjects.yourDistrictSProjects")
        }
      >
        {t("routes.districtProjects.projects")}
      </PageTitle>
      {!commission ? (
        <Link
          href="/district/projects/new"
          className="mb-4 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white"
        >
          {t("routes.districtProjects.newProject")}
        </Link>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("routes.districtProjects.projects_7fd44")}>
            <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/district/projects">
              <label className="flex flex-col">
                <span className="text-slate-600">{t("routes.districtProjects.stage")}</span>
                <select
                  name="stage"
                  defaultValue={query.stage ?? ""}
                  className="rounded border border-slate-300 px-2 py-1.5"
                >
                  <option value="">{t("routes.districtProjects.all")}</option>
                  {STAGE_ORDER.map((s) => (
                    <option key={s} value={s}>
                      {STAGE_LABELS[s][locale]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col">
                <span className="text-slate-600">{t("routes.districtProjects.year")}</span>
                <input
                  name="year"
                  type="number"
                  defaultValue={query.year ?? ""}
                  className="w-24 rounded border border-slate-300 px-2 py-1.5"
                />
              </label>
              {commission && query.district ? <input type="hidden" name="district" value={query.district} /> : null}
              <button className="rounded bg-brand-600 px-3 py-1.5 text-white">
                {t("routes.districtProjects.filter")}
              </button>
            </form>
            <DataTable
              caption={
                commission
                  ? t("routes.districtProjects.projectsCityWide")
                  : t("routes.districtProjects.yourDistrictSProjects")
              }
              rows={list.rows}
              rowKey={(p) => p.id}
              empty={t("routes.districtProjects.noProjects")}
              columns={[
                {
                  key: "name",
                  header: t("routes.districtProjects.project"),
                  cell: (p) => (
                    <Link href={`/district/projects/${p.id}`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                  ),
                },
                ...(commission
                  ? [
                      {
                        key: "district",
                        header: t("routes.districtProjects.district"),
                        cell: (p: (typeof list.rows)[number]) => p.district.name,
                      },
                    ]
                  : []),
                { key: "year", header: t("routes.districtProjects.year"), cell: (p) => p.year },
                {
                  key: "stage",
                  header: t("routes.districtProjects.stage"),
                  cell: (p) => STAGE_LABELS[p.stage][locale],
                },
                {
                  key: "neighborhoods",
                  header: t("routes.districtProjects.neighbourhoods"),
                  align: "right",
                  cell: (p) => p._count.neighborhoods,
                },
                {
                  key: "overdue",
                  header: t("routes.districtProjects.overdue"),
                  align: "right",
                  cell: (p) =>
                    p._count.milestones ? (
                      <span className="font-semibold text-red-700">{p._count.milestones}</span>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
            <nav
              className="mt-3 flex items-center justify-between text-sm"
              aria-label={t("routes.districtProjects.pagination")}
            >
              <span>
                {t("routes.districtProjects.pageOfInAll", {
                  page: String(query.page),
                  pages: String(pages),
                  total: String(list.total),
                })}
              </span>
              <span className="flex gap-3">
                {query.page > 1 ? (
                  <Link href={pageLink(query.page - 1)} className="text-brand-700">
                    {t("routes.districtProjects.previous")}
                  </Link>
                ) : null}
                {query.page < pages ? (
                  <Link href={pageLink(query.page + 1)} className="text-brand-700">
                    {t("routes.districtProjects.next")}
                  </Link>
                ) : null}
              </span>
            </nav>
          </Card>
        </div>
        <Card title={t("routes.districtProjects.overdueMilestones", { overdueCount: String(overdue.length) })}>
          <ul className="space-y-2 text-sm" data-testid="overdue-list">
            {overdue.map((m) => (
              <li key={m.id} className="rounded bg-red-50 px-3 py-2">
                <Link
                  href={`/district/projects/${m.project.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {m.project.name}
                </Link>
                <div className="text-slate-700">
                  {m.name} · {t("routes.districtProjects.planned")} {formatDate(m.plannedEnd, locale)} · {m.progress}%
                  {commission ? ` · ${m.project.district.name}` : ""}
                </div>
              </li>
            ))}
            {overdue.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtProjects.nothingOverdue")}</li>
            ) : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
