import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ownersWithSeveralDwellings } from "@/modules/neighborhoods/dwelling-queries";

export const metadata = { title: "一人多套业主" };

export default async function OwnersPage() {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const owners = await ownersWithSeveralDwellings(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("同一身份证号登记在多套房屋上的业主;表决时按一人计算人数,面积合并计算。", "Owners registered (by ID number) on several dwellings: in a vote they count as one owner, with their areas added.")}>
        {L("业主名册 · 一人多套", "Owner register · owners of several dwellings")}
      </PageTitle>
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full text-sm" data-testid="multi-owners">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th className="px-3 py-2">{L("业主", "Owner")}</th>
              <th className="px-3 py-2">{L("套数", "Dwellings")}</th>
              <th className="px-3 py-2">{L("房屋", "Rooms")}</th>
            </tr>
          </thead>
          <tbody>
            {owners.map((o) => (
              <tr key={o.key} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">{o.name}({L("身份证号末四位", "ID ends")} {o.idLast4})</td>
                <td className="px-3 py-2">{o.count}</td>
                <td className="px-3 py-2">
                  {o.dwellings.map((d, i) => (
                    <span key={d.id}>
                      {i ? "、" : ""}
                      <Link className="text-brand-700 hover:underline" href={`/district/dwellings/${d.id}`}>{d.label}</Link>
                      {d.coOwner ? L("(共有)", " (co-owned)") : ""}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
            {owners.length === 0 ? <tr><td colSpan={3} className="px-3 py-4 text-slate-500">{L("没有登记在多套房屋上的业主。", "No owner is registered on more than one dwelling.")}</td></tr> : null}
          </tbody>
        </table>
      </div>
    </AppShell>
  );
}
