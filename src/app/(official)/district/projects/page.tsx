import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { listProjects, overdueMilestones, PROJECT_PAGE_SIZE } from "@/modules/projects/queries";
import { ProjectListQuery } from "@/modules/projects/schema";
import { STAGE_ORDER } from "@/modules/projects/stages";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "改造项目", en: "Projects" });

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const query = ProjectListQuery.catch({ page: 1 }).parse(await searchParams);
  const [list, overdue] = await Promise.all([listProjects(actor, query), overdueMilestones(actor)]);
  const commission = actor.role === "COMMISSION";
  const pages = Math.max(1, Math.ceil(list.total / PROJECT_PAGE_SIZE));
  const pageLink = (page: number) => `/district/projects?${new URLSearchParams({ ...(query.stage ? { stage: query.stage } : {}), ...(query.year ? { year: String(query.year) } : {}), ...(query.district ? { district: query.district } : {}), page: String(page) })}`;
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={commission ? L("全市改造项目", "Projects city-wide") : L("本区县改造项目", "Your district's projects")}>{L("改造项目", "Projects")}</PageTitle>
      {!commission ? (
        <Link href="/district/projects/new" className="mb-4 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white">{L("新建项目", "New project")}</Link>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={L("项目", "Projects")}>
            <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/district/projects">
              <label className="flex flex-col">
                <span className="text-slate-600">{L("阶段", "Stage")}</span>
                <select name="stage" defaultValue={query.stage ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
                  <option value="">{L("全部", "All")}</option>
                  {STAGE_ORDER.map((s) => <option key={s} value={s}>{STAGE_LABELS[s][locale]}</option>)}
                </select>
              </label>
              <label className="flex flex-col">
                <span className="text-slate-600">{L("年度", "Year")}</span>
                <input name="year" type="number" defaultValue={query.year ?? ""} className="w-24 rounded border border-slate-300 px-2 py-1.5" />
              </label>
              {commission && query.district ? <input type="hidden" name="district" value={query.district} /> : null}
              <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{L("筛选", "Filter")}</button>
            </form>
            <DataTable
              caption={commission ? L("全市改造项目", "Projects city-wide") : L("本区县改造项目", "Your district's projects")}
              rows={list.rows}
              rowKey={(p) => p.id}
              empty={L("暂无项目", "No projects")}
              columns={[
                { key: "name", header: L("项目", "Project"), cell: (p) => <Link href={`/district/projects/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link> },
                ...(commission ? [{ key: "district", header: L("区县", "District"), cell: (p: (typeof list.rows)[number]) => p.district.name }] : []),
                { key: "year", header: L("年度", "Year"), cell: (p) => p.year },
                { key: "stage", header: L("阶段", "Stage"), cell: (p) => STAGE_LABELS[p.stage][locale] },
                { key: "neighborhoods", header: L("小区", "Neighbourhoods"), align: "right", cell: (p) => p._count.neighborhoods },
                { key: "overdue", header: L("逾期节点", "Overdue"), align: "right", cell: (p) => (p._count.milestones ? <span className="font-semibold text-red-700">{p._count.milestones}</span> : "—") },
              ]}
            />
            <nav className="mt-3 flex items-center justify-between text-sm" aria-label={L("分页", "Pagination")}>
              <span>{L(`第 ${query.page} / ${pages} 页,共 ${list.total} 个`, `Page ${query.page} of ${pages}, ${list.total} in all`)}</span>
              <span className="flex gap-3">
                {query.page > 1 ? <Link href={pageLink(query.page - 1)} className="text-brand-700">{L("上一页", "Previous")}</Link> : null}
                {query.page < pages ? <Link href={pageLink(query.page + 1)} className="text-brand-700">{L("下一页", "Next")}</Link> : null}
              </span>
            </nav>
          </Card>
        </div>
        <Card title={L(`逾期节点(${overdue.length})`, `Overdue milestones (${overdue.length})`)}>
          <ul className="space-y-2 text-sm" data-testid="overdue-list">
            {overdue.map((m) => (
              <li key={m.id} className="rounded bg-red-50 px-3 py-2">
                <Link href={`/district/projects/${m.project.id}`} className="font-medium text-brand-700 hover:underline">{m.project.name}</Link>
                <div className="text-slate-700">{m.name} · {L("计划", "planned")} {formatDate(m.plannedEnd, locale)} · {m.progress}%{commission ? ` · ${m.project.district.name}` : ""}</div>
              </li>
            ))}
            {overdue.length === 0 ? <li className="text-slate-500">{L("没有逾期节点", "Nothing overdue")}</li> : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
