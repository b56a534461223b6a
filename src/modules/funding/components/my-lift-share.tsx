// A resident's own share of a lift's cost, on their project page; nothing when there is none.
import type { Actor } from "@/lib/auth/actor";
import { formatArea, formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { SHARE_PAYMENT_LABELS } from "../labels";
import { exactYuan } from "@/lib/money";
import { myLiftShares } from "../queries";
import { getTranslations } from "next-intl/server";

export async function MyLiftShare({ actor, projectId, locale }: { actor: Actor; projectId: string; locale: Locale }) {
  const shares = await myLiftShares(actor, projectId);
  if (shares.length === 0) return null;
  const t = await getTranslations();
  return (
    <section className="mb-6 rounded-lg bg-white p-5 shadow-sm" data-testid="my-lift-share">
      <h2 className="mb-2 text-xl font-bold">{t("funding.myLiftShare.myShareOfTheLift")}</h2>
      <ul className="space-y-2">
        {shares.map((s) => (
          <li key={s.id}>
            <p>
              {s.dwelling.unit.building.name}
              {s.dwelling.unit.name} {s.dwelling.room}(
              {t("funding.myLiftShare.floor", { floor: String(s.dwelling.floor) })},
              {formatArea(s.dwelling.areaM2.toString(), locale)})
            </p>
            {/* A share of nothing (floor coefficient 0) owes nothing: no amount "unpaid". */}
            {BigInt(s.fen) === BigInt(0) ? (
              <p className="text-xl font-bold" data-testid="lift-share-none">
                {t("funding.myLiftShare.nothingToPayForThisDwelling")}
              </p>
            ) : (
              <>
                <p className="text-2xl font-bold">{exactYuan(s.fen, locale)}</p>
                <p className="text-base text-slate-700">
                  {SHARE_PAYMENT_LABELS[s.payment][locale]}
                  {s.paidAt ? ` · ${formatDate(s.paidAt, locale)}` : ""}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base text-slate-600">{t("funding.myLiftShare.sharedByTheDistrictSFloor")}</p>
    </section>
  );
}
