import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate, formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { listPlans } from "@/modules/plans/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "年度计划审核", en: "Annual plan review" });

export default async function CommissionPlansPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const plans = await listPlans(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("区县报送的年度计划:审核、退回或批准", "Plans the districts submitted")}>{L("年度计划审核", "Plan review")}</PageTitle>
      <Card title={L("已报送的计划", "Submitted plans")}>
        <table className="w-full text-left text-sm">
          <thead className="border-b text-slate-600">
            <tr>
              <th className="py-2 pr-2">{L("区县", "District")}</th>
              <th className="py-2 pr-2">{L("年度", "Year")}</th>
              <th className="py-2 pr-2">{L("状态", "Status")}</th>
              <th className="py-2 pr-2 text-right">{L("版本", "Version")}</th>
              <th className="py-2 pr-2 text-right">{L("小区", "Entries")}</th>
              <th className="py-2 pr-2 text-right">{L("改造面积", "Area")}</th>
              <th className="py-2 pr-2 text-right">{L("计划投资", "Investment")}</th>
              <th className="py-2">{L("报送时间", "Submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id} className="border-b last:border-0">
                <td className="py-1.5 pr-2"><Link className="text-brand-700 underline" href={`/commission/plans/${p.id}`}>{p.district.name}</Link></td>
                <td className="py-1.5 pr-2">{p.year}</td>
                <td className="py-1.5 pr-2">{PLAN_STATUS_LABELS[p.status][locale]}</td>
                <td className="py-1.5 pr-2 text-right">{p.version}</td>
                <td className="py-1.5 pr-2 text-right">{p._count.entries}</td>
                <td className="py-1.5 pr-2 text-right">{formatArea(p.floorAreaM2, locale)}</td>
                <td className="py-1.5 pr-2 text-right">{formatFen(p.investmentFen, locale)}</td>
                <td className="py-1.5">{formatDate(p.submittedAt, locale)}</td>
              </tr>
            ))}
            {plans.length === 0 ? <tr><td colSpan={8} className="py-3 text-slate-500">{L("还没有区县报送计划。", "No plan submitted yet.")}</td></tr> : null}
          </tbody>
        </table>
      </Card>
    </AppShell>
  );
}
