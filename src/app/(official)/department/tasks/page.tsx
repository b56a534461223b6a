import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { CalendarNote } from "@/components/calendar-note";
import { DataTable } from "@/components/data-table";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { TaskStatusBadge } from "@/modules/departments/components/task-status";
import { EscalationFreshness } from "@/modules/departments/components/escalation-freshness";
import { TASK_KIND_LABELS, TASK_STATUS_LABELS } from "@/modules/departments/labels";
import { departmentQueue, escalationFreshness } from "@/modules/departments/queries";
import { QueueFilters, TASK_STATUSES } from "@/modules/departments/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "部门任务", en: "Department tasks" });

const input = "rounded border border-slate-300 px-2 py-1.5";

export default async function DepartmentTasksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const filter = QueueFilters.catch({ overdue: false }).parse(await searchParams);
  // Reading only: a task shows overdue as of now; its escalation comes from the daily job.
  const [{ tasks, districts }, freshness] = await Promise.all([departmentQueue(actor, filter), escalationFreshness(actor)]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("分派到本部门的检验、签认、协调和手续任务,逾期的排在最前", "Inspections, sign-offs, coordination and procedures routed to your department; overdue first")}>{L("任务办理", "Task queue")}</PageTitle>
      <EscalationFreshness lastRun={freshness.lastRun} stale={freshness.stale} locale={locale} />
      <Card title={L(`任务(${tasks.length})`, `Tasks (${tasks.length})`)}>
        <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/department/tasks">
          <label className="flex flex-col">
            <span className="text-slate-600">{L("状态", "Status")}</span>
            <select name="status" defaultValue={filter.status ?? ""} className={input}>
              <option value="">{L("全部", "All")}</option>
              {TASK_STATUSES.map((s) => <option key={s} value={s}>{TASK_STATUS_LABELS[s][locale]}</option>)}
            </select>
          </label>
          <label className="flex flex-col">
            <span className="text-slate-600">{L("区县", "District")}</span>
            <select name="district" defaultValue={filter.district ?? ""} className={input}>
              <option value="">{L("全部", "All")}</option>
              {districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <label className="flex items-center gap-1 py-1.5">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} /> {L("仅看逾期", "Overdue only")}
          </label>
          <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{L("筛选", "Filter")}</button>
        </form>
        <DataTable
          caption={L("本部门的任务", "Your department's tasks")}
          testId="task-queue"
          rows={tasks}
          rowKey={(t) => t.id}
          rowClassName={(t) => (t.overdue ? "bg-red-50" : "")}
          empty={L("没有符合条件的任务", "No tasks match")}
          columns={[
            {
              key: "task",
              header: L("任务", "Task"),
              cell: (t) => (
                <>
                  <Link href={`/department/tasks/${t.id}`} className="text-brand-700 hover:underline">{t.title}</Link>
                  <div className="text-xs text-slate-500">
                    {TASK_KIND_LABELS[t.kind][locale]}
                    {t.projectItem ? ` · ${locale === "zh" ? t.projectItem.catalogueItem.name : t.projectItem.catalogueItem.nameEn}` : ""}
                    {t.requiredForAcceptance ? L(" · 联合验收前须办结", " · needed before joint acceptance") : ""}
                  </div>
                </>
              ),
            },
            { key: "project", header: L("项目", "Project"), cell: (t) => <>{t.project.name}<div className="text-xs text-slate-500">{t.project.code}</div></> },
            { key: "district", header: L("区县", "District"), cell: (t) => t.project.district.name },
            {
              key: "due",
              header: L("办理期限", "Due"),
              cell: (t) => (
                <>
                  {formatDate(t.dueOn, locale)}
                  <CalendarNote dueOn={t.dueOn} locale={locale} />
                  {t.overdue ? <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">{L("逾期", "Overdue")}</span> : null}
                  {t.overdue && t.escalatedAt ? <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">{L("已督办", "Escalated")}</span> : null}
                </>
              ),
            },
            { key: "status", header: L("状态", "Status"), cell: (t) => <TaskStatusBadge status={t.status} locale={locale} /> },
          ]}
        />
      </Card>
    </AppShell>
  );
}
