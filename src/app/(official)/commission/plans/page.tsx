import Link from "next/link";
import { DataTable } from "@/components/data-table";
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
        <DataTable
          caption={L("区县报送的年度计划", "Plans the districts submitted")}
          rows={plans}
          rowKey={(p) => p.id}
          empty={L("还没有区县报送计划。", "No plan submitted yet.")}
          columns={[
            { key: "district", header: L("区县", "District"), cell: (p) => <Link className="text-brand-700 underline" href={`/commission/plans/${p.id}`}>{p.district.name}</Link> },
            { key: "year", header: L("年度", "Year"), cell: (p) => p.year },
            { key: "status", header: L("状态", "Status"), cell: (p) => PLAN_STATUS_LABELS[p.status][locale] },
            { key: "version", header: L("版本", "Version"), align: "right", cell: (p) => p.version },
            { key: "entries", header: L("小区", "Entries"), align: "right", cell: (p) => p._count.entries },
            { key: "area", header: L("改造面积", "Area"), align: "right", cell: (p) => formatArea(p.floorAreaM2, locale) },
            { key: "investment", header: L("计划投资", "Investment"), align: "right", cell: (p) => formatFen(p.investmentFen, locale) },
            { key: "submitted", header: L("报送时间", "Submitted"), cell: (p) => formatDate(p.submittedAt, locale) },
          ]}
        />
      </Card>
    </AppShell>
  );
}
