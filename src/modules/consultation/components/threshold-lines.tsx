import type { Locale } from "@/lib/i18n/locale";
import type { MatterType, TallyResult } from "../tally";
import { gapSentences, gapSentencesEn, thresholdGaps } from "../thresholds";
import { useTranslations } from "next-intl";

/** While a ballot is open: the turnout against both 2/3 quorums and what each threshold still lacks. */
export function ThresholdLines({
  matter,
  result,
  locale,
}: {
  matter: MatterType;
  result: TallyResult;
  locale: Locale;
}) {
  const t = useTranslations();
  const g = thresholdGaps(matter, result);
  const zh = gapSentences(g);
  const en = gapSentencesEn(g);
  const passingRule =
    matter === "SPECIAL"
      ? t("consultation.thresholdLines.agreementNeeds34OfParticipating")
      : t("consultation.thresholdLines.agreementNeedsMoreThanHalfOf");
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="threshold-lines">
      <p data-testid="turnout">
        {t("consultation.thresholdLines.turnout")}:{g.participation.owners.have}/{result.totalCount}{" "}
        {t("consultation.thresholdLines.owners")}({t("consultation.thresholdLines.n23Is")} {g.participation.owners.need}{" "}
        {t("consultation.thresholdLines.texte74ef")}) · {g.participation.area.have}/{g.participation.area.total} m²(
        {t("consultation.thresholdLines.n23Is")} {g.participation.area.need} m²)
      </p>
      <p className={g.participation.met ? "text-green-800" : "text-amber-800"} data-testid="participation-gap">
        {locale === "zh" ? zh.participation : en.participation}
      </p>
      <p className={g.passing.met ? "text-green-800" : "text-amber-800"} data-testid="passing-gap">
        {locale === "zh" ? zh.passing : en.passing}
        <span className="block text-slate-600">
          {passingRule}
          {t("consultation.thresholdLines.amongThoseWhoTookPartSo")}
        </span>
      </p>
    </div>
  );
}
