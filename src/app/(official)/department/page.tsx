import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { HorizontalBars } from "@/modules/dashboards/components/charts";
import { departmentDashboard } from "@/modules/dashboards/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "部门工作台", en: "Department home" });

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export default async function DepartmentHome() {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
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
      <PageTitle subtitle={L("市级有关部门职责分工与任务办理", "Duties under the policy's annex and the tasks routed here")}>
        {locale === "zh" ? department.name : department.nameEn}
      </PageTitle>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {stat(L("待办任务", "Open tasks"), queue.open, "queue-open", L("待办理或办理中", "open or in progress"))}
        {stat(L("已逾期", "Overdue"), queue.overdue, "queue-overdue", L("已过应办结日期", "past the due date"))}
        {stat(L("本月办结", "Done this month"), queue.doneThisMonth, "queue-done-month", L(`累计办结 ${queue.done}`, `${queue.done} done in all`))}
        {stat(L("平均办理天数", "Average days to close"), queue.avgDaysToClose === null ? "—" : queue.avgDaysToClose, "queue-avg-days", L("从派发到办结", "from routing to done"))}
      </div>
      <p className="mb-6"><Link href="/department/tasks" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">{L("进入任务列表", "Open the task list")}</Link></p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("按区县统计", "By district")}>
          {queue.byDistrict.length === 0 ? (
            <p className="text-sm text-slate-600">{L("尚无分派到本部门的任务。", "No task has been routed to this department yet.")}</p>
          ) : (
            <>
              <HorizontalBars data={queue.byDistrict.map((d) => ({ label: d.name, value: d.open }))} />
              <table className="mt-2 w-full text-left text-sm" data-testid="queue-by-district">
                <thead className="border-b text-slate-600">
                  <tr><th className="py-1 pr-2">{L("区县", "District")}</th><th className="py-1 pr-2 text-right">{L("待办", "Open")}</th><th className="py-1 pr-2 text-right">{L("逾期", "Overdue")}</th><th className="py-1 pr-2 text-right">{L("本月办结", "Done this month")}</th><th className="py-1 text-right">{L("累计办结", "Done")}</th></tr>
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
        <Card title={L("最早逾期的任务", "Oldest overdue tasks")}>
          {queue.overdueRows.length === 0 ? <p className="text-sm text-slate-600">{L("没有逾期任务。", "Nothing overdue.")}</p> : null}
          <ul className="space-y-1 text-sm" data-testid="queue-overdue-list">
            {queue.overdueRows.map((t) => (
              <li key={t.id} className="rounded bg-red-50 px-2 py-1">
                <Link className={link} href="/department/tasks">{t.title}</Link>
                <span className="block text-slate-700">{t.project} · {t.district} · {L("应办结", "due")} {formatDate(t.dueOn, locale)}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={L("职责分工", "Duties")}>
          {department.duties.map((d) => (
            <p key={d.id} className="text-sm leading-relaxed">{d.text}</p>
          ))}
        </Card>
      </div>
    </AppShell>
  );
}
