import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate, formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { isStreetScoped } from "@/lib/auth/guards";
import { CreatePlanForm } from "@/modules/plans/components/create-plan-form";
import { listPlans } from "@/modules/plans/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "年度计划", en: "Annual plans" });

export default async function DistrictPlansPage() {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const plans = await listPlans(actor);
  const thisYear = Number(new Date().toLocaleString("en", { year: "numeric", timeZone: "Asia/Shanghai" }));
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("每个区县每年一份计划:录入或导入条目,报送市住房城乡建委审核", "One plan per year: enter or import entries, then submit for review")}>
        {L("年度改造计划", "Annual plans")}
      </PageTitle>
      <div className="space-y-6">
        {isStreetScoped(actor) ? null : (
          <Card title={L("新建计划", "New plan")}>
            <CreatePlanForm defaultYear={thisYear} locale={locale} />
          </Card>
        )}
        <Card title={L("本区县的年度计划", "Your district's plans")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-2 pr-2">{L("年度", "Year")}</th>
                <th className="py-2 pr-2">{L("状态", "Status")}</th>
                <th className="py-2 pr-2 text-right">{L("小区", "Entries")}</th>
                <th className="py-2 pr-2 text-right">{L("改造面积", "Floor area")}</th>
                <th className="py-2 pr-2 text-right">{L("受益户数", "Households")}</th>
                <th className="py-2 pr-2 text-right">{L("计划投资", "Investment")}</th>
                <th className="py-2">{L("更新时间", "Updated")}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} className="border-b last:border-0">
                  <td className="py-1.5 pr-2"><Link className="text-brand-700 underline" href={`/district/plans/${p.id}`}>{L(`${p.year}年计划`, `${p.year} plan`)}</Link></td>
                  <td className="py-1.5 pr-2">{PLAN_STATUS_LABELS[p.status][locale]}</td>
                  <td className="py-1.5 pr-2 text-right">{p._count.entries}</td>
                  <td className="py-1.5 pr-2 text-right">{formatArea(p.floorAreaM2, locale)}</td>
                  <td className="py-1.5 pr-2 text-right">{p.households}</td>
                  <td className="py-1.5 pr-2 text-right">{formatFen(p.investmentFen, locale)}</td>
                  <td className="py-1.5">{formatDate(p.updatedAt, locale)}</td>
                </tr>
              ))}
              {plans.length === 0 ? <tr><td colSpan={7} className="py-3 text-slate-500">{L("还没有年度计划。", "No plans yet.")}</td></tr> : null}
            </tbody>
          </table>
        </Card>
      </div>
    </AppShell>
  );
}
