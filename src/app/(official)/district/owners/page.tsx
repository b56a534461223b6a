import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { listQuery, PrevNext } from "@/components/pager";
import { ownersWithSeveralDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { OwnerListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtOwners.ownersOfSeveralDwellings");

export default async function OwnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const filters = OwnerListQuery.parse(await searchParams);
  const { owners, page, hasNext } = await ownersWithSeveralDwellings(actor, filters);
  const href = (p: number) => `/district/owners${listQuery({ last4: filters.last4, neighborhood: filters.neighborhood }, p)}`;
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.districtOwners.ownersRegisteredByIdNumberOn")}>
        {t("routes.districtOwners.ownerRegisterOwnersOfSeveralDwellings")}
      </PageTitle>
      <form method="get" action="/district/owners" className="mb-3 flex flex-wrap items-end gap-3 text-sm" data-testid="owner-filters">
        <label className="flex flex-col">{t("routes.districtOwners.neighbourhood")}
          <input name="neighborhood" defaultValue={filters.neighborhood ?? ""} className="rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <label className="flex flex-col">{t("routes.districtOwners.idNumberSLastFour")}
          <input name="last4" defaultValue={filters.last4 ?? ""} maxLength={4} className="w-24 rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">{t("routes.districtOwners.filter")}</button>
      </form>
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full text-sm" data-testid="multi-owners">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th className="px-3 py-2">{t("routes.districtOwners.owner")}</th>
              <th className="px-3 py-2">{t("routes.districtOwners.dwellings")}</th>
              <th className="px-3 py-2">{t("routes.districtOwners.rooms")}</th>
            </tr>
          </thead>
          <tbody>
            {owners.map((o) => (
              <tr key={o.key} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">{o.name}({t("routes.districtOwners.idEnds")} {o.idLast4})</td>
                <td className="px-3 py-2">{o.count}</td>
                <td className="px-3 py-2">
                  {o.dwellings.map((d, i) => (
                    <span key={d.id}>
                      {i ? "、" : ""}
                      <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>{d.label}</Link>
                      {d.coOwner ? t("routes.districtOwners.coOwned") : ""}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
            {owners.length === 0 ? <tr><td colSpan={3} className="px-3 py-4 text-slate-500">{filters.last4 || filters.neighborhood || page > 1 ? t("routes.districtOwners.noOwnerMatches") : t("routes.districtOwners.noOwnerIsRegisteredOnMore")}</td></tr> : null}
          </tbody>
        </table>
      </div>
      <PrevNext page={page} hasNext={hasNext} shown={owners.length} href={href} locale={locale} />
    </AppShell>
  );
}
