import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { markLiftSharePaidForm, splitLiftForm } from "@/modules/funding/actions";
import { SHARE_PAYMENT_LABELS } from "@/modules/funding/labels";
import { exactYuan } from "@/lib/money";
import { liftSplit } from "@/modules/funding/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "加装电梯费用分摊", en: "Lift cost split" });

const input = "rounded border border-slate-300 px-2 py-1";

export default async function LiftSplitPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id, itemId } = await params;
  const s = await orNotFound(liftSplit(actor, id, itemId));
  const unit = s.item.unit!;
  const split = s.dwellings.some((d) => d.share);
  return (
    <AppShell actor={actor}>
      <Link href={`/district/projects/${s.project.id}/funding`} className="text-sm text-brand-700">← {L("返回资金台账", "Back to the ledger")}</Link>
      <PageTitle subtitle={`${s.project.name} · ${unit.building.neighborhood.name}`}>{L("加装电梯费用分摊", "Lift cost split")}:{unit.building.name}{unit.name}</PageTitle>
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <p>
          {L("电梯估算费用", "Lift cost")} {exactYuan(s.item.estimatedCostFen, locale)} − {L("补助(资金台账中关联本事项的政府、社会力量资金计划)", "subsidy (government and society funding linked to this item in the ledger)")} {exactYuan(s.subsidyFen, locale)} ={" "}
          <strong data-testid="residents-total">{L("居民分摊", "residents' share")} {s.residentsFen >= 0n ? exactYuan(s.residentsFen, locale) : "—"}</strong>
        </p>
        {split ? (
          <p className="mt-1" data-testid="shares-total">{L("已存分摊合计", "Stored shares total")} {exactYuan(s.sharesTotalFen, locale)} · {L(`已缴 ${s.paidCount} 户`, `${s.paidCount} paid`)}</p>
        ) : null}
        {split && s.sharesTotalFen !== s.residentsFen ? <p className="mt-1 font-semibold text-amber-800">{L("费用或补助已变化,与已存分摊不一致;尚无住户缴纳时可重新计算。", "The cost or subsidy changed since the split; recompute while nobody has paid.")}</p> : null}
        {!s.hasTable ? <p className="mt-2 text-amber-800">{L("本区县尚未设置分摊系数表。", "The district has no coefficient table yet.")} <Link href="/district/funding/lift-coefficients" className="text-brand-700 underline">{L("去设置", "Set it up")}</Link></p> : null}
        {s.canEdit ? (
          <ActionForm action={splitLiftForm} submitLabel={split ? L("重新计算分摊", "Recompute the split") : L("计算分摊", "Compute the split")} pendingLabel={L("正在计算…", "Computing…")} successText={L("已计算并保存。", "Computed and saved.")} className="mt-3 space-y-2" testId="split-lift">
            <input type="hidden" name="projectItemId" value={s.item.id} />
            <p className="text-xs text-slate-500">{L("按本区县系数表计算;重新计算会替换全部未缴分摊,已有住户缴纳后不能重新计算。", "Uses the district's table; recomputing replaces the unpaid shares and is refused once anyone has paid.")}</p>
          </ActionForm>
        ) : null}
      </div>
      <Card title={L("各户分摊", "Per dwelling")}>
        <table className="w-full text-left text-sm" data-testid="lift-shares">
          <thead className="border-b text-slate-600">
            <tr><th className="py-2 pr-2">{L("房号", "Room")}</th><th className="py-2 pr-2">{L("楼层", "Floor")}</th><th className="py-2 pr-2 text-right">{L("专有面积", "Area")}</th><th className="py-2 pr-2 text-right">{L("分摊金额", "Share")}</th><th className="py-2 pr-2">{L("缴纳", "Payment")}</th></tr>
          </thead>
          <tbody>
            {s.dwellings.map((d) => (
              <tr key={d.id} className="border-b last:border-0">
                <td className="py-1.5 pr-2">{d.room}</td>
                <td className="py-1.5 pr-2">{d.floor}</td>
                <td className="py-1.5 pr-2 text-right">{formatArea(d.areaM2, locale)}</td>
                <td className="py-1.5 pr-2 text-right tabular-nums">{d.share ? exactYuan(d.share.fen, locale) : "—"}</td>
                <td className="py-1.5 pr-2">
                  {d.share ? (
                    <>
                      <span data-testid="share-payment">{SHARE_PAYMENT_LABELS[d.share.payment][locale]}{d.share.paidAt ? ` · ${formatDate(d.share.paidAt, locale)}` : ""}</span>
                      {s.canEdit && d.share.fen > 0n ? (
                        <ActionForm action={markLiftSharePaidForm} submitLabel={L("登记", "Save")} pendingLabel="…" resetOnSuccess={false} className="mt-1 flex flex-wrap items-center gap-1">
                          <input type="hidden" name="shareId" value={d.share.id} />
                          <input type="hidden" name="expected" value={d.share.payment} />
                          <select name="payment" defaultValue={d.share.payment === "UNPAID" ? "DIRECT" : "UNPAID"} className={input} aria-label={L(`${d.room}缴纳方式`, `${d.room} payment`)}>
                            {(["DIRECT", "PROVIDENT_FUND", "UNPAID"] as const).map((p) => <option key={p} value={p}>{p === "UNPAID" ? L("撤销缴纳登记", "Undo payment") : SHARE_PAYMENT_LABELS[p][locale]}</option>)}
                          </select>
                          <input type="date" name="paidAt" className={input} aria-label={L(`${d.room}缴纳日期`, `${d.room} paid on`)} />
                        </ActionForm>
                      ) : null}
                    </>
                  ) : "—"}
                </td>
              </tr>
            ))}
            {s.dwellings.length === 0 ? <tr><td colSpan={5} className="py-3 text-slate-500">{L("该单元没有登记住户", "No dwellings registered in this unit")}</td></tr> : null}
          </tbody>
        </table>
      </Card>
    </AppShell>
  );
}
