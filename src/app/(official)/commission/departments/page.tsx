import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { DataTable } from "@/components/data-table";
import { ActionForm } from "@/components/forms/action-form";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { escalateOverdueNowForm } from "@/modules/departments/actions";
import { EscalationFreshness } from "@/modules/departments/components/escalation-freshness";
import { departmentWorkload, escalationFreshness, overdueTasks } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "部门任务督办", en: "Department tasks follow-up" });

export default async function CommissionDepartmentsPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  // Reading only: escalation is the daily job's (or the button below), never a side effect of a view.
  const [rows, overdue, freshness] = await Promise.all([departmentWorkload(actor), overdueTasks(actor), escalationFreshness(actor)]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("各市级部门的任务办理情况,逾期多的排在前面", "Each department's routed work; most overdue first")}>{L("部门任务督办", "Department follow-up")}</PageTitle>
      <EscalationFreshness lastRun={freshness.lastRun} stale={freshness.stale} locale={locale} />
      <div className="grid gap-6">
        <Card title={L("按部门统计", "By department")}>
          <DataTable
            caption={L("各部门任务办理情况", "Each department's tasks")}
            testId="department-workload"
            rows={rows}
            rowKey={(r) => r.id}
            rowClassName={(r) => (r.overdue ? "bg-red-50" : "")}
            columns={[
              { key: "name", header: L("部门", "Department"), cell: (r) => (locale === "zh" ? r.name : r.nameEn) },
              { key: "open", header: L("待办/办理中", "Open"), align: "right", cell: (r) => r.open },
              { key: "overdue", header: L("逾期", "Overdue"), align: "right", cell: (r) => (r.overdue ? <span className="font-semibold text-red-700">{r.overdue}</span> : r.overdue) },
              { key: "escalated", header: L("已督办", "Escalated"), align: "right", cell: (r) => r.escalated },
              { key: "done", header: L("已办结", "Done"), align: "right", cell: (r) => r.done },
              { key: "rejected", header: L("不予通过", "Rejected"), align: "right", cell: (r) => r.rejected },
            ]}
          />
        </Card>
        <Card title={L(`逾期任务(${overdue.length})`, `Overdue tasks (${overdue.length})`)}>
          <ul className="space-y-1 text-sm" data-testid="overdue-tasks">
            {overdue.map((t) => (
              <li key={t.id} className="border-b py-1 last:border-0">
                <span className="font-semibold">{t.department.name}</span> · {t.title} · <Link href={`/district/projects/${t.project.id}`} className="text-brand-700 hover:underline">{t.project.name}</Link>({t.project.district.name})· {L("到期", "due")} {formatDate(t.dueOn, locale)}
                {t.escalatedAt ? <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">{L("已督办", "Escalated")}</span> : null}
              </li>
            ))}
            {overdue.length === 0 ? <li className="text-slate-500">{L("没有逾期任务", "Nothing overdue")}</li> : null}
          </ul>
          {overdue.length > 0 ? (
            <ActionForm action={escalateOverdueNowForm} submitLabel={L("立即督办", "Escalate now")} pendingLabel={L("正在督办…", "Escalating…")} successText={L("已督办,通知已发送。", "Escalated; notices sent.")} className="mt-3 space-y-2" testId="escalate-now">
              <p className="text-sm text-slate-600">{L("逾期未督办的任务现在就督办(与每日定时督办相同,每项只督办一次),并通知区县和市住房城乡建委。", "Escalate the overdue tasks not yet escalated now (as the daily job does, once per task) and notify the districts and the commission.")}</p>
            </ActionForm>
          ) : null}
        </Card>
      </div>
    </AppShell>
  );
}
