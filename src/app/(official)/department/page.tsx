import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { departmentOverview } from "@/modules/departments/queries";

export const metadata = { title: "部门工作台" };

export default async function DepartmentHome() {
  const actor = await requirePageActor("DEPARTMENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { department, counts } = await departmentOverview(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("市级有关部门职责分工", "Responsibilities under the policy's annex")}>
        {locale === "zh" ? department.name : department.nameEn}
      </PageTitle>
      <div className="mb-6 grid grid-cols-3 gap-4">
        <StatCard label={L("待办任务", "Open tasks")} value={counts.open} />
        <StatCard label={L("已逾期", "Overdue")} value={counts.overdue} />
        <StatCard label={L("已办结", "Done")} value={counts.done} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("职责分工", "Duties")}>
          {department.duties.map((d) => (
            <p key={d.id} className="text-sm leading-relaxed">{d.text}</p>
          ))}
        </Card>
        <Card title={L("分派到本部门的任务类型", "Tasks routed to this department")}>
          <ul className="space-y-1 text-sm">
            {department.rules.map((r) => (
              <li key={r.id}>
                {r.title}({STAGE_LABELS[r.stage][locale]}
                {r.requiredForAcceptance ? L(",联合验收前须办结", "; required before joint acceptance") : ""})
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
