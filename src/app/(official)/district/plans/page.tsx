import Link from "next/link";
import { DataTable } from "@/components/data-table";
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
          <DataTable
            caption={L("本区县的年度计划", "Your district's plans")}
            rows={plans}
            rowKey={(p) => p.id}
            empty={L("还没有年度计划。", "No plans yet.")}
            columns={[
              { key: "year", header: L("年度", "Year"), cell: (p) => <Link className="text-brand-700 underline" href={`/district/plans/${p.id}`}>{L(`${p.year}年计划`, `${p.year} plan`)}</Link> },
              { key: "status", header: L("状态", "Status"), cell: (p) => PLAN_STATUS_LABELS[p.status][locale] },
              { key: "entries", header: L("小区", "Entries"), align: "right", cell: (p) => p._count.entries },
              { key: "area", header: L("改造面积", "Floor area"), align: "right", cell: (p) => formatArea(p.floorAreaM2, locale) },
              { key: "households", header: L("受益户数", "Households"), align: "right", cell: (p) => p.households },
              { key: "investment", header: L("计划投资", "Investment"), align: "right", cell: (p) => formatFen(p.investmentFen, locale) },
              { key: "updated", header: L("更新时间", "Updated"), cell: (p) => formatDate(p.updatedAt, locale) },
            ]}
          />
        </Card>
      </div>
    </AppShell>
  );
}
