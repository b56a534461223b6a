import Link from "next/link";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import type { ProjectStage } from "@/generated/prisma/enums";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { listNeighborhoods, NEIGHBORHOOD_PAGE_SIZE } from "@/modules/neighborhoods/queries";
import { NeighborhoodListQuery } from "@/modules/neighborhoods/schema";
import { overdueMilestoneCount, projectStageCounts, recentProjects } from "@/modules/projects/queries";

export const metadata = { title: "区县工作台" };

export default async function DistrictHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const query = NeighborhoodListQuery.catch({ page: 1 }).parse(await searchParams);
  const [list, stages, projects, overdue] = await Promise.all([
    listNeighborhoods(actor, query),
    projectStageCounts(actor),
    recentProjects(actor, 8),
    overdueMilestoneCount(actor),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / NEIGHBORHOOD_PAGE_SIZE));
  const projectTotal = Object.values(stages).reduce((a, b) => a + b, 0);
  const pageLink = (page: number) => `/district?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("本区县的小区、项目与待办", "Your district's neighbourhoods, projects and to-dos")}>
        {L("区县工作台", "District overview")}
      </PageTitle>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <StatCard label={L("登记小区", "Neighbourhoods")} value={list.total} />
        <StatCard label={L("改造项目", "Projects")} value={projectTotal} />
        <StatCard label={L("施工中", "Under construction")} value={stages.CONSTRUCTION ?? 0} />
        <StatCard label={L("逾期节点", "Overdue milestones")} value={overdue} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={L("小区名录", "Neighbourhoods")}>
            <form className="mb-3 flex gap-2" action="/district">
              <label htmlFor="q" className="sr-only">{L("按名称搜索", "Search by name")}</label>
              <input id="q" name="q" defaultValue={query.q ?? ""} placeholder={L("按名称搜索", "Search by name")} className="flex-1 rounded border border-slate-300 px-3 py-1.5" />
              <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{L("搜索", "Search")}</button>
            </form>
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{L("小区", "Neighbourhood")}</th>
                  <th className="py-2 pr-2">{L("街道", "Street")}</th>
                  <th className="py-2 pr-2 text-right">{L("建成年份", "Built")}</th>
                  <th className="py-2 pr-2 text-right">{L("户数", "Dwellings")}</th>
                  <th className="py-2">{L("改造范围", "In scope")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((n) => (
                  <tr key={n.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-2">
                      <Link className="text-brand-700 underline-offset-2 hover:underline" href={`/district/neighborhoods/${n.id}`}>{n.name}</Link>
                    </td>
                    <td className="py-1.5 pr-2">{n.street?.name ?? "—"}</td>
                    <td className="py-1.5 pr-2 text-right">{n.completionYear}</td>
                    <td className="py-1.5 pr-2 text-right">{n._count.dwellings}</td>
                    <td className="py-1.5" title={n.eligibility.reason}>
                      {n.eligibility.eligible ? <span className="text-green-700">{L("是", "Yes")}</span> : <span className="text-slate-500">{L("否", "No")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav className="mt-3 flex items-center justify-between text-sm" aria-label={L("分页", "Pagination")}>
              <span>{L(`第 ${query.page} / ${pages} 页,共 ${list.total} 个`, `Page ${query.page} of ${pages}, ${list.total} in all`)}</span>
              <span className="flex gap-3">
                {query.page > 1 ? <Link href={pageLink(query.page - 1)} className="text-brand-700">{L("上一页", "Previous")}</Link> : null}
                {query.page < pages ? <Link href={pageLink(query.page + 1)} className="text-brand-700">{L("下一页", "Next")}</Link> : null}
              </span>
            </nav>
          </Card>
        </div>
        <Card title={L("项目", "Projects")}>
          <ul className="space-y-2 text-sm">
            {projects.map((p) => (
              <li key={p.id} className="rounded bg-slate-50 px-3 py-2">
                <div className="font-medium">{p.name}</div>
                <div className="text-slate-600">{p.year} · {STAGE_LABELS[p.stage as ProjectStage][locale]}</div>
              </li>
            ))}
            {projects.length === 0 ? <li className="text-slate-500">{L("暂无项目", "No projects yet")}</li> : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
