import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import type { TallyResult } from "../tally";

/** A tally in words: participation and agreement, by owners and by area. */
export function ResultLine({ result, locale }: { result: TallyResult; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600">{L("参与表决", "Took part")}</dt>
      <dd>
        {result.participatingCount}/{result.totalCount} {L("人", "owners")} · {result.participatingArea}/{result.totalArea} m²
        {result.quorate ? "" : L("(未达三分之二)", " (under 2/3)")}
      </dd>
      <dt className="text-slate-600">{L("同意", "Agree")}</dt>
      <dd>
        {result.agreeCount} {L("人", "owners")} · {result.agreeArea} m²
      </dd>
    </dl>
  );
}
