// The project's planned funding against its estimated cost, shown where nobody can miss it.
import { formatFen } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import type { Balance } from "../rules";

export function BalanceBanner({ balance, estimateFen, plannedFen, locale }: { balance: Balance; estimateFen: bigint; plannedFen: bigint; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const tone = balance.kind === "SHORTFALL" ? "border-amber-300 bg-amber-50 text-amber-900" : balance.kind === "SURPLUS" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900";
  const headline =
    balance.kind === "SHORTFALL"
      ? L(`资金缺口 ${formatFen(balance.differenceFen, "zh")}`, `Shortfall ${formatFen(balance.differenceFen, "en")}`)
      : balance.kind === "SURPLUS"
        ? L(`资金计划超出估算 ${formatFen(balance.differenceFen, "zh")}`, `Funding exceeds the estimate by ${formatFen(balance.differenceFen, "en")}`)
        : L("资金计划与估算总投资持平", "Funding matches the estimated cost");
  return (
    <div className={`mb-6 rounded-lg border-2 px-4 py-3 ${tone}`} data-testid="funding-balance" data-kind={balance.kind}>
      <p className="text-xl font-bold">{headline}</p>
      <p className="text-sm">
        {L("估算总投资(改造内容合计,不含已否决、已取消事项)", "Estimated cost (sum of items, without rejected or dropped ones)")}:{formatFen(estimateFen, locale)} · {L("资金计划合计", "Planned funding")}:{formatFen(plannedFen, locale)}
      </p>
    </div>
  );
}
