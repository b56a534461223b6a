// The project's planned funding against its estimated cost, shown where nobody can miss it.
import { formatFen } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Balance } from "../rules";
import { useTranslations } from "next-intl";

export function BalanceBanner({
  balance,
  estimateFen,
  plannedFen,
  locale,
}: {
  balance: Balance;
  estimateFen: bigint;
  plannedFen: bigint;
  locale: Locale;
}) {
  const t = useTranslations();
  const tone =
    balance.kind === "SHORTFALL"
      ? "border-amber-300 bg-amber-50 text-amber-900"
      : balance.kind === "SURPLUS"
        ? "border-red-300 bg-red-50 text-red-900"
        : "border-green-300 bg-green-50 text-green-900";
  const headline =
    balance.kind === "SHORTFALL"
      ? t("funding.balanceBanner.shortfall", {
          differenceFen: String(formatFen(balance.differenceFen, "zh")),
          differenceFen2: String(formatFen(balance.differenceFen, "en")),
        })
      : balance.kind === "SURPLUS"
        ? t("funding.balanceBanner.fundingExceedsTheEstimateBy", {
            differenceFen: String(formatFen(balance.differenceFen, "zh")),
            differenceFen2: String(formatFen(balance.differenceFen, "en")),
          })
        : t("funding.balanceBanner.fundingMatchesTheEstimatedCost");
  return (
    <div
      className={`mb-6 rounded-lg border-2 px-4 py-3 ${tone}`}
      data-testid="funding-balance"
      data-kind={balance.kind}
    >
      <p className="text-xl font-bold">{headline}</p>
      <p className="text-sm">
        {t("funding.balanceBanner.estimatedCostSumOfItemsWithout")}:{formatFen(estimateFen, locale)} ·{" "}
        {t("funding.balanceBanner.plannedFunding")}:{formatFen(plannedFen, locale)}
      </p>
    </div>
  );
}
