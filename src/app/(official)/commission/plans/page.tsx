import Link from "next/link";
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
      <PageTitle subtitle={t("routes.commissionPlans.plansTheDistrictsSubmitted")}>{t("routes.commissionPlans.planReview")}</PageTitle>
      <Card title={t("routes.commissionPlans.submittedPlans")}>
        <table className="w-full text-left text-sm">
          <thead className="border-b text-slate-600">
            <tr>
              <th className="py-2 pr-2">{t("routes.commissionPlans.district")}</th>
              <th className="py-2 pr-2">{t("routes.commissionPlans.year")}</th>
              <th className="py-2 pr-2">{t("routes.commissionPlans.status")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.commissionPlans.version")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.commissionPlans.entries")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.commissionPlans.area")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.commissionPlans.investment")}</th>
              <th className="py-2">{t("routes.commissionPlans.submitted")}</th>
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
            {plans.length === 0 ? <tr><td colSpan={8} className="py-3 text-slate-500">{t("routes.commissionPlans.noPlanSubmittedYet")}</td></tr> : null}
          </tbody>
        </table>
      </Card>
    </AppShell>
  );
}
