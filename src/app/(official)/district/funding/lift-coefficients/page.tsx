import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { CoefficientsForm, SeedDefaultForm } from "@/modules/funding/components/coefficient-forms";
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
  const topFloor = Math.min(
    MAX_TABLE_FLOOR,
    Math.max(DEFAULT_TOP_FLOOR, table.tallestFloor, ...table.rows.map((r) => r.floor)),
  );
  return (
    <AppShell actor={actor}>
      <Link href="/district/funding" className="text-sm text-brand-700">
        ← {t("routes.districtFundingLiftCoefficients.backToTheFundingSummary")}
      </Link>
      <PageTitle subtitle={table.district.name}>
        {t("routes.districtFundingLiftCoefficients.liftCostCoefficients")}
      </PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {t("routes.districtFundingLiftCoefficients.aLiftSCostLessAny")}
      </p>
      {table.rows.length === 0 ? (
        <Card title={t("routes.districtFundingLiftCoefficients.noTableYet")}>
          <p className="mb-3 text-sm">
            {t("routes.districtFundingLiftCoefficients.startFromTheDefaultFloors1", {
              DEFAULT_TOP_FLOOR: String(DEFAULT_TOP_FLOOR),
            })}
          </p>
          <SeedDefaultForm />
        </Card>
      ) : null}
      <Card title={t("routes.districtFundingLiftCoefficients.coefficientPerFloor")}>
        <CoefficientsForm topFloor={topFloor} coefficients={Object.fromEntries(byFloor)} canEdit={table.canEdit} />
      </Card>
    </AppShell>
  );
}
