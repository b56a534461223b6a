import { dueDayNote } from "@/lib/china-calendar";
import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS, unitLabel } from "@/lib/labels";
import { completeTaskForm, rejectTaskForm, startTaskForm } from "@/modules/departments/actions";
import { TaskStatusBadge } from "@/modules/departments/components/task-status";
import { TASK_KIND_LABELS } from "@/modules/departments/labels";
import { departmentTask } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "任务详情", en: "Task" });

const input = "rounded border border-slate-300 px-2 py-1.5";

export default async function DepartmentTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const t = await orNotFound(departmentTask(actor, id));
  const open = t.status === "OPEN" || t.status === "IN_PROGRESS";
  const item = t.projectItem;
  return (
    <AppShell actor={actor}>
      <Link href="/department/tasks" className="text-sm text-brand-700">← {L("返回任务列表", "Back to the queue")}</Link>
      <PageTitle subtitle={`${t.project.name} · ${t.project.district.name}`}>{t.title}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("任务", "Task")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{L("状态", "Status")}</dt><dd className="col-span-2" data-testid="task-status"><TaskStatusBadge status={t.status} locale={locale} /></dd>
            <dt className="text-slate-600">{L("类型", "Kind")}</dt><dd className="col-span-2">{TASK_KIND_LABELS[t.kind][locale]}{t.requiredForAcceptance ? L("(联合验收前须办结)", " (needed before joint acceptance)") : ""}</dd>
            <dt className="text-slate-600">{L("办理期限", "Due")}</dt>
            <dd className="col-span-2">{formatDate(t.dueOn, locale)}{dueDayNote(t.dueOn) ? <span className="ml-2 text-sm text-amber-800">{pick(locale, dueDayNote(t.dueOn)!)}</span> : null}{t.overdue ? <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">{L("逾期", "Overdue")}</span> : null}</dd>
            <dt className="text-slate-600">{L("分派时间", "Routed")}</dt><dd className="col-span-2">{formatDate(t.createdAt, locale)}</dd>
            {t.completedAt ? <><dt className="text-slate-600">{L("办结时间", "Closed")}</dt><dd className="col-span-2">{formatDate(t.completedAt, locale)}</dd></> : null}
            {t.resultNote ? <><dt className="text-slate-600">{L("办理结果", "Result")}</dt><dd className="col-span-2 whitespace-pre-wrap" data-testid="task-result">{t.resultNote}</dd></> : null}
            {t.rejectReason ? <><dt className="text-slate-600">{L("不予通过原因", "Reason")}</dt><dd className="col-span-2 whitespace-pre-wrap">{t.rejectReason}</dd></> : null}
          </dl>
          {t.attachments.length ? (
            <ul className="mt-3 space-y-1 text-sm" data-testid="task-attachments">
              {t.attachments.map((a) => (
                <li key={a.id}><a className="text-brand-700 hover:underline" href={`/api/department-tasks/${t.id}/attachments/${a.id}`} target="_blank" rel="noopener noreferrer">{a.fileName}</a> <span className="text-slate-500">({Math.ceil(a.sizeBytes / 1024)} KB)</span></li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={L("项目", "Project")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{L("项目", "Project")}</dt><dd className="col-span-2">{t.project.name}({t.project.code})</dd>
            <dt className="text-slate-600">{L("区县", "District")}</dt><dd className="col-span-2">{t.project.district.name}</dd>
            <dt className="text-slate-600">{L("项目阶段", "Stage")}</dt><dd className="col-span-2">{STAGE_LABELS[t.project.stage][locale]}</dd>
            <dt className="text-slate-600">{L("小区", "Neighbourhoods")}</dt><dd className="col-span-2">{t.project.neighborhoods.map((n) => `${n.neighborhood.name}(${n.neighborhood.address})`).join("、")}</dd>
            {item ? (
              <>
                <dt className="text-slate-600">{L("改造内容", "Item")}</dt>
                <dd className="col-span-2">{locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn} · {item.quantity.toString()} {unitLabel(item.catalogueItem.unit, locale)}{item.unit ? ` · ${item.unit.building.name}${item.unit.name}` : ""}{item.note ? <div className="text-slate-600">{item.note}</div> : null}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        {t.status === "OPEN" || t.status === "REJECTED" ? (
          <Card title={t.status === "REJECTED" ? L("重新办理", "Take up again") : L("开始办理", "Start")}>
            <ActionForm action={startTaskForm} submitLabel={t.status === "REJECTED" ? L("重新办理", "Take up again") : L("开始办理", "Start work")} pendingLabel={L("正在提交…", "Submitting…")} testId="start-task">
              <input type="hidden" name="taskId" value={t.id} />
              <p className="text-sm text-slate-600">{L("标记为“办理中”,区县和市住房城乡建委可以看到。", "Marks the task in progress for the district and the commission to see.")}</p>
            </ActionForm>
          </Card>
        ) : null}
        {open ? (
          <>
            <Card title={L("办结", "Record the result")}>
              <ActionForm action={completeTaskForm} submitLabel={L("办结", "Mark done")} pendingLabel={L("正在提交…", "Submitting…")} className="grid gap-2 text-sm" testId="complete-task">
                <input type="hidden" name="taskId" value={t.id} />
                <label className="flex flex-col">{L("办理结果", "Result")}<textarea name="note" rows={3} className={input} /></label>
                <label className="flex flex-col">{L("附件(检验报告、签认文件等;图片、PDF、Word、Excel,最多 5 个)", "Attachments (reports, letters; image, PDF, Word, Excel; up to 5)")}<input name="files" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx" /></label>
              </ActionForm>
            </Card>
            <Card title={L("不予通过", "Reject")}>
              <ActionForm action={rejectTaskForm} submitLabel={L("不予通过", "Reject")} pendingLabel={L("正在提交…", "Submitting…")} className="grid gap-2 text-sm" testId="reject-task">
                <input type="hidden" name="taskId" value={t.id} />
                <label className="flex flex-col">{L("原因(必填,区县据此整改)", "Reason (required; the district acts on it)")}<textarea name="reason" rows={3} className={input} /></label>
              </ActionForm>
            </Card>
          </>
        ) : null}
      </div>
    </AppShell>
  );
}
