import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import type { EscalationRun } from "../escalation";

/**
 * How fresh the "escalated" flags are: the pages work out "overdue" as they are read, but a task
 * is escalated (flagged, the district and the commission notified) only by the daily job or the
 * commission's "escalate now" — so the page says when that last happened.
 */
export function EscalationFreshness({ lastRun, stale, locale }: { lastRun: EscalationRun | null; stale: boolean; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const by = lastRun?.by === "commission" ? L("市住房城乡建委手动督办", "run by the commission") : L("每日定时督办", "daily job");
  return (
    <p className={`mb-4 rounded px-3 py-2 text-sm ${stale ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-slate-700"}`} data-testid="escalation-freshness" data-stale={stale ? "1" : "0"}>
      {lastRun
        ? L(
            `逾期督办上次运行:${formatDateTime(new Date(lastRun.at), locale)}(${by}),督办 ${lastRun.escalated} 项。`,
            `Escalation last ran ${formatDateTime(new Date(lastRun.at), locale)} (${by}), escalating ${lastRun.escalated} task(s). `,
          )
        : L("逾期督办尚未运行。", "Escalation has not run yet. ")}
      {L("“逾期”按当前时间显示;“已督办”标记和通知以上次督办为准。", "“Overdue” is as of now; “escalated” flags and notices are as of that run.")}
      {stale ? <strong className="ml-1">{L("超过一天未督办,请检查定时任务。", "No run for over a day: check the scheduled job.")}</strong> : null}
    </p>
  );
}
