import type { Locale } from "@/lib/i18n/locale";
import type { TallyResult } from "../tally";
import { useTranslations } from "next-intl";

/** A tally in words: participation and agreement, by owners and by area. */
export function ResultLine({ result }: { result: TallyResult; locale: Locale }) {
  const t = useTranslations();
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600">{t("consultation.resultLine.tookPart")}</dt>
      <dd>
        {result.participatingCount}/{result.totalCount} {t("consultation.resultLine.owners")} ·{" "}
        {result.participatingArea}/{result.totalArea} m²
        {result.quorate ? "" : t("consultation.resultLine.under23")}
      </dd>
      <dt className="text-slate-600">{t("consultation.resultLine.agree")}</dt>
      <dd>
        {result.agreeCount} {t("consultation.resultLine.owners")} · {result.agreeArea} m²
      </dd>
    </dl>
  );
}
