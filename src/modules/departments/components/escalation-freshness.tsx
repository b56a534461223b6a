import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { EscalationRun } from "../escalation";
import { useTranslations } from "next-intl";

/**
 * How fresh the "escalated" flags are: the pages work out "overdue" as they are read, but a task
 * is escalated (flagged, the district and the commission notified) only by the daily job or the
 * commission's "escalate now" — so the page says when that last happened.
 */
export function EscalationFreshness({
  lastRun,
  stale,
  locale,
}: {
  lastRun: EscalationRun | null;
  stale: boolean;
  locale: Locale;
}) {
  const t = useTranslations();
  const by =
    lastRun?.by === "commission"
      ? t("departments.escalationFreshness.runByTheCommission")
      : t("departments.escalationFreshness.dailyJob");
  return (
    <p
      className={`mb-4 rounded px-3 py-2 text-sm ${stale ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-slate-700"}`}
      data-testid="escalation-freshness"
      data-stale={stale ? "1" : "0"}
    >
      {lastRun
        ? t("departments.escalationFreshness.escalationLastRanEscalatingTaskS", {
            formatDateTime: String(formatDateTime(new Date(lastRun.at), locale)),
            by: String(by),
            escalated: String(lastRun.escalated),
          })
        : t("departments.escalationFreshness.escalationHasNotRunYet")}
      {t("departments.escalationFreshness.overdueIsAsOfNowEscalated")}
      {stale ? <strong className="ml-1">{t("departments.escalationFreshness.noRunForOverADay")}</strong> : null}
    </p>
  );
}
