// A resident's own share of a lift's cost, on their project page; nothing when there is none.
import type { Actor } from "@/lib/auth/actor";
import { formatArea, formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { SHARE_PAYMENT_LABELS } from "../labels";
import { exactYuan } from "@/lib/money";
import { myLiftShares } from "../queries";

export async function MyLiftShare({ actor, projectId, locale }: { actor: Actor; projectId: string; locale: Locale }) {
  const shares = await myLiftShares(actor, projectId);
  if (shares.length === 0) return null;
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <section className="mb-6 rounded-lg bg-white p-5 shadow-sm" data-testid="my-lift-share">
      <h2 className="mb-2 text-xl font-bold">{L("加装电梯费用分摊", "My share of the lift")}</h2>
      <ul className="space-y-2">
        {shares.map((s) => (
          <li key={s.id}>
            <p>{s.dwelling.unit.building.name}{s.dwelling.unit.name} {s.dwelling.room}({L(`${s.dwelling.floor} 层`, `floor ${s.dwelling.floor}`)},{formatArea(s.dwelling.areaM2.toString(), locale)})</p>
            {/* A share of nothing (floor coefficient 0) owes nothing: no amount "unpaid". */}
            {BigInt(s.fen) === BigInt(0) ? (
              <p className="text-xl font-bold" data-testid="lift-share-none">{L("本户无需分摊费用", "Nothing to pay for this dwelling")}</p>
            ) : (
              <>
                <p className="text-2xl font-bold">{exactYuan(s.fen, locale)}</p>
                <p className="text-base text-slate-700">{SHARE_PAYMENT_LABELS[s.payment][locale]}{s.paidAt ? ` · ${formatDate(s.paidAt, locale)}` : ""}</p>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base text-slate-600">{L("按区县公布的楼层系数 × 专有面积分摊,已扣除补助;可直接缴纳或提取住房公积金。", "Shared by the district's floor coefficient × exclusive area, after subsidies; pay directly or from your housing provident fund.")}</p>
    </section>
  );
}
