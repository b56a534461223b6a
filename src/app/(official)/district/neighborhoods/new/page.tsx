import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { NeighborhoodForm } from "@/modules/neighborhoods/components/neighborhood-form";
import { streetOptions } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtNeighborhoodsNew.registerANeighbourhood");

export default async function NewNeighborhoodPage() {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const streets = await streetOptions(actor);
  return (
    <AppShell actor={actor}>
      <Link href="/district/neighborhoods" className="text-sm text-brand-700">
        ← {t("routes.districtNeighborhoodsNew.backToTheRegistry")}
      </Link>
      <PageTitle subtitle={t("routes.districtNeighborhoodsNew.afterRegisteringImportBuildingsUnitsAnd")}>
        {t("routes.districtNeighborhoodsNew.registerANeighbourhood")}
      </PageTitle>
      <Card title={t("routes.districtNeighborhoodsNew.facts")}>
        <NeighborhoodForm
          locale={locale}
          streets={streets}
          values={{
            name: "",
            address: "",
            streetId: "",
            communityName: "",
            completionYear: "",
            poorCondition: false,
            singleBuilding: false,
            buildingCount: 0,
            propertyType: "OTHER",
            notes: "",
          }}
        />
      </Card>
    </AppShell>
  );
}
