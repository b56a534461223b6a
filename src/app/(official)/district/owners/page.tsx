import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { listQuery, PrevNext } from "@/components/pager";
import { ownersWithSeveralDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { OwnerListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "一人多套业主", en: "Owners of several dwellings" });

export default async function OwnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const filters = OwnerListQuery.parse(await searchParams);
  const { owners, page, hasNext } = await ownersWithSeveralDwellings(actor, filters);
  const href = (p: number) => `/district/owners${listQuery({ last4: filters.last4, neighborhood: filters.neighborhood }, p)}`;
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("同一身份证号登记在多套房屋上的业主;表决时按一人计算人数,面积合并计算。", "Owners registered (by ID number) on several dwellings: in a vote they count as one owner, with their areas added.")}>
        {L("业主名册 · 一人多套", "Owner register · owners of several dwellings")}
      </PageTitle>
      <form method="get" action="/district/owners" className="mb-3 flex flex-wrap items-end gap-3 text-sm" data-testid="owner-filters">
        <label className="flex flex-col">{L("小区名称", "Neighbourhood")}
          <input name="neighborhood" defaultValue={filters.neighborhood ?? ""} className="rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <label className="flex flex-col">{L("身份证号末四位", "ID number's last four")}
          <input name="last4" defaultValue={filters.last4 ?? ""} maxLength={4} className="w-24 rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">{L("筛选", "Filter")}</button>
      </form>
      <DataTable
        variant="card"
        caption={L("登记在多套房屋上的业主", "Owners registered on several dwellings")}
        testId="multi-owners"
        rows={owners}
        rowKey={(o) => o.key}
        empty={filters.last4 || filters.neighborhood || page > 1 ? L("没有符合条件的业主。", "No owner matches.") : L("没有登记在多套房屋上的业主。", "No owner is registered on more than one dwelling.")}
        columns={[
          { key: "owner", header: L("业主", "Owner"), cell: (o) => <>{o.name}({L("身份证号末四位", "ID ends")} {o.idLast4})</> },
          { key: "count", header: L("套数", "Dwellings"), cell: (o) => o.count },
          {
            key: "rooms",
            header: L("房屋", "Rooms"),
            cell: (o) =>
              o.dwellings.map((d, i) => (
                <span key={d.id}>
                  {i ? "、" : ""}
                  <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>{d.label}</Link>
                  {d.coOwner ? L("(共有)", " (co-owned)") : ""}
                </span>
              )),
          },
        ]}
      />
      <PrevNext page={page} hasNext={hasNext} shown={owners.length} href={href} locale={locale} />
    </AppShell>
  );
}
