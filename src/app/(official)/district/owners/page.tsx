import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { listQuery, PrevNext } from "@/components/pager";
import { ownersWithSeveralDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { OwnerListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtOwners.ownersOfSeveralDwellings");

export default async function OwnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const filters = OwnerListQuery.parse(await searchParams);
  const { owners, page, hasNext } = await ownersWithSeveralDwellings(actor, filters);
  const href = (p: number) =>
    `/district/owners${listQuery({ last4: filters.last4, neighborhood: filters.neighborhood }, p)}`;
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.districtOwners.ownersRegisteredByIdNumberOn")}>
        {t("routes.districtOwners.ownerRegisterOwnersOfSeveralDwellings")}
      </PageTitle>
      <form
        method="get"
        action="/district/owners"
        className="mb-3 flex flex-wrap items-end gap-3 text-sm"
        data-testid="owner-filters"
      >
        <label className="flex flex-col">
          {t("routes.districtOwners.neighbourhood")}
          <input
            name="neighborhood"
            defaultValue={filters.neighborhood ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col">
          {t("routes.districtOwners.idNumberSLastFour")}
          <input
            name="last4"
            defaultValue={filters.last4 ?? ""}
            maxLength={4}
            className="w-24 rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">
          {t("routes.districtOwners.filter")}
        </button>
      </form>
      <DataTable
        variant="card"
        caption={t("routes.districtOwners.ownersRegisteredOnSeveralDwellings")}
        testId="multi-owners"
        rows={owners}
        rowKey={(o) => o.key}
        empty={
          filters.last4 || filters.neighborhood || page > 1
            ? t("routes.districtOwners.noOwnerMatches")
            : t("routes.districtOwners.noOwnerIsRegisteredOnMore")
        }
        columns={[
          {
            key: "owner",
            header: t("routes.districtOwners.owner"),
            cell: (o) => (
              <>
                {o.name}({t("routes.districtOwners.idEnds")} {o.idLast4})
              </>
            ),
          },
          { key: "count", header: t("routes.districtOwners.dwellings"), cell: (o) => o.count },
          {
            key: "rooms",
            header: t("routes.districtOwners.rooms"),
            cell: (o) =>
              o.dwellings.map((d, i) => (
                <span key={d.id}>
                  {i ? "、" : ""}
                  <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>
                    {d.label}
                  </Link>
                  {d.coOwner ? t("routes.districtOwners.coOwned") : ""}
                </span>
              )),
          },
        ]}
      />
      <PrevNext page={page} hasNext={hasNext} shown={owners.length} href={href} locale={locale} />
    </AppShell>
  );
}
