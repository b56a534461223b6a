import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { NeighborhoodForm } from "@/modules/neighborhoods/components/neighborhood-form";
import { getNeighborhood, streetOptions } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtNeighborhoodsIdEdit.editNeighbourhood");

export default async function EditNeighborhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const n = await orNotFound(getNeighborhood(actor, id));
  const streets = await streetOptions(actor);
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${n.id}`} className="text-sm text-brand-700">
        ← {t("routes.districtNeighborhoodsIdEdit.backToTheNeighbourhood")}
      </Link>
      <PageTitle>{t("routes.districtNeighborhoodsIdEdit.edit", { name: String(n.name) })}</PageTitle>
      <Card title={t("routes.districtNeighborhoodsIdEdit.facts")}>
        <NeighborhoodForm
          locale={locale}
          streets={streets}
          values={{
            id: n.id,
            version: n.version,
            name: n.name,
            address: n.address,
            streetId: n.streetId ?? "",
            communityName: n.community?.name ?? "",
            completionYear: n.completionYear,
            poorCondition: n.poorCondition,
            singleBuilding: n.singleBuilding,
            buildingCount: n.buildingCount,
            propertyType: n.propertyType,
            notes: n.notes,
          }}
        />
      </Card>
    </AppShell>
  );
}
