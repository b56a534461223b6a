import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { escalateOverdueTasks } from "@/modules/departments/escalation";
import { departmentWorkload, overdueTasks } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionDepartments.departmentTasksFollowUp");

export default async function CommissionDepartmentsPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  await escalateOverdueTasks(db);
  const [rows, overdue] = await Promise.all([departmentWorkload(actor), overdueTasks(actor)]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={tr("routes.commissionDepartments.eachDepartmentSRoutedWorkMost")}>{tr("routes.commissionDepartments.departmentFollowUp")}</PageTitle>
      <div className="grid gap-6">
        <Card title={tr("routes.commissionDepartments.byDepartment")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="department-workload">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{tr("routes.commissionDepartments.department")}</th>
                  <th className="py-2 pr-2 text-right">{tr("routes.commissionDepartments.open")}</th>
                  <th className="py-2 pr-2 text-right">{tr("routes.commissionDepartments.overdue")}</th>
                  <th className="py-2 pr-2 text-right">{tr("routes.commissionDepartments.escalated")}</th>
                  <th className="py-2 pr-2 text-right">{tr("routes.commissionDepartments.done")}</th>
                  <th className="py-2 text-right">{tr("routes.commissionDepartments.rejected")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={`border-b last:border-0 ${r.overdue ? "bg-red-50" : ""}`}>
                    <td className="py-1.5 pr-2">{locale === "zh" ? r.name : r.nameEn}</td>
                    <td className="py-1.5 pr-2 text-right">{r.open}</td>
                    <td className={`py-1.5 pr-2 text-right ${r.overdue ? "font-semibold text-red-700" : ""}`}>{r.overdue}</td>
                    <td className="py-1.5 pr-2 text-right">{r.escalated}</td>
                    <td className="py-1.5 pr-2 text-right">{r.done}</td>
                    <td className="py-1.5 text-right">{r.rejected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card title={tr("routes.commissionDepartments.overdueTasks", { overdueCount: String(overdue.length) })}>
          <ul className="space-y-1 text-sm" data-testid="overdue-tasks">
            {overdue.map((t) => (
              <li key={t.id} className="border-b py-1 last:border-0">
                <span className="font-semibold">{t.department.name}</span> · {t.title} · <Link href={`/district/projects/${t.project.id}`} className="text-brand-700 hover:underline">{t.project.name}</Link>({t.project.district.name})· {tr("routes.commissionDepartments.due")} {formatDate(t.dueOn, locale)}
              </li>
            ))}
            {overdue.length === 0 ? <li className="text-slate-500">{tr("routes.commissionDepartments.nothingOverdue")}</li> : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
