import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { DataTable } from "@/components/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { EscalateNowForm } from "@/modules/departments/components/escalate-form";
import { EscalationFreshness } from "@/modules/departments/components/escalation-freshness";
import { departmentWorkload, escalationFreshness, overdueTasks } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionDepartments.departmentTasksFollowUp");

export default async function CommissionDepartmentsPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  // Reading only: escalation is the daily job's (or the button below), never a side effect of a view.
  const [rows, overdue, freshness] = await Promise.all([
    departmentWorkload(actor),
    overdueTasks(actor),
    escalationFreshness(actor),
  ]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={tr("routes.commissionDepartments.eachDepartmentSRoutedWorkMost")}>
        {tr("routes.commissionDepartments.departmentFollowUp")}
      </PageTitle>
      <EscalationFreshness lastRun={freshness.lastRun} stale={freshness.stale} locale={locale} />
      <div className="grid gap-6">
        <Card title={tr("routes.commissionDepartments.byDepartment")}>
          <DataTable
            caption={tr("routes.commissionDepartments.eachDepartmentSTasks")}
            testId="department-workload"
            rows={rows}
            rowKey={(r) => r.id}
            rowClassName={(r) => (r.overdue ? "bg-red-50" : "")}
            columns={[
              {
                key: "name",
                header: tr("routes.commissionDepartments.department"),
                cell: (r) => (locale === "zh" ? r.name : r.nameEn),
              },
              { key: "open", header: tr("routes.commissionDepartments.open"), align: "right", cell: (r) => r.open },
              {
                key: "overdue",
                header: tr("routes.commissionDepartments.overdue"),
                align: "right",
                cell: (r) => (r.overdue ? <span className="font-semibold text-red-700">{r.overdue}</span> : r.overdue),
              },
              {
                key: "escalated",
                header: tr("routes.commissionDepartments.escalated"),
                align: "right",
                cell: (r) => r.escalated,
              },
              { key: "done", header: tr("routes.commissionDepartments.done"), align: "right", cell: (r) => r.done },
              {
                key: "rejected",
                header: tr("routes.commissionDepartments.rejected"),
                align: "right",
                cell: (r) => r.rejected,
              },
            ]}
          />
        </Card>
        <Card title={tr("routes.commissionDepartments.overdueTasks", { overdueCount: String(overdue.length) })}>
          <ul className="space-y-1 text-sm" data-testid="overdue-tasks">
            {overdue.map((t) => (
              <li key={t.id} className="border-b py-1 last:border-0">
                <span className="font-semibold">{t.department.name}</span> · {t.title} ·{" "}
                <Link href={`/district/projects/${t.project.id}`} className="text-brand-700 hover:underline">
                  {t.project.name}
                </Link>
                ({t.project.district.name})· {tr("routes.commissionDepartments.due")} {formatDate(t.dueOn, locale)}
                {t.escalatedAt ? (
                  <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">
                    {tr("routes.commissionDepartments.escalated")}
                  </span>
                ) : null}
              </li>
            ))}
            {overdue.length === 0 ? (
              <li className="text-slate-500">{tr("routes.commissionDepartments.nothingOverdue")}</li>
            ) : null}
          </ul>
          {overdue.length > 0 ? <EscalateNowForm /> : null}
        </Card>
      </div>
    </AppShell>
  );
}
