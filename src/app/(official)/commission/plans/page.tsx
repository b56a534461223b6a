import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate, formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { listPlans } from "@/modules/plans/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionPlans.annualPlanReview");

export default async function CommissionPlansPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const plans = await listPlans(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionPlans.plansTheDistrictsSubmitted")}>
        {t("routes.commissionPlans.planReview")}
      </PageTitle>
      <Card title={t("routes.commissionPlans.submittedPlans")}>
        <DataTable
          caption={t("routes.commissionPlans.plansTheDistrictsSubmitted_b71ac")}
          rows={plans}
          rowKey={(p) => p.id}
          empty={t("routes.commissionPlans.noPlanSubmittedYet")}
          columns={[
            {
              key: "district",
              header: t("routes.commissionPlans.district"),
              cell: (p) => (
                <Link className="text-brand-700 underline" href={`/commission/plans/${p.id}`}>
                  {p.district.name}
                </Link>
              ),
            },
            { key: "year", header: t("routes.commissionPlans.year"), cell: (p) => p.year },
            {
              key: "status",
              header: t("routes.commissionPlans.status"),
              cell: (p) => PLAN_STATUS_LABELS[p.status][locale],
            },
            { key: "version", header: t("routes.commissionPlans.version"), align: "right", cell: (p) => p.version },
            {
              key: "entries",
              header: t("routes.commissionPlans.entries"),
              align: "right",
              cell: (p) => p._count.entries,
            },
            {
              key: "area",
              header: t("routes.commissionPlans.area"),
              align: "right",
              cell: (p) => formatArea(p.floorAreaM2, locale),
            },
            {
              key: "investment",
              header: t("routes.commissionPlans.investment"),
              align: "right",
              cell: (p) => formatFen(p.investmentFen, locale),
            },
            {
              key: "submitted",
              header: t("routes.commissionPlans.submitted"),
              cell: (p) => formatDate(p.submittedAt, locale),
            },
          ]}
        />
      </Card>
    </AppShell>
  );
}
