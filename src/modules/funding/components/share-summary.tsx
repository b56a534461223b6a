// The three shares, planned against paid, then by source and by year: the same block on the
// project ledger, the district summary and the city summary.
import { formatFen } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { FUNDING_SOURCE_LABELS } from "../labels";
import { percentText } from "@/lib/money";
import { FUNDING_SHARE_LABELS } from "../shares";
import { SHARES, type FundingSummary } from "../summary";
import { useTranslations } from "next-intl";

const th = "py-2 pr-3 text-right font-medium";
const td = "py-1.5 pr-3 text-right tabular-nums";

export function ShareCards({ summary, locale }: { summary: FundingSummary; locale: Locale }) {
  const t = useTranslations();
  return (
    <div className="grid gap-3 sm:grid-cols-3" data-testid="funding-shares">
      {SHARES.map((share) => {
        const a = summary.byShare[share];
        return (
          <div
            key={share}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid={`share-${share}`}
          >
            <div className="text-sm text-slate-600">
              {FUNDING_SHARE_LABELS[share][locale]}
              {t("funding.shareSummary.share")}
            </div>
            <div className="mt-1 text-2xl font-semibold" data-testid={`share-${share}-percent`}>
              {percentText(a.plannedFen, summary.total.plannedFen)}
            </div>
            <div className="mt-1 text-sm text-slate-700">
              {t("funding.shareSummary.planned")}{" "}
              <span data-testid={`share-${share}-planned`}>{formatFen(a.plannedFen, locale)}</span> ·{" "}
              {t("funding.shareSummary.paid")} {formatFen(a.paidFen, locale)}
            </div>
            <div className="text-xs text-slate-500">
              {t("funding.shareSummary.paidRate")} {percentText(a.paidFen, a.plannedFen)}
            </div>
          </div>
        );
      })}
    </div>
  );
}

export function SourceTable({ summary, locale }: { summary: FundingSummary; locale: Locale }) {
  const t = useTranslations();
  return (
    <table className="w-full text-left text-sm" data-testid="by-source">
      <thead className="border-b text-slate-600">
        <tr>
          <th className="py-2 pr-3 font-medium">{t("funding.shareSummary.source")}</th>
          <th className="py-2 pr-3 font-medium">{t("funding.shareSummary.share_1052a")}</th>
          <th className={th}>{t("funding.shareSummary.planned")}</th>
          <th className={th}>{t("funding.shareSummary.committed")}</th>
          <th className={th}>{t("funding.shareSummary.paid")}</th>
          <th className={th}>{t("funding.shareSummary.ofPlan")}</th>
        </tr>
      </thead>
      <tbody>
        {summary.bySource.map((s) => (
          <tr key={s.source} className="border-b last:border-0">
            <td className="py-1.5 pr-3">{FUNDING_SOURCE_LABELS[s.source][locale]}</td>
            <td className="py-1.5 pr-3">{FUNDING_SHARE_LABELS[s.share][locale]}</td>
            <td className={td}>{formatFen(s.plannedFen, locale)}</td>
            <td className={td}>{formatFen(s.committedFen, locale)}</td>
            <td className={td}>{formatFen(s.paidFen, locale)}</td>
            <td className={td}>{percentText(s.plannedFen, summary.total.plannedFen)}</td>
          </tr>
        ))}
        {summary.bySource.length === 0 ? (
          <tr>
            <td colSpan={6} className="py-3 text-slate-500">
              {t("funding.shareSummary.noFundingRecorded")}
            </td>
          </tr>
        ) : null}
      </tbody>
      {summary.bySource.length ? (
        <tfoot className="border-t font-semibold">
          <tr>
            <td className="py-1.5 pr-3" colSpan={2}>
              {t("funding.shareSummary.total")}
            </td>
            <td className={td}>{formatFen(summary.total.plannedFen, locale)}</td>
            <td className={td}>{formatFen(summary.total.committedFen, locale)}</td>
            <td className={td}>{formatFen(summary.total.paidFen, locale)}</td>
            <td className={td}>100%</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

export function YearTable({ summary, locale }: { summary: FundingSummary; locale: Locale }) {
  const t = useTranslations();
  return (
    <table className="w-full text-left text-sm" data-testid="by-year">
      <thead className="border-b text-slate-600">
        <tr>
          <th className="py-2 pr-3 font-medium">{t("funding.shareSummary.year")}</th>
          {SHARES.map((s) => (
            <th key={s} className={th}>
              {FUNDING_SHARE_LABELS[s][locale]}({t("funding.shareSummary.planned_d8555")})
            </th>
          ))}
          <th className={th}>{t("funding.shareSummary.planned_4d35c")}</th>
          <th className={th}>{t("funding.shareSummary.paid")}</th>
        </tr>
      </thead>
      <tbody>
        {summary.byYear.map((y) => (
          <tr key={y.year} className="border-b last:border-0">
            <td className="py-1.5 pr-3">{y.year}</td>
            {SHARES.map((s) => (
              <td key={s} className={td}>
                {formatFen(y.byShare[s].plannedFen, locale)}
              </td>
            ))}
            <td className={td}>{formatFen(y.plannedFen, locale)}</td>
            <td className={td}>{formatFen(y.paidFen, locale)}</td>
          </tr>
        ))}
        {summary.byYear.length === 0 ? (
          <tr>
            <td colSpan={6} className="py-3 text-slate-500">
              {t("funding.shareSummary.noFundingRecorded")}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
