import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { saveLiftCoefficientsForm, seedDefaultLiftCoefficientsForm } from "@/modules/funding/actions";
import { DEFAULT_TOP_FLOOR } from "@/modules/funding/default-coefficients";
import { liftCoefficientTable } from "@/modules/funding/queries";
import { MAX_TABLE_FLOOR } from "@/modules/funding/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtFundingLiftCoefficients.liftFloorCoefficients");

export default async function LiftCoefficientsPage() {
  const actor = await requirePageActor("DISTRICT");
  const t = await getTranslations();
  const table = await orNotFound(liftCoefficientTable(actor));
  const byFloor = new Map(table.rows.map((r) => [r.floor, r.coefficient]));
  const topFloor = Math.min(MAX_TABLE_FLOOR, Math.max(DEFAULT_TOP_FLOOR, table.tallestFloor, ...table.rows.map((r) => r.floor)));
  return (
    <AppShell actor={actor}>
      <Link href="/district/funding" className="text-sm text-brand-700">← {t("routes.districtFundingLiftCoefficients.backToTheFundingSummary")}</Link>
      <PageTitle subtitle={table.district.name}>{t("routes.districtFundingLiftCoefficients.liftCostCoefficients")}</PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {t("routes.districtFundingLiftCoefficients.aLiftSCostLessAny")}
      </p>
      {table.rows.length === 0 ? (
        <Card title={t("routes.districtFundingLiftCoefficients.noTableYet")}>
          <p className="mb-3 text-sm">{t("routes.districtFundingLiftCoefficients.startFromTheDefaultFloors1", { DEFAULT_TOP_FLOOR: String(DEFAULT_TOP_FLOOR) })}</p>
          <ActionForm action={seedDefaultLiftCoefficientsForm} submitLabel={t("routes.districtFundingLiftCoefficients.useTheDefaultTable")} pendingLabel={t("routes.districtFundingLiftCoefficients.saving")} testId="seed-default">
            <span />
          </ActionForm>
        </Card>
      ) : null}
      <Card title={t("routes.districtFundingLiftCoefficients.coefficientPerFloor")}>
        <ActionForm action={saveLiftCoefficientsForm} submitLabel={t("routes.districtFundingLiftCoefficients.saveTheTable")} pendingLabel={t("routes.districtFundingLiftCoefficients.saving")} successText={t("routes.districtFundingLiftCoefficients.saved")} resetOnSuccess={false} className="space-y-3" testId="coefficients">
          <p className="text-sm text-slate-600">{t("routes.districtFundingLiftCoefficients.leaveBlankForAFloorNot")}</p>
          <div className="grid grid-cols-3 gap-2 text-sm sm:grid-cols-6 lg:grid-cols-10">
            {Array.from({ length: topFloor }, (_, i) => i + 1).map((floor) => (
              <label key={floor} className="flex flex-col">
                {t("routes.districtFundingLiftCoefficients.floor", { floor: String(floor) })}
                <input name={`c${floor}`} inputMode="decimal" defaultValue={byFloor.get(floor) ?? ""} className="rounded border border-slate-300 px-2 py-1" disabled={!table.canEdit} />
              </label>
            ))}
          </div>
        </ActionForm>
      </Card>
    </AppShell>
  );
}
