import Link from "next/link";
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
          <table className="w-full text-left text-sm">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-2 pr-2">{t("routes.districtPlans.year")}</th>
                <th className="py-2 pr-2">{t("routes.districtPlans.status")}</th>
                <th className="py-2 pr-2 text-right">{t("routes.districtPlans.entries")}</th>
                <th className="py-2 pr-2 text-right">{t("routes.districtPlans.floorArea")}</th>
                <th className="py-2 pr-2 text-right">{t("routes.districtPlans.households")}</th>
                <th className="py-2 pr-2 text-right">{t("routes.districtPlans.investment")}</th>
                <th className="py-2">{t("routes.districtPlans.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} className="border-b last:border-0">
                  <td className="py-1.5 pr-2"><Link className="text-brand-700 underline" href={`/district/plans/${p.id}`}>{t("routes.districtPlans.plan", { year: String(p.year) })}</Link></td>
                  <td className="py-1.5 pr-2">{PLAN_STATUS_LABELS[p.status][locale]}</td>
                  <td className="py-1.5 pr-2 text-right">{p._count.entries}</td>
                  <td className="py-1.5 pr-2 text-right">{formatArea(p.floorAreaM2, locale)}</td>
                  <td className="py-1.5 pr-2 text-right">{p.households}</td>
                  <td className="py-1.5 pr-2 text-right">{formatFen(p.investmentFen, locale)}</td>
                  <td className="py-1.5">{formatDate(p.updatedAt, locale)}</td>
                </tr>
              ))}
              {plans.length === 0 ? <tr><td colSpan={7} className="py-3 text-slate-500">{t("routes.districtPlans.noPlansYet")}</td></tr> : null}
            </tbody>
          </table>
        </Card>
      </div>
    </AppShell>
  );
}
