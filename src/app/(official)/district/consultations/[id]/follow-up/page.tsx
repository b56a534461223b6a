import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PrintStyles } from "@/modules/consultation/paper/components/print-sheet";
import { followUpList } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "未投票房屋(入户名单)", en: "Dwellings not yet voted (door-to-door list)" });

const text = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 60) : undefined);

/** The dwellings that have not voted, for knocking on doors: filter by building and unit, print or export. */
export default async function FollowUpPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const q = await searchParams;
  const filter = { building: text(q.building), unit: text(q.unit) };
  const list = await orNotFound(followUpList(actor, id, filter));
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <AppShell actor={actor}>
      <PrintStyles margin="12mm" />
      <div className="print:hidden">
        <Link href={`/district/consultations/${id}`} className="text-sm text-brand-700">← {L("返回表决", "Back to the ballot")}</Link>
      </div>
      <PageTitle subtitle={`${list.ballot.project.name} · ${list.ballot.title}`}>{L("未投票房屋(入户名单)", "Dwellings that have not voted")}</PageTitle>
      <p className="mb-4 text-sm" data-testid="follow-up-summary">
        {L(`共 ${list.inScope} 户,${list.missingTotal} 户尚未投票(线上、纸质票、委托投票均无)`, `${list.missingTotal} of ${list.inScope} dwellings have not voted (online, on paper or by proxy)`)}
        {filter.building || filter.unit ? L(`;当前筛选 ${filter.building ?? ""}${filter.unit ?? ""}:${list.rows.length} 户`, `; filtered: ${list.rows.length}`) : ""}。
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 text-sm shadow-sm print:hidden">
        <label className="block">{L("楼栋", "Building")}
          <select name="building" defaultValue={filter.building ?? ""} className="mt-1 block rounded border border-slate-400 p-2">
            <option value="">{L("全部", "All")}</option>
            {list.buildings.map((b) => <option key={b} value={b}>{b}</option>)}
          </select>
        </label>
        <label className="block">{L("单元", "Unit")}
          <select name="unit" defaultValue={filter.unit ?? ""} className="mt-1 block rounded border border-slate-400 p-2">
            <option value="">{L("全部", "All")}</option>
            {list.units.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("筛选", "Filter")}</button>
        <a href={`/district/consultations/${id}/follow-up/export${query ? `?${query}` : ""}`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L("导出 Excel", "Export to Excel")}</a>
        <span className="text-slate-600">{L("打印:用浏览器“打印”,只印名单。", "Print: the browser's print prints the list only.")}</span>
      </form>
      <table className="w-full bg-white text-left text-sm print:text-[10pt]">
        <thead className="text-slate-600">
          <tr>
            <th className="p-2">{L("小区", "Neighbourhood")}</th>
            <th>{L("楼栋", "Building")}</th>
            <th>{L("单元", "Unit")}</th>
            <th>{L("房号", "Room")}</th>
            <th>{L("面积 m²", "Area m²")}</th>
            <th>{L("业主", "Owners")}</th>
            <th>{L("已绑定住户电话", "Bound residents' phones")}</th>
            <th>{L("委托", "Proxy")}</th>
            <th className="w-40">{L("入户记录", "Visit notes")}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r) => (
            <tr key={r.dwellingId} className="border-t border-slate-200" data-testid="follow-up-row">
              <td className="p-2">{r.neighborhood}</td>
              <td>{r.building}</td>
              <td>{r.unit}</td>
              <td className="font-semibold" data-testid="follow-up-room">{r.room}</td>
              <td>{r.area}</td>
              <td data-testid="follow-up-owners">{r.owners.length ? r.owners.join("、") : <span className="text-slate-500">{L("未登记", "not registered")}</span>}</td>
              <td>{r.phones.length ? r.phones.join("、") : <span className="text-slate-500">{L("未绑定", "none bound")}</span>}</td>
              <td data-testid="follow-up-proxy">{r.proxy ? L(`已委托 ${r.proxy.name}${r.proxy.phone ? `(${r.proxy.phone})` : ""},受托人尚未投票`, `Proxy ${r.proxy.name}${r.proxy.phone ? ` (${r.proxy.phone})` : ""} has not voted yet`) : ""}</td>
              <td />
            </tr>
          ))}
          {list.rows.length === 0 ? <tr><td colSpan={9} className="p-4 text-center text-slate-600">{L("没有未投票的房屋。", "Every dwelling has voted.")}</td></tr> : null}
        </tbody>
      </table>
    </AppShell>
  );
}
