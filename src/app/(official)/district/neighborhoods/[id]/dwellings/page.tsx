import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { listQuery, PrevNext } from "@/components/pager";
import { listDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { DwellingListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtNeighborhoodsIdDwellings.dwellingsAndOwners");

export default async function DwellingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const search = await searchParams;
  const filters = DwellingListQuery.parse(search);
  const { neighborhood, dwellings, buildings, page, hasNext } = await orNotFound(listDwellings(actor, id, filters));
  const removed = search.removed === "1";
  const base = `/district/neighborhoods/${id}/dwellings`;
  const href = (p: number) => `${base}${listQuery({ building: filters.building, owners: filters.owners }, p)}`;
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${neighborhood.id}`} className="text-sm text-brand-700">
        ← {t("routes.districtNeighborhoodsIdDwellings.backToTheNeighbourhood")}
      </Link>
      <PageTitle
        subtitle={t("routes.districtNeighborhoodsIdDwellings.dwellingsRegistered50APage", {
          dwellingCount: String(neighborhood.dwellingCount),
        })}
      >
        {t("routes.districtNeighborhoodsIdDwellings.dwellingsAndOwners_7c66c", { name: String(neighborhood.name) })}
      </PageTitle>
      {removed ? (
        <p
          role="status"
          data-testid="remove-message"
          className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {t("routes.districtNeighborhoodsIdDwellings.dwellingRemovedTheRemovalIsIn")}
        </p>
      ) : null}
      <Card title={t("routes.districtNeighborhoodsIdDwellings.exportToExcel")}>
        <form
          method="get"
          action={`/district/neighborhoods/${neighborhood.id}/dwellings/export`}
          className="flex flex-wrap items-center gap-3 text-sm"
        >
          {actor.role === "DISTRICT" ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="owners" value="1" />
              {t("routes.districtNeighborhoodsIdDwellings.includeOwnersNamesPhonesAndId")}
            </label>
          ) : null}
          <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">
            {t("routes.districtNeighborhoodsIdDwellings.exportDwellings")}
          </button>
        </form>
      </Card>
      <form
        method="get"
        action={base}
        className="mt-6 flex flex-wrap items-end gap-3 text-sm"
        data-testid="dwelling-filters"
      >
        <label className="flex flex-col">
          {t("routes.districtNeighborhoodsIdDwellings.building")}
          <select
            name="building"
            defaultValue={filters.building ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("routes.districtNeighborhoodsIdDwellings.allBuildings")}</option>
            {buildings.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("routes.districtNeighborhoodsIdDwellings.owners")}
          <select
            name="owners"
            defaultValue={filters.owners ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("routes.districtNeighborhoodsIdDwellings.all")}</option>
            <option value="with">{t("routes.districtNeighborhoodsIdDwellings.withOwners")}</option>
            <option value="without">{t("routes.districtNeighborhoodsIdDwellings.withoutOwners")}</option>
          </select>
        </label>
        <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">
          {t("routes.districtNeighborhoodsIdDwellings.filter")}
        </button>
      </form>
      <DataTable
        variant="card"
        className="mt-3"
        caption={t("routes.districtNeighborhoodsIdDwellings.dwellingsOf", { name: String(neighborhood.name) })}
        testId="dwellings"
        rows={dwellings}
        rowKey={(d) => d.id}
        empty={
          filters.building || filters.owners || page > 1
            ? t("routes.districtNeighborhoodsIdDwellings.noDwellingsMatch")
            : t("routes.districtNeighborhoodsIdDwellings.noDwellingsYet")
        }
        columns={[
          {
            key: "dwelling",
            header: t("routes.districtNeighborhoodsIdDwellings.dwelling"),
            cell: (d) => (
              <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>
                {d.building}
                {d.unit}
                {d.room}
              </Link>
            ),
          },
          { key: "floor", header: t("routes.districtNeighborhoodsIdDwellings.floor"), cell: (d) => d.floor },
          { key: "area", header: t("routes.districtNeighborhoodsIdDwellings.areaM"), cell: (d) => d.areaM2 },
          {
            key: "owners",
            header: t("routes.districtNeighborhoodsIdDwellings.owners_0a8bb"),
            cell: (d) =>
              d.owners.length ? (
                d.owners.map((o) => `${o.name}(${o.idLast4})${o.phone ? ` ${o.phone}` : ""}`).join(";")
              ) : (
                <span className="text-slate-500">{t("routes.districtNeighborhoodsIdDwellings.none")}</span>
              ),
          },
        ]}
      />
      <PrevNext page={page} hasNext={hasNext} shown={dwellings.length} href={href} locale={locale} />
    </AppShell>
  );
}
