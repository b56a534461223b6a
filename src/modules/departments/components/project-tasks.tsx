// The project page's panel: the department tasks routed from the project's items, their status,
// what is overdue and which sign-offs joint acceptance still waits for.
import type { Actor } from "@/lib/auth/actor";
import { CalendarNote } from "@/components/calendar-note";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { TASK_KIND_LABELS } from "../labels";
import { projectTasks } from "../queries";
import { TaskStatusBadge } from "./task-status";
import { getTranslations } from "next-intl/server";

export async function ProjectTasksPanel({
  actor,
  projectId,
  locale,
}: {
  actor: Actor;
  projectId: string;
  locale: Locale;
}) {
  const tr = await getTranslations();
  const tasks = await projectTasks(actor, projectId);
  const pending = [
    ...new Set(
      tasks
        .filter((t) => t.requiredForAcceptance && t.status !== "DONE" && t.status !== "CANCELLED")
        .map((t) => t.department.name),
    ),
  ];
  const overdue = tasks.filter((t) => t.overdue).length;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="project-tasks">
      <h2 className="mb-3 text-lg font-semibold">{tr("departments.projectTasks.departmentTasks")}</h2>
      {overdue ? (
        <p
          className="mb-2 rounded bg-red-50 px-3 py-2 text-sm font-semibold text-red-800"
          data-testid="task-overdue-flag"
        >
          {tr("departments.projectTasks.departmentTaskSOverdue", { overdue: String(overdue) })}
        </p>
      ) : null}
      {pending.length ? (
        <p className="mb-2 text-sm text-amber-800" data-testid="pending-signoffs">
          {tr("departments.projectTasks.jointAcceptanceWaitsFor", {
            join: String(pending.join("、")),
            join2: String(pending.join(", ")),
          })}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b text-slate-600">
            <tr>
              <th className="py-2 pr-2">{tr("departments.projectTasks.department")}</th>
              <th className="py-2 pr-2">{tr("departments.projectTasks.task")}</th>
              <th className="py-2 pr-2">{tr("departments.projectTasks.due")}</th>
              <th className="py-2 pr-2">{tr("departments.projectTasks.status")}</th>
              <th className="py-2">{tr("departments.projectTasks.result")}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.id} className={`border-b last:border-0 ${t.overdue ? "bg-red-50" : ""}`}>
                <td className="py-1.5 pr-2">{locale === "zh" ? t.department.name : t.department.nameEn}</td>
                <td className="py-1.5 pr-2">
                  {t.title}
                  <div className="text-xs text-slate-500">
                    {TASK_KIND_LABELS[t.kind][locale]}
                    {t.projectItem
                      ? ` · ${locale === "zh" ? t.projectItem.catalogueItem.name : t.projectItem.catalogueItem.nameEn}`
                      : ""}
                    {t.requiredForAcceptance ? tr("departments.projectTasks.beforeAcceptance") : ""}
                  </div>
                </td>
                <td className="py-1.5 pr-2">
                  {formatDate(t.dueOn, locale)}
                  <CalendarNote dueOn={t.dueOn} locale={locale} />
                  {t.overdue ? (
                    <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">
                      {tr("departments.projectTasks.overdue")}
                    </span>
                  ) : null}
                  {t.overdue && t.escalatedAt ? (
                    <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">
                      {tr("departments.projectTasks.escalated")}
                    </span>
                  ) : null}
                </td>
                <td className="py-1.5 pr-2">
                  <TaskStatusBadge status={t.status} locale={locale} />
                </td>
                <td className="py-1.5 text-xs text-slate-700">
                  {t.resultNote ?? t.rejectReason ?? ""}
                  {t.attachments.map((a) => (
                    <a
                      key={a.id}
                      className="ml-1 text-brand-700 hover:underline"
                      href={`/api/department-tasks/${t.id}/attachments/${a.id}`}
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      {a.fileName}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
            {tasks.length === 0 ? (
              <tr>
                <td colSpan={5} className="py-3 text-slate-500">
                  {tr("departments.projectTasks.noDepartmentTasksYetIncludedItems")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
