import { dueDayNote } from "@/lib/china-calendar";
import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS, unitLabel } from "@/lib/labels";
import { CompleteTaskForm, RejectTaskForm, StartTaskForm } from "@/modules/departments/components/task-forms";
import { TaskStatusBadge } from "@/modules/departments/components/task-status";
import { TASK_KIND_LABELS } from "@/modules/departments/labels";
import { departmentTask } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.departmentTasksId.task");

export default async function DepartmentTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  const { id } = await params;
  const t = await orNotFound(departmentTask(actor, id));
  const open = t.status === "OPEN" || t.status === "IN_PROGRESS";
  const item = t.projectItem;
  return (
    <AppShell actor={actor}>
      <Link href="/department/tasks" className="text-sm text-brand-700">
        ← {tr("routes.departmentTasksId.backToTheQueue")}
      </Link>
      <PageTitle subtitle={`${t.project.name} · ${t.project.district.name}`}>{t.title}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={tr("routes.departmentTasksId.task_b094e")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{tr("routes.departmentTasksId.status")}</dt>
            <dd className="col-span-2" data-testid="task-status">
              <TaskStatusBadge status={t.status} locale={locale} />
            </dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.kind")}</dt>
            <dd className="col-span-2">
              {TASK_KIND_LABELS[t.kind][locale]}
              {t.requiredForAcceptance ? tr("routes.departmentTasksId.neededBeforeJointAcceptance") : ""}
            </dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.due")}</dt>
            <dd className="col-span-2">
              {formatDate(t.dueOn, locale)}
              {dueDayNote(t.dueOn) ? (
                <span className="ml-2 text-sm text-amber-800">{pick(locale, dueDayNote(t.dueOn)!)}</span>
              ) : null}
              {t.overdue ? (
                <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">
                  {tr("routes.departmentTasksId.overdue")}
                </span>
              ) : null}
            </dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.routed")}</dt>
            <dd className="col-span-2">{formatDate(t.createdAt, locale)}</dd>
            {t.completedAt ? (
              <>
                <dt className="text-slate-600">{tr("routes.departmentTasksId.closed")}</dt>
                <dd className="col-span-2">{formatDate(t.completedAt, locale)}</dd>
              </>
            ) : null}
            {t.resultNote ? (
              <>
                <dt className="text-slate-600">{tr("routes.departmentTasksId.result")}</dt>
                <dd className="col-span-2 whitespace-pre-wrap" data-testid="task-result">
                  {t.resultNote}
                </dd>
              </>
            ) : null}
            {t.rejectReason ? (
              <>
                <dt className="text-slate-600">{tr("routes.departmentTasksId.reason")}</dt>
                <dd className="col-span-2 whitespace-pre-wrap">{t.rejectReason}</dd>
              </>
            ) : null}
          </dl>
          {t.attachments.length ? (
            <ul className="mt-3 space-y-1 text-sm" data-testid="task-attachments">
              {t.attachments.map((a) => (
                <li key={a.id}>
                  <a
                    className="text-brand-700 hover:underline"
                    href={`/api/department-tasks/${t.id}/attachments/${a.id}`}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {a.fileName}
                  </a>{" "}
                  <span className="text-slate-500">({Math.ceil(a.sizeBytes / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={tr("routes.departmentTasksId.project")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{tr("routes.departmentTasksId.project")}</dt>
            <dd className="col-span-2">
              {t.project.name}({t.project.code})
            </dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.district")}</dt>
            <dd className="col-span-2">{t.project.district.name}</dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.stage")}</dt>
            <dd className="col-span-2">{STAGE_LABELS[t.project.stage][locale]}</dd>
            <dt className="text-slate-600">{tr("routes.departmentTasksId.neighbourhoods")}</dt>
            <dd className="col-span-2">
              {t.project.neighborhoods.map((n) => `${n.neighborhood.name}(${n.neighborhood.address})`).join("、")}
            </dd>
            {item ? (
              <>
                <dt className="text-slate-600">{tr("routes.departmentTasksId.item")}</dt>
                <dd className="col-span-2">
                  {locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn} · {item.quantity.toString()}{" "}
                  {unitLabel(item.catalogueItem.unit, locale)}
                  {item.unit ? ` · ${item.unit.building.name}${item.unit.name}` : ""}
                  {item.note ? <div className="text-slate-600">{item.note}</div> : null}
                </dd>
              </>
            ) : null}
          </dl>
        </Card>
        {t.status === "OPEN" || t.status === "REJECTED" ? (
          <Card
            title={
              t.status === "REJECTED"
                ? tr("routes.departmentTasksId.takeUpAgain")
                : tr("routes.departmentTasksId.start")
            }
          >
            <StartTaskForm taskId={t.id} again={t.status === "REJECTED"} />
          </Card>
        ) : null}
        {open ? (
          <>
            <Card title={tr("routes.departmentTasksId.recordTheResult")}>
              <CompleteTaskForm taskId={t.id} />
            </Card>
            <Card title={tr("routes.departmentTasksId.reject")}>
              <RejectTaskForm taskId={t.id} />
            </Card>
          </>
        ) : null}
      </div>
    </AppShell>
  );
}
