import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate, formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS } from "@/lib/labels";
import { deleteFundingRecordForm } from "@/modules/funding/actions";
import { BalanceBanner } from "@/modules/funding/components/balance-banner";
import { RecordForm } from "@/modules/funding/components/record-form";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { FUNDING_SOURCE_LABELS, FUNDING_STATUS_LABELS } from "@/modules/funding/labels";
import { exactYuan } from "@/lib/money";
import { describeLedgerChange } from "@/modules/funding/history";
import { ledgerHistory, projectLedger } from "@/modules/funding/queries";
import { FUNDING_SHARE_LABELS, FUNDING_SHARE_OF_SOURCE } from "@/modules/funding/shares";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "资金台账", en: "Funding ledger" });

const td = "py-1.5 pr-2 align-top";

export default async function ProjectFundingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const ledger = await orNotFound(projectLedger(actor, id));
  const { project: p, summary } = ledger;
  const history = await ledgerHistory(actor, p.id);
  const itemLabel = (i: { catalogueItem: { name: string; nameEn: string }; unit: { name: string; building: { name: string } } | null }) =>
    `${locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}${i.unit ? ` · ${i.unit.building.name}${i.unit.name}` : ""}`;
  const options = {
    items: ledger.items.map((i) => ({ id: i.id, label: itemLabel(i) })),
    decisions: ledger.decisions.map((d) => ({ id: d.id, title: d.title, matter: d.matter, ballotTitle: d.ballot.title })),
  };
  return (
    <AppShell actor={actor}>
      <Link href={`/district/projects/${p.id}`} className="text-sm text-brand-700">← {L("返回项目详情", "Back to the project")}</Link>
      <PageTitle subtitle={`${p.code} · ${p.district.name} · ${p.year}${L("年度", "")}`}>{L("资金台账", "Funding ledger")}:{p.name}</PageTitle>

      <BalanceBanner balance={ledger.balance} estimateFen={ledger.estimateFen} plannedFen={summary.total.plannedFen} locale={locale} />
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 text-sm text-slate-600">
        {L("已承诺", "Committed")} {formatFen(summary.total.committedFen, locale)} · {L("已到位", "Paid")} {formatFen(summary.total.paidFen, locale)} ·{" "}
        <a href={`/district/projects/${p.id}/funding/export`} className="text-brand-700 hover:underline">{L("导出 Excel", "Export to Excel")}</a>
      </p>

      <div className="grid gap-6">
        <Card title={L("资金记录", "Funding records")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="funding-records">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{L("资金来源", "Source")}</th><th className="py-2 pr-2">{L("状态", "Status")}</th>
                  <th className="py-2 pr-2 text-right">{L("计划", "Planned")}</th><th className="py-2 pr-2 text-right">{L("已承诺", "Committed")}</th><th className="py-2 pr-2 text-right">{L("已到位", "Paid")}</th>
                  <th className="py-2 pr-2">{L("日期", "Date")}</th><th className="py-2 pr-2">{L("文号与附件", "Reference")}</th><th className="py-2 pr-2">{L("关联", "Linked to")}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.records.map((r) => (
                  <tr key={r.id} className="border-b last:border-0">
                    <td className={td}>{FUNDING_SOURCE_LABELS[r.source][locale]}<div className="text-xs text-slate-500">{FUNDING_SHARE_LABELS[FUNDING_SHARE_OF_SOURCE[r.source]][locale]}</div></td>
                    <td className={td}>{FUNDING_STATUS_LABELS[r.status][locale]}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.plannedFen, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.committedFen, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.paidFen, locale)}</td>
                    <td className={td}>{formatDate(r.recordedOn, locale)}</td>
                    <td className={td}>
                      {r.documentRef || "—"}
                      {r.attachmentKey ? <div><a href={`/district/projects/${p.id}/funding/attachments/${r.id}`} target="_blank" rel="noopener noreferrer" className="text-brand-700 hover:underline">{L("查看附件", "Attachment")}</a></div> : null}
                      {r.note ? <div className="text-xs text-slate-500">{r.note}</div> : null}
                    </td>
                    <td className={td}>
                      {r.projectItem ? <div>{itemLabel(r.projectItem)}</div> : null}
                      {r.ballotItem ? <Link href={`/district/consultations/${r.ballotItem.ballotId}`} className="text-brand-700 hover:underline">{L("表决", "Decision")}:{r.ballotItem.title}</Link> : null}
                      {ledger.canEdit ? (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-brand-700">{L("修改", "Edit")}</summary>
                          <div className="mt-2 w-[min(90vw,56rem)] rounded border border-slate-200 bg-slate-50 p-3">
                            <RecordForm locale={locale} projectId={p.id} record={r} options={options} />
                            {r.status === "PLANNED" ? (
                              <ActionForm action={deleteFundingRecordForm} submitLabel={L("删除此记录", "Delete this record")} pendingLabel="…" className="mt-3 text-sm">
                                <input type="hidden" name="recordId" value={r.id} />
                                <input type="hidden" name="updatedAt" value={r.updatedAt.toISOString()} />
                              </ActionForm>
                            ) : null}
                          </div>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                ))}
                {ledger.records.length === 0 ? <tr><td colSpan={8} className="py-3 text-slate-500">{L("尚未登记资金", "No funding recorded yet")}</td></tr> : null}
              </tbody>
            </table>
          </div>
        </Card>

        {ledger.canEdit ? (
          <Card title={L("登记资金", "Record funding")}>
            <p className="mb-3 text-sm text-slate-600">
              {L("金额以元为单位填写(最多两位小数)。须满足:已到位 ≤ 已承诺 ≤ 计划;“计划”状态无承诺和到位金额,“已到位”状态到位金额等于承诺金额。使用住宅专项维修资金须关联业主一般事项表决通过的结果,补建、续筹须关联特别事项表决通过的结果。",
                "Amounts in yuan (up to 2 decimals). Paid ≤ committed ≤ planned; a planned record has nothing committed or paid, a paid record has all of its commitment paid. Using the maintenance fund needs a passed ordinary decision of the owners, raising it a passed special one.")}
            </p>
            <RecordForm locale={locale} projectId={p.id} options={options} />
          </Card>
        ) : (
          <p className="text-sm text-slate-600">{L("资金由项目所在区县登记;市住房城乡建委可查看。", "Funding is recorded by the project's district; the commission reads it.")}</p>
        )}

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("按资金来源", "By source")}><SourceTable summary={summary} locale={locale} /></Card>
          <Card title={L("按年度(登记日期)", "By year (record date)")}><YearTable summary={summary} locale={locale} /></Card>
        </div>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("加装电梯费用分摊", "Lift cost split")}>
            <ul className="space-y-1 text-sm" data-testid="lift-items">
              {ledger.liftItems.map((i) => (
                <li key={i.id}>
                  <Link href={`/district/projects/${p.id}/funding/lift/${i.id}`} className="text-brand-700 hover:underline">{itemLabel(i)}</Link>
                  {" "}· {formatFen(i.estimatedCostFen, locale)} · {i._count.liftShares ? L(`已分摊到 ${i._count.liftShares} 户`, `split over ${i._count.liftShares} dwellings`) : L("尚未分摊", "not split yet")}
                </li>
              ))}
              {ledger.liftItems.length === 0 ? <li className="text-slate-500">{L("本项目没有加装电梯事项", "No lift items in this project")}</li> : null}
            </ul>
          </Card>
          <Card title={L("业主表决", "Owners' decisions")}>
            <ul className="space-y-1 text-sm">
              {ledger.ballots.map((b) => (
                <li key={b.id}><Link href={`/district/consultations/${b.id}`} className="text-brand-700 hover:underline">{b.title}</Link> · {BALLOT_STATUS_LABELS[b.status][locale]}</li>
              ))}
              {ledger.ballots.length === 0 ? <li className="text-slate-500">{L("本项目尚无表决;使用或续筹维修资金前须先经业主表决。", "No ballots yet; the maintenance fund needs the owners' decision first.")}</li> : null}
            </ul>
          </Card>
        </div>

        <Card title={L("变更记录", "History")}>
          <ol className="space-y-1 text-sm" data-testid="ledger-history">
            {history.map((h) => (
              <li key={h.id.toString()} className="border-b py-1 last:border-0">
                <span className="text-slate-500">{h.at.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })} · {h.actor?.displayName ?? L("系统", "system")}</span>{" "}
                {describeLedgerChange(h.action, h.before as Record<string, unknown> | null, h.after as Record<string, unknown> | null)[locale]}
              </li>
            ))}
            {history.length === 0 ? <li className="text-slate-500">{L("暂无记录", "No changes recorded")}</li> : null}
          </ol>
        </Card>
      </div>
    </AppShell>
  );
}
