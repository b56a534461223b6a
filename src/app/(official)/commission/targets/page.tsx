import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { SharesForm, TargetForm } from "@/modules/programme/components/target-forms";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { programmeTargets } from "@/modules/programme/queries";
import { monthOf } from "@/modules/programme/rollup";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionTargets.targets");

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { year } = YearQuery.catch({ year: Number(monthOf(new Date()).slice(0, 4)) }).parse(await searchParams);
  const data = await programmeTargets(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.commissionTargets.theCitySYearlyTargetsAnd")}>
        {t("routes.commissionTargets.targets_5a629", { year: String(year) })}
      </PageTitle>
      <div className="mb-4">
        <YearPicker
          action="/commission/targets"
          year={year}
          label={t("routes.commissionTargets.year")}
          button={t("routes.commissionTargets.show")}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("routes.commissionTargets.cityTarget")}>
          <TargetForm key={year} year={year} target={data.target} locale={locale} />
        </Card>
        <Card title={t("routes.commissionTargets.districtShares")}>
          <SharesForm key={year} year={year} shares={data.shares} locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
