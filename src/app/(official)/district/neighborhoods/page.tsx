import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { ExtensionSwitch } from "@/modules/neighborhoods/components/extension-switch";
import { NeighborhoodList } from "@/modules/neighborhoods/components/neighborhood-list";
import {
  districtOptions,
  listNeighborhoods,
  NEIGHBORHOOD_PAGE_SIZE,
  ownDistrict,
  streetOptions,
} from "@/modules/neighborhoods/queries";
import { NeighborhoodListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtNeighborhoods.neighbourhoods");

export default async function NeighborhoodsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const filters = NeighborhoodListQuery.catch({ page: 1 }).parse(await searchParams);
  const commission = actor.role === "COMMISSION";
  const [list, streets, districts, district] = await Promise.all([
    listNeighborhoods(actor, filters),
    streetOptions(actor, filters.district),
    commission ? districtOptions() : Promise.resolve(null),
    ownDistrict(actor),
  ]);
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          commission
            ? t("routes.districtNeighborhoods.neighbourhoodsRegisteredCityWide")
            : t("routes.districtNeighborhoods.yourDistrictSRegisteredNeighbourhoods")
        }
      >
        {t("routes.districtNeighborhoods.neighbourhoodRegistry")}
      </PageTitle>
      {district ? (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <Link
            href="/district/neighborhoods/new"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white"
          >
            {t("routes.districtNeighborhoods.registerANeighbourhood")}
          </Link>
          <ExtensionSwitch
            enabled={district.allows2005Extension}
            locale={locale}
            canChange={district.canChangeSettings}
          />
        </div>
      ) : null}
      <Card title={t("routes.districtNeighborhoods.neighbourhoods_8c548")}>
        <NeighborhoodList
          locale={locale}
          list={list}
          filters={filters}
          pageSize={NEIGHBORHOOD_PAGE_SIZE}
          streets={streets}
          districts={districts}
        />
      </Card>
    </AppShell>
  );
}
