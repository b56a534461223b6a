import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { VOTE_CHOICE_LABELS, VOTE_EVENT_LABELS } from "@/lib/labels";
import { RecordProxyForm, RevokeProxyForm } from "@/modules/consultation/proxy/components/proxy-forms";
import { PaperDwellingForm } from "@/modules/consultation/paper/components/paper-dwelling-form";
import { paperEntrySheet } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "录入纸质表决票", en: "Enter paper ballots" });

/** Choose a dwelling, then enter every item of its signed paper form on one screen. */
export default async function PaperEntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dwelling?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const { dwelling: dwellingId } = await searchParams;
  const sheet = await orNotFound(paperEntrySheet(actor, id, typeof dwellingId === "string" ? dwellingId : undefined));
  const { ballot, dwelling } = sheet;
  const time = (d: Date) => d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });
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
            <p className="mb-3 text-sm text-slate-600">{L("业主本人签字的纸质票优先于受托人签字的票,两者都优先于线上投票;所有事项一次保存,有一项未选则全部不保存。", "The owner's signed form outranks the proxy's, both outrank online votes; all items are saved together or not at all.")}</p>
            {ballot.status === "OPEN" && ballot.canManage ? <PaperDwellingForm ballotId={ballot.id} dwellingId={dwelling.id} items={dwelling.items} proxy={dwelling.proxyInForce} locale={locale} /> : null}
            <h3 className="mt-6 font-semibold">{L("本户已录入的纸质票", "Paper forms on record")}</h3>
            <ul className="mt-2 space-y-1 text-sm" data-testid="paper-history">
              {dwelling.items.flatMap((i) => i.papers.map((p) => (
                <li key={p.id} className={p.counts ? "" : "text-slate-500 line-through"} data-testid={p.proxyId ? "paper-history-proxy" : undefined}>
                  {i.title}:{VOTE_CHOICE_LABELS[p.choice][locale]}
                  {p.proxyId ? <strong className="ml-1 text-amber-800">{L(`(委托投票 · 受托人 ${p.proxyName} 签字)`, ` (proxy vote, signed by ${p.proxyName})`)}</strong> : null}
                  {" · "}{time(p.enteredAt)}{p.voidedAt ? ` · ${L("已作废", "void")}:${p.voidReason}` : ""}{p.proxyRevoked ? ` · ${L("委托已撤销,不计入", "proxy revoked: not counted")}` : ""}
                </li>
              )))}
              {dwelling.items.every((i) => i.papers.length === 0) ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
            </ul>
          </Card>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card title={L("委托投票(委托书)", "Proxy (signed authorisation)")}>
              <p className="mb-3 text-sm text-slate-600">
                {L("业主可书面委托他人代为表决,仅限本次表决。受托人签字的表决票计入本户;业主本人签字的票优先于受托人的票,受托人的票优先于线上投票。撤销委托后,受托人的票不再计入(仍保留记录)。", "An owner may authorise a proxy in writing for this ballot. The proxy's signed forms count for the dwelling; the owner's own form outranks them, and they outrank the online vote. After a revocation they stop counting but stay on record.")}
              </p>
              <ul className="mb-4 space-y-3 text-sm" data-testid="proxy-list">
                {dwelling.proxies.map((p) => (
                  <li key={p.id} className={`rounded border p-3 ${p.revokedAt ? "border-slate-200 text-slate-500" : "border-amber-400"}`} data-testid="proxy-entry">
                    <p>
                      <strong>{p.revokedAt ? L("已撤销", "Revoked") : L("有效", "In force")}</strong>:{L(`委托人 ${p.ownerName} → 受托人 ${p.proxyName}`, `${p.ownerName} → proxy ${p.proxyName}`)}
                      {p.proxyIdLast4 ? L(`(身份证后四位 ${p.proxyIdLast4})`, ` (ID …${p.proxyIdLast4})`) : ""}{p.proxyPhone ? ` · ${p.proxyPhone}` : ""}
                    </p>
                    <p className="text-slate-600">
                      {L("登记于", "Recorded")} {time(p.recordedAt)} · <a href={`/api/consultation/proxies/${p.id}/scan`} className="text-brand-700">{L("委托书扫描件", "Signed authorisation")}</a>
                      {p.revokedAt ? ` · ${L("撤销于", "revoked")} ${time(p.revokedAt)}:${p.revokeReason}` : ""}
                    </p>
                    {!p.revokedAt && ballot.status === "OPEN" && ballot.canManage ? <RevokeProxyForm proxyId={p.id} locale={locale} /> : null}
                  </li>
                ))}
                {dwelling.proxies.length === 0 ? <li className="text-slate-500">{L("本户没有委托", "No proxy")}</li> : null}
              </ul>
              {!dwelling.proxyInForce && ballot.status === "OPEN" && ballot.canManage ? (
                <RecordProxyForm ballotId={ballot.id} dwellingId={dwelling.id} ownerHint={dwelling.owners.length ? L(`业主名册:${dwelling.owners.join("、")}`, `Owner register: ${dwelling.owners.join(", ")}`) : L("业主名册中未登记本户业主", "No owner registered for this dwelling")} locale={locale} />
              ) : null}
            </Card>
            <Card title={L("本户表决记录(全部)", "This dwelling's vote history")}>
              <ol className="space-y-1 text-sm" data-testid="vote-history">
                {dwelling.history.map((h) => (
                  <li key={h.id} data-testid="vote-history-row">
                    {time(h.at)} · {h.item} · <strong>{VOTE_EVENT_LABELS[h.event][locale]}</strong>
                    {h.choice ? `:${VOTE_CHOICE_LABELS[h.choice][locale]}` : ""}
                    {h.proxyName ? L(`(受托人 ${h.proxyName})`, ` (proxy ${h.proxyName})`) : ""} · {h.by}
                  </li>
                ))}
                {dwelling.history.length === 0 ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
              </ol>
            </Card>
          </div>
        </div>
      ) : null}
    </AppShell>
  );
}
