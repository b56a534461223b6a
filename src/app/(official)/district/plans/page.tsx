import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate, formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { isStreetScoped } from "@/lib/auth/guards";
import { CreatePlanForm } from "@/modules/plans/components/create-plan-form";
import { listPlans } from "@/modules/plans/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtPlans.annualPlans");

export default async function DistrictPlansPage() {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const plans = await listPlans(actor);
  const thisYear = Number(new Date().toLocaleString("en", { year: "numeric", timeZone: "Asia/Shanghai" }));
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.districtPlans.onePlanPerYearEnterOr")}>
        {t("routes.districtPlans.annualPlans_298d1")}
      </PageTitle>
      <div className="space-y-6">
        {isStreetScoped(actor) ? null : (
          <Card title={t("routes.districtPlans.newPlan")}>
            <CreatePlanForm defaultYear={thisYear} locale={locale} />
          </Card>
        )}
        <Card title={t("routes.districtPlans.yourDistrictSPlans")}>
          <DataTable
            caption={t("routes.districtPlans.yourDistrictSPlans")}
            rows={plans}
            rowKey={(p) => p.id}
            empty={t("routes.districtPlans.noPlansYet")}
            columns={[
              {
                key: "year",
                header: t("routes.districtPlans.year"),
                cell: (p) => (
                  <Link className="text-brand-700 underline" href={`/district/plans/${p.id}`}>
                    {t("routes.districtPlans.plan", { year: String(p.year) })}
                  </Link>
                ),
              },
              {
                key: "status",
                header: t("routes.districtPlans.status"),
                cell: (p) => PLAN_STATUS_LABELS[p.status][locale],
              },
              {
                key: "entries",
                header: t("routes.districtPlans.entries"),
                align: "right",
                cell: (p) => p._count.entries,
              },
              {
                key: "area",
                header: t("routes.districtPlans.floorArea"),
                align: "right",
                cell: (p) => formatArea(p.floorAreaM2, locale),
              },
              {
                key: "households",
                header: t("routes.districtPlans.households"),
                align: "right",
                cell: (p) => p.households,
              },
              {
                key: "investment",
                header: t("routes.districtPlans.investment"),
                align: "right",
                cell: (p) => formatFen(p.investmentFen, locale),
              },
              {
                key: "updated",
                header: t("routes.districtPlans.updated"),
                cell: (p) => formatDate(p.updatedAt, locale),
              },
            ]}
          />
        </Card>
      </div>
    </AppShell>
  );
}
