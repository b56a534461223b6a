import { DataTable } from "@/components/data-table";
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
      <div className="mt-1 text-2xl font-semibold text-slate-900">
        <Link href="/department/tasks" className="hover:underline">
          {value}
        </Link>
      </div>
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
        {stat(
          tr("routes.department.doneThisMonth"),
          queue.doneThisMonth,
          "queue-done-month",
          tr("routes.department.doneInAll", { done: String(queue.done) }),
        )}
        {stat(
          tr("routes.department.averageDaysToClose"),
          queue.avgDaysToClose === null ? "—" : queue.avgDaysToClose,
          "queue-avg-days",
          tr("routes.department.fromRoutingToDone"),
        )}
      </div>
      <p className="mb-6">
        <Link href="/department/tasks" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
          {tr("routes.department.openTheTaskList")}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={tr("routes.department.byDistrict")}>
          {queue.byDistrict.length === 0 ? (
            <p className="text-sm text-slate-600">{tr("routes.department.noTaskHasBeenRoutedTo")}</p>
          ) : (
            <>
              <HorizontalBars data={queue.byDistrict.map((d) => ({ label: d.name, value: d.open }))} />
              <DataTable
                caption={tr("routes.department.byDistrict")}
                className="mt-2"
                testId="queue-by-district"
                rows={queue.byDistrict}
                rowKey={(d) => d.districtId}
                columns={[
                  { key: "district", header: tr("routes.department.district"), cell: (d) => d.name },
                  { key: "open", header: tr("routes.department.open"), cell: (d) => d.open, align: "right" },
                  {
                    key: "overdue",
                    header: tr("routes.department.overdue_b0e60"),
                    cell: (d) =>
                      d.overdue ? <span className="font-semibold text-red-800">{d.overdue}</span> : d.overdue,
                    align: "right",
                  },
                  {
                    key: "month",
                    header: tr("routes.department.doneThisMonth"),
                    cell: (d) => d.doneThisMonth,
                    align: "right",
                  },
                  { key: "done", header: tr("routes.department.done"), cell: (d) => d.done, align: "right" },
                ]}
              />
            </>
          )}
        </Card>
        <Card title={tr("routes.department.oldestOverdueTasks")}>
          {queue.overdueRows.length === 0 ? (
            <p className="text-sm text-slate-600">{tr("routes.department.nothingOverdue")}</p>
          ) : null}
          <ul className="space-y-1 text-sm" data-testid="queue-overdue-list">
            {queue.overdueRows.map((t) => (
              <li key={t.id} className="rounded bg-red-50 px-2 py-1">
                <Link className={link} href="/department/tasks">
                  {t.title}
                </Link>
                <span className="block text-slate-700">
                  {t.project} · {t.district} · {tr("routes.department.due")} {formatDate(t.dueOn, locale)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={tr("routes.department.duties")}>
          {department.duties.map((d) => (
            <p key={d.id} className="text-sm leading-relaxed">
              {d.text}
            </p>
          ))}
        </Card>
      </div>
    </AppShell>
  );
}
