import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import type { MatterType, TallyResult } from "../tally";
import { gapSentences, gapSentencesEn, thresholdGaps } from "../thresholds";

/** While a ballot is open: the turnout against both 2/3 quorums and what each threshold still lacks. */
export function ThresholdLines({ matter, result, locale }: { matter: MatterType; result: TallyResult; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const g = thresholdGaps(matter, result);
  const zh = gapSentences(g);
  const en = gapSentencesEn(g);
  const passingRule = matter === "SPECIAL" ? L("同意须达参与业主及其面积的四分之三", "agreement needs 3/4 of participating owners and area") : L("同意须过参与业主及其面积的半数", "agreement needs more than half of participating owners and area");
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="threshold-lines">
      <p data-testid="turnout">
        {L("已参与", "Turnout")}:{g.participation.owners.have}/{result.totalCount} {L("户", "owners")}({L("三分之二为", "2/3 is")} {g.participation.owners.need} {L("户", "")}) · {g.participation.area.have}/{g.participation.area.total} m²({L("三分之二为", "2/3 is")} {g.participation.area.need} m²)
      </p>
      <p className={g.participation.met ? "text-green-800" : "text-amber-800"} data-testid="participation-gap">{locale === "zh" ? zh.participation : en.participation}</p>
      <p className={g.passing.met ? "text-green-800" : "text-amber-800"} data-testid="passing-gap">
        {locale === "zh" ? zh.passing : en.passing}
        <span className="block text-slate-600">{passingRule}{L("(按目前已参与者计算)", " (among those who took part so far)")}</span>
      </p>
    </div>
  );
}
