import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { listQuery, PrevNext } from "@/components/pager";
import { listDwellings } from "@/modules/neighborhoods/dwelling-queries";
import { DwellingListQuery } from "@/modules/neighborhoods/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "房屋与业主清单", en: "Dwellings and owners" });

export default async function DwellingsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const search = await searchParams;
  const filters = DwellingListQuery.parse(search);
  const { neighborhood, dwellings, buildings, page, hasNext } = await orNotFound(listDwellings(actor, id, filters));
  const removed = search.removed === "1";
  const base = `/district/neighborhoods/${id}/dwellings`;
  const href = (p: number) => `${base}${listQuery({ building: filters.building, owners: filters.owners }, p)}`;
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${neighborhood.id}`} className="text-sm text-brand-700">← {L("返回小区", "Back to the neighbourhood")}</Link>
      <PageTitle subtitle={L(`共登记 ${neighborhood.dwellingCount} 户,每页 50 户`, `${neighborhood.dwellingCount} dwellings registered, 50 a page`)}>{L(`${neighborhood.name} · 房屋与业主`, `${neighborhood.name} · dwellings and owners`)}</PageTitle>
      {removed ? <p role="status" data-testid="remove-message" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{L("房屋已删除,操作已记入日志。", "Dwelling removed; the removal is in the audit log.")}</p> : null}
      <Card title={L("导出 Excel", "Export to Excel")}>
        <form method="get" action={`/district/neighborhoods/${neighborhood.id}/dwellings/export`} className="flex flex-wrap items-center gap-3 text-sm">
          {actor.role === "DISTRICT" ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="owners" value="1" />
              {L("包含业主姓名、电话和身份证号末四位(导出将记入操作日志)", "Include owners' names, phones and ID last four (recorded in the audit log)")}
            </label>
          ) : null}
          <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">{L("导出房屋清单", "Export dwellings")}</button>
        </form>
      </Card>
      <form method="get" action={base} className="mt-6 flex flex-wrap items-end gap-3 text-sm" data-testid="dwelling-filters">
        <label className="flex flex-col">{L("楼栋", "Building")}
          <select name="building" defaultValue={filters.building ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{L("全部楼栋", "All buildings")}</option>
            {buildings.map((b) => <option key={b} value={b}>{b}</option>)}
          </select>
        </label>
        <label className="flex flex-col">{L("业主登记", "Owners")}
          <select name="owners" defaultValue={filters.owners ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{L("全部", "All")}</option>
            <option value="with">{L("已登记业主", "With owners")}</option>
            <option value="without">{L("未登记业主", "Without owners")}</option>
          </select>
        </label>
        <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">{L("筛选", "Filter")}</button>
      </form>
      <DataTable
        variant="card"
        className="mt-3"
        caption={L(`${neighborhood.name}的房屋`, `Dwellings of ${neighborhood.name}`)}
        testId="dwellings"
        rows={dwellings}
        rowKey={(d) => d.id}
        empty={filters.building || filters.owners || page > 1 ? L("没有符合条件的房屋", "No dwellings match") : L("尚未登记房屋", "No dwellings yet")}
        columns={[
          { key: "dwelling", header: L("房屋", "Dwelling"), cell: (d) => <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>{d.building}{d.unit}{d.room}</Link> },
          { key: "floor", header: L("楼层", "Floor"), cell: (d) => d.floor },
          { key: "area", header: L("面积(m²)", "Area (m²)"), cell: (d) => d.areaM2 },
          {
            key: "owners",
            header: L("业主", "Owners"),
            cell: (d) => (d.owners.length ? d.owners.map((o) => `${o.name}(${o.idLast4})${o.phone ? ` ${o.phone}` : ""}`).join(";") : <span className="text-slate-500">{L("未登记", "none")}</span>),
          },
        ]}
      />
      <PrevNext page={page} hasNext={hasNext} shown={dwellings.length} href={href} locale={locale} />
    </AppShell>
  );
}
