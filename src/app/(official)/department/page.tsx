import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { HorizontalBars } from "@/modules/dashboards/components/charts";
import { departmentDashboard } from "@/modules/dashboards/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.department.departmentHome");

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export default async function DepartmentHome() {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  const { department, queue } = await departmentDashboard(actor);
  const stat = (label: string, value: string | number, testId: string, hint?: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-slate-900"><Link href="/department/tasks" className="hover:underline">{value}</Link></div>
      {hint ? <div className="mt-1 text-xs text-slate-600">{hint}</div> : null}
    </div>
  );
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={tr("routes.department.dutiesUnderThePolicySAnnex")}>
        {locale === "zh" ? department.name : department.nameEn}
      </PageTitle>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {stat(tr("routes.department.openTasks"), queue.open, "queue-open", tr("routes.department.openOrInProgress"))}
        {stat(tr("routes.department.overdue"), queue.overdue, "queue-overdue", tr("routes.department.pastTheDueDate"))}
        {stat(tr("routes.department.doneThisMonth"), queue.doneThisMonth, "queue-done-month", tr("routes.department.doneInAll", { done: String(queue.done) }))}
        {stat(tr("routes.department.averageDaysToClose"), queue.avgDaysToClose === null ? "—" : queue.avgDaysToClose, "queue-avg-days", tr("routes.department.fromRoutingToDone"))}
      </div>
      <p className="mb-6"><Link href="/department/tasks" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">{tr("routes.department.openTheTaskList")}</Link></p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={tr("routes.department.byDistrict")}>
          {queue.byDistrict.length === 0 ? (
            <p className="text-sm text-slate-600">{tr("routes.department.noTaskHasBeenRoutedTo")}</p>
          ) : (
            <>
              <HorizontalBars data={queue.byDistrict.map((d) => ({ label: d.name, value: d.open }))} />
              <table className="mt-2 w-full text-left text-sm" data-testid="queue-by-district">
                <thead className="border-b text-slate-600">
                  <tr><th className="py-1 pr-2">{tr("routes.department.district")}</th><th className="py-1 pr-2 text-right">{tr("routes.department.open")}</th><th className="py-1 pr-2 text-right">{tr("routes.department.overdue_b0e60")}</th><th className="py-1 pr-2 text-right">{tr("routes.department.doneThisMonth")}</th><th className="py-1 text-right">{tr("routes.department.done")}</th></tr>
                </thead>
                <tbody>
                  {queue.byDistrict.map((d) => (
                    <tr key={d.districtId} className="border-b last:border-0">
                      <td className="py-1 pr-2">{d.name}</td>
                      <td className="py-1 pr-2 text-right">{d.open}</td>
                      <td className={`py-1 pr-2 text-right ${d.overdue ? "font-semibold text-red-800" : ""}`}>{d.overdue}</td>
                      <td className="py-1 pr-2 text-right">{d.doneThisMonth}</td>
                      <td className="py-1 text-right">{d.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Card>
        <Card title={tr("routes.department.oldestOverdueTasks")}>
          {queue.overdueRows.length === 0 ? <p className="text-sm text-slate-600">{tr("routes.department.nothingOverdue")}</p> : null}
          <ul className="space-y-1 text-sm" data-testid="queue-overdue-list">
            {queue.overdueRows.map((t) => (
              <li key={t.id} className="rounded bg-red-50 px-2 py-1">
                <Link className={link} href="/department/tasks">{t.title}</Link>
                <span className="block text-slate-700">{t.project} · {t.district} · {tr("routes.department.due")} {formatDate(t.dueOn, locale)}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={tr("routes.department.duties")}>
          {department.duties.map((d) => (
            <p key={d.id} className="text-sm leading-relaxed">{d.text}</p>
          ))}
        </Card>
      </div>
    </AppShell>
  );
}
