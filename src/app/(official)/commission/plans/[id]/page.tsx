import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { ChangesList, EntriesTable, ReviewHistory } from "@/modules/plans/components/plan-parts";
import { ReviewPanel } from "@/modules/plans/components/review-panel";
import { getPlan } from "@/modules/plans/queries";
import { getTranslations } from "next-intl/server";

export default async function CommissionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const plan = await orNotFound(getPlan(actor, id));
  return (
    <AppShell actor={actor}>
      <Link href="/commission/plans" className="text-sm text-brand-700">
        ← {t("routes.commissionPlansId.backToPlans")}
      </Link>
      <PageTitle
        subtitle={`${t("routes.commissionPlansId.status")}:${PLAN_STATUS_LABELS[plan.status][locale]} · ${t("routes.commissionPlansId.version", { version: String(plan.version) })}`}
      >
        {t("routes.commissionPlansId.plan", { name: String(plan.district.name), year: String(plan.year) })}
      </PageTitle>
      <p data-testid="plan-status" className="sr-only">
        {PLAN_STATUS_LABELS[plan.status][locale]}
      </p>
      <div className="space-y-6">
        {plan.changes && plan.changedFromVersion && plan.status !== "APPROVED" ? (
          <Card
            title={t("routes.commissionPlansId.changesSinceVersion", {
              changedFromVersion: String(plan.changedFromVersion),
            })}
          >
            <ChangesList changes={plan.changes} fromVersion={plan.changedFromVersion} locale={locale} />
          </Card>
        ) : null}
        {plan.changesSinceApproval && plan.approvedVersion ? (
          <Card
            title={t("routes.commissionPlansId.amendedSinceApprovalVersion", {
              approvedVersion: String(plan.approvedVersion),
            })}
          >
            <ChangesList changes={plan.changesSinceApproval} fromVersion={plan.approvedVersion} locale={locale} />
          </Card>
        ) : null}
        <Card title={t("routes.commissionPlansId.entries")}>
          <EntriesTable plan={plan} locale={locale} />
          <a href={`/district/plans/${plan.id}/export`} className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("routes.commissionPlansId.exportToExcel")}
          </a>
        </Card>
        {plan.status === "SUBMITTED" ? (
          <Card title={t("routes.commissionPlansId.review")}>
            <ReviewPanel
              planId={plan.id}
              entries={plan.entries.map((e) => ({ id: e.id, name: e.neighborhood?.name ?? "" }))}
              locale={locale}
            />
          </Card>
        ) : null}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.commissionPlansId.history")}>
            <ReviewHistory plan={plan} locale={locale} />
          </Card>
          <Card title={t("routes.commissionPlansId.versionsAndAmendments")}>
            <ul className="space-y-1 text-sm">
              {plan.versions.map((v) => (
                <li key={v.version}>
                  {t("routes.commissionPlansId.v", { version: String(v.version) })} ·{" "}
                  {formatDate(v.submittedAt, locale)} · {v.entryCount}
                  {t("routes.commissionPlansId.entries_6451d")}
                  {v.version === plan.approvedVersion ? (
                    <span className="ml-2 text-green-700">{t("routes.commissionPlansId.approved")}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {plan.amendments.length > 0 ? (
              <ul className="mt-3 space-y-1 border-t pt-3 text-sm">
                {plan.amendments.map((a) => (
                  <li key={a.id}>
                    {t("routes.commissionPlansId.amendment")} · {formatDate(a.createdAt, locale)} · {a.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
