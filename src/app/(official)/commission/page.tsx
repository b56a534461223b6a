import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import type { ProjectStage } from "@/generated/prisma/enums";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatCount } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { DISTRICT_KIND_LABELS, STAGE_LABELS } from "@/lib/labels";
import { cityOverview } from "@/modules/programme/queries";
import { overdueMilestoneCount, projectStageCounts } from "@/modules/projects/queries";

export const metadata = { title: "全市工作台" };

export default async function CommissionHome() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const [overview, stages, overdue] = await Promise.all([
    cityOverview(actor),
    projectStageCounts(actor),
    overdueMilestoneCount(actor),
  ]);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("全市城镇老旧小区改造与社区服务提升", "City-wide programme overview")}>
        {L("全市工作台", "City overview")}
      </PageTitle>
      <div className="mb-6 grid grid-cols-1 gap-4 md:grid-cols-3">
        {overview.targets.map((t) => (
          <StatCard
            key={t.year}
            label={L(`${t.year}年目标任务`, `${t.year} targets`)}
            value={`${formatCount(t.neighborhoods, locale)} ${L("个小区", "neighbourhoods")}`}
            hint={`${formatArea(t.floorAreaM2.toString(), locale)} · ${formatCount(t.households, locale)} ${L("户", "households")} · ${t.note}`}
          />
        ))}
        <StatCard label={L("逾期节点", "Overdue milestones")} value={overdue} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("项目阶段分布", "Projects by stage")}>
          <ul className="grid grid-cols-2 gap-2 text-sm">
            {(Object.keys(STAGE_LABELS) as ProjectStage[]).map((stage) => (
              <li key={stage} className="flex justify-between rounded bg-slate-50 px-3 py-2">
                <span>{STAGE_LABELS[stage][locale]}</span>
                <span className="font-semibold">{stages[stage] ?? 0}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={L("各区县项目储备", "Registry by district")}>
          <div className="max-h-96 overflow-y-auto">
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 border-b bg-white text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{L("区县", "District")}</th>
                  <th className="py-2 pr-2">{L("类型", "Type")}</th>
                  <th className="py-2 pr-2 text-right">{L("小区", "Neighbourhoods")}</th>
                  <th className="py-2 text-right">{L("项目", "Projects")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.districts.map((d) => (
                  <tr key={d.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-2">{d.name}</td>
                    <td className="py-1.5 pr-2 text-slate-500">{DISTRICT_KIND_LABELS[d.kind][locale]}</td>
                    <td className="py-1.5 pr-2 text-right">{d.neighborhoods}</td>
                    <td className="py-1.5 text-right">{d.projects}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
