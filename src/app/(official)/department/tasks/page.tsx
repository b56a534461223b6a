import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { CalendarNote } from "@/components/calendar-note";
import { DataTable } from "@/components/data-table";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { TaskStatusBadge } from "@/modules/departments/components/task-status";
import { EscalationFreshness } from "@/modules/departments/components/escalation-freshness";
import { TASK_KIND_LABELS, TASK_STATUS_LABELS } from "@/modules/departments/labels";
import { departmentQueue, escalationFreshness } from "@/modules/departments/queries";
import { QueueFilters, TASK_STATUSES } from "@/modules/departments/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.departmentTasks.departmentTasks");

const input = "rounded border border-slate-300 px-2 py-1.5";

export default async function DepartmentTasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  const filter = QueueFilters.catch({ overdue: false }).parse(await searchParams);
  // Reading only: a task shows overdue as of now; its escalation comes from the daily job.
  const [{ tasks, districts }, freshness] = await Promise.all([
    departmentQueue(actor, filter),
    escalationFreshness(actor),
  ]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={tr("routes.departmentTasks.inspectionsSignOffsCoordinationAndProcedures")}>
        {tr("routes.departmentTasks.taskQueue")}
      </PageTitle>
      <EscalationFreshness lastRun={freshness.lastRun} stale={freshness.stale} locale={locale} />
      <Card title={tr("routes.departmentTasks.tasks", { tasksCount: String(tasks.length) })}>
        <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" action="/department/tasks">
          <label className="flex flex-col">
            <span className="text-slate-600">{tr("routes.departmentTasks.status")}</span>
            <select name="status" defaultValue={filter.status ?? ""} className={input}>
              <option value="">{tr("routes.departmentTasks.all")}</option>
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {TASK_STATUS_LABELS[s][locale]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            <span className="text-slate-600">{tr("routes.departmentTasks.district")}</span>
            <select name="district" defaultValue={filter.district ?? ""} className={input}>
              <option value="">{tr("routes.departmentTasks.all")}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1 py-1.5">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />{" "}
            {tr("routes.departmentTasks.overdueOnly")}
          </label>
          <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{tr("routes.departmentTasks.filter")}</button>
        </form>
        <DataTable
          caption={tr("routes.departmentTasks.yourDepartmentSTasks")}
          testId="task-queue"
          rows={tasks}
          rowKey={(t) => t.id}
          rowClassName={(t) => (t.overdue ? "bg-red-50" : "")}
          empty={tr("routes.departmentTasks.noTasksMatch")}
          columns={[
            {
              key: "task",
              header: tr("routes.departmentTasks.task"),
              cell: (t) => (
                <>
                  <Link href={`/department/tasks/${t.id}`} className="text-brand-700 hover:underline">
                    {t.title}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {TASK_KIND_LABELS[t.kind][locale]}
                    {t.projectItem
                      ? ` · ${locale === "zh" ? t.projectItem.catalogueItem.name : t.projectItem.catalogueItem.nameEn}`
                      : ""}
                    {t.requiredForAcceptance ? tr("routes.departmentTasks.neededBeforeJointAcceptance") : ""}
                  </div>
                </>
              ),
            },
            {
              key: "project",
              header: tr("routes.departmentTasks.project"),
              cell: (t) => (
                <>
                  {t.project.name}
                  <div className="text-xs text-slate-500">{t.project.code}</div>
                </>
              ),
            },
            { key: "district", header: tr("routes.departmentTasks.district"), cell: (t) => t.project.district.name },
            {
              key: "due",
              header: tr("routes.departmentTasks.due"),
              cell: (t) => (
                <>
                  {formatDate(t.dueOn, locale)}
                  <CalendarNote dueOn={t.dueOn} locale={locale} />
                  {t.overdue ? (
                    <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">
                      {tr("routes.departmentTasks.overdue")}
                    </span>
                  ) : null}
                  {t.overdue && t.escalatedAt ? (
                    <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">
                      {tr("routes.departmentTasks.escalated")}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              key: "status",
              header: tr("routes.departmentTasks.status"),
              cell: (t) => <TaskStatusBadge status={t.status} locale={locale} />,
            },
          ]}
        />
      </Card>
    </AppShell>
  );
}
