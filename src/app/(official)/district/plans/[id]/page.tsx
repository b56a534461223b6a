import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { EntryForm, type EntryDefaults } from "@/modules/plans/components/entry-form";
import { ImportPanel } from "@/modules/plans/components/import-panel";
import { RemoveEntryButton, SubmitPlanButton } from "@/modules/plans/components/plan-buttons";
import { EntriesTable, ReviewHistory } from "@/modules/plans/components/plan-parts";
import { wanInput } from "@/lib/money";
import { eligibleNeighborhoods, getPlan } from "@/modules/plans/queries";
import { editRule } from "@/modules/plans/rules";
import { getTranslations } from "next-intl/server";

export default async function DistrictPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edit?: string }>;
}) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const [{ id }, { edit }] = await Promise.all([params, searchParams]);
  const plan = await orNotFound(getPlan(actor, id));
  const neighborhoods = await eligibleNeighborhoods(actor);
  const status = editRule(plan.status);
  // Amending an approved plan is district-level work: a street-scoped official reads it only.
  const rule =
    status.editable && status.amendment && !plan.canManagePlan
      ? { editable: false as const, reason: t("routes.districtPlansId.thePlanIsApprovedAmendmentsAre") }
      : status;
  const editing = edit ? plan.entries.find((e) => e.id === edit) : undefined;
  const defaults: EntryDefaults | undefined = editing && {
    entryId: editing.id,
    neighborhoodId: editing.neighborhoodId ?? "",
    floorAreaM2: editing.floorAreaM2.toString(),
    households: String(editing.households),
    buildings: String(editing.buildings),
    investmentWan: wanInput(editing.investmentFen),
    startQuarter: editing.startQuarter,
    categories: editing.categories,
    residentsConsulted: editing.residentsConsulted,
    note: editing.note,
  };
  const amendment = rule.editable && rule.amendment;
  return (
    <AppShell actor={actor}>
      <Link href="/district/plans" className="text-sm text-brand-700">
        ← {t("routes.districtPlansId.backToPlans")}
      </Link>
      <PageTitle
        subtitle={`${plan.district.name} · ${t("routes.districtPlansId.status")}:${PLAN_STATUS_LABELS[plan.status][locale]}${plan.version ? t("routes.districtPlansId.version", { version: String(plan.version) }) : ""}`}
      >
        {t("routes.districtPlansId.annualPlan", { year: String(plan.year) })}
      </PageTitle>
      <p data-testid="plan-status" className="sr-only">
        {PLAN_STATUS_LABELS[plan.status][locale]}
      </p>
      <div className="space-y-6">
        {plan.lastReturn ? (
          <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">{t("routes.districtPlansId.returnedByTheCommission")}</p>
            <p className="whitespace-pre-wrap" data-testid="return-comment">
              {plan.lastReturn.comment}
            </p>
            {plan.lastReturn.comments.some((c) => c.entryId) ? (
              <p className="mt-1">{t("routes.districtPlansId.entryCommentsAreShownInThe")}</p>
            ) : null}
          </div>
        ) : null}
        {!rule.editable ? <p className="rounded bg-slate-100 p-3 text-sm">{rule.reason}</p> : null}
        <Card title={t("routes.districtPlansId.entries")}>
          <EntriesTable
            plan={plan}
            locale={locale}
            actions={
              rule.editable
                ? (entryId) => (
                    <span className="space-x-3">
                      <Link
                        className="text-brand-700 underline"
                        href={`/district/plans/${plan.id}?edit=${entryId}#entry-form`}
                      >
                        {t("routes.districtPlansId.edit")}
                      </Link>
                      <RemoveEntryButton planId={plan.id} entryId={entryId} amendment={amendment} locale={locale} />
                    </span>
                  )
                : undefined
            }
          />
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <a href={`/district/plans/${plan.id}/export`} className="text-sm text-brand-700 underline">
              {t("routes.districtPlansId.exportToExcel")}
            </a>
            {plan.canManagePlan && (plan.status === "DRAFT" || plan.status === "RETURNED") ? (
              <SubmitPlanButton planId={plan.id} resubmit={plan.status === "RETURNED"} locale={locale} />
            ) : null}
          </div>
        </Card>
        {rule.editable ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <div id="entry-form">
              <Card
                title={
                  editing
                    ? t("routes.districtPlansId.editEntry")
                    : amendment
                      ? t("routes.districtPlansId.amendmentAddAnEntry")
                      : t("routes.districtPlansId.addAnEntry")
                }
              >
                <EntryForm
                  key={editing?.id ?? "new"}
                  planId={plan.id}
                  neighborhoods={neighborhoods}
                  defaults={defaults}
                  amendment={amendment}
                  locale={locale}
                />
              </Card>
            </div>
            {!amendment ? (
              <Card title={t("routes.districtPlansId.excelImport")}>
                <ImportPanel planId={plan.id} locale={locale} />
              </Card>
            ) : null}
          </div>
        ) : null}
        <Card title={t("routes.districtPlansId.history")}>
          <ReviewHistory plan={plan} locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
