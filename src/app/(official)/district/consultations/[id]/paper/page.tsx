import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { VOTE_CHOICE_LABELS } from "@/lib/labels";
import { PaperDwellingForm } from "@/modules/consultation/paper/components/paper-dwelling-form";
import { paperEntrySheet } from "@/modules/consultation/paper/queries";

export const metadata = { title: "录入纸质表决票" };

/** Choose a dwelling, then enter every item of its signed paper form on one screen. */
export default async function PaperEntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dwelling?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const { dwelling: dwellingId } = await searchParams;
  const sheet = await orNotFound(paperEntrySheet(actor, id, typeof dwellingId === "string" ? dwellingId : undefined));
  const { ballot, dwelling } = sheet;
  const groups = new Map<string, typeof sheet.dwellings>();
  for (const d of sheet.dwellings) {
    const key = `${d.neighborhood.name} ${d.unit.building.name}${d.unit.name}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return (
    <AppShell actor={actor}>
      <Link href={`/district/consultations/${ballot.id}#paper`} className="text-sm text-brand-700">← {L("返回表决", "Back to the ballot")}</Link>
      <PageTitle subtitle={ballot.project.name}>{L("按户录入纸质表决票", "Enter a dwelling's paper form")}</PageTitle>
      {ballot.status !== "OPEN" ? <p className="mb-4 rounded bg-amber-50 p-3 text-amber-900">{L("该表决不在进行中,不能录入纸质表决票。", "The ballot is not open: paper forms cannot be entered.")}</p> : null}
      <Card title={L("1. 选择房屋(楼栋/单元/房号)", "1. Choose the dwelling")}>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="block text-sm">
            {L("房屋", "Dwelling")}
            <select name="dwelling" defaultValue={dwelling?.id ?? ""} className="mt-1 block min-w-72 rounded border border-slate-400 p-2 text-base" data-testid="paper-dwelling-select">
              <option value="" disabled>{L("请选择", "Choose")}</option>
              {[...groups].map(([label, list]) => (
                <optgroup key={label} label={label}>
                  {list.map((d) => <option key={d.id} value={d.id}>{label} {d.room}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("打开本户", "Open")}</button>
        </form>
      </Card>
      {dwelling ? (
        <div className="mt-6">
          <Card title={L(`2. ${dwelling.neighborhood.name} ${dwelling.unit.building.name}${dwelling.unit.name} ${dwelling.room}(${dwelling.area} m²):按纸质表逐项录入`, `2. ${dwelling.unit.building.name}${dwelling.unit.name} ${dwelling.room}: enter each item as marked`)}>
            <p className="mb-3 text-sm text-slate-600">{L("签字纸质表决票优先于线上投票;所有事项一次保存,有一项未选则全部不保存。", "The signed form overrides online votes; all items are saved together or not at all.")}</p>
            {ballot.status === "OPEN" && ballot.canManage ? <PaperDwellingForm ballotId={ballot.id} dwellingId={dwelling.id} items={dwelling.items} /> : null}
            <h3 className="mt-6 font-semibold">{L("本户已录入的纸质票", "Paper forms on record")}</h3>
            <ul className="mt-2 space-y-1 text-sm" data-testid="paper-history">
              {dwelling.items.flatMap((i) => i.papers.map((p) => (
                <li key={p.id} className={p.voidedAt ? "text-slate-500 line-through" : ""}>
                  {i.title}:{VOTE_CHOICE_LABELS[p.choice][locale]} · {p.enteredAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}{p.voidedAt ? ` · ${L("已作废", "void")}:${p.voidReason}` : ""}
                </li>
              )))}
              {dwelling.items.every((i) => i.papers.length === 0) ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
            </ul>
          </Card>
        </div>
      ) : null}
    </AppShell>
  );
}
