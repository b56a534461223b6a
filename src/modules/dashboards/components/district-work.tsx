// The district's own plan status and to-do list.
import Link from "next/link";
import { Card } from "@/components/shell/app-shell";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { PLAN_REVIEW_LABELS, PLAN_STATUS_LABELS } from "@/lib/labels";
import type { loadDistrictWork, ProgrammeDashboard } from "../data";
import { useTranslations } from "next-intl";

type Work = Awaited<ReturnType<typeof loadDistrictWork>>;
const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function PlanStatusCard({ work, year, locale }: { work: Work; year: number; locale: Locale }) {
  const t = useTranslations();
  const plan = work.plan;
  const review = plan?.reviews[0];
  return (
    <Card title={t("dashboards.districtWork.annualPlan", { year: String(year) })}>
      {plan ? (
        <div className="space-y-1 text-sm" data-testid="plan-status-card">
          <p>
            {t("dashboards.districtWork.status")}:
            <Link className={`${link} font-semibold`} href={`/district/plans/${plan.id}`}>
              {PLAN_STATUS_LABELS[plan.status][locale]}
            </Link>
            {" · "}
            {t("dashboards.districtWork.neighbourhoods", { entries: Number(plan._count.entries) })}
            {plan.version ? ` · ${t("dashboards.districtWork.submission", { version: String(plan.version) })}` : ""}
          </p>
          {review ? (
            <p className="text-slate-700">
              {t("dashboards.districtWork.lastReview")}:{PLAN_REVIEW_LABELS[review.action][locale]} ·{" "}
              {formatDate(review.at, locale)}
              {review.comment ? ` · ${review.comment}` : ""}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          {t("dashboards.districtWork.noPlanForYet", { year: String(year) })}
          <Link className={link} href="/district/plans">
            {t("dashboards.districtWork.startOne")}
          </Link>
        </p>
      )}
    </Card>
  );
}

/** Returned plans, overdue milestones, ballots closing within a week, problem reports awaiting an answer. */
export function TodoCard({ work, data, locale }: { work: Work; data: ProgrammeDashboard; locale: Locale }) {
  const t = useTranslations();
  const overdue = data.overdueMilestones;
  const total = work.returned.length + overdue.count + work.closing.length + work.reports.count;
  return (
    <Card title={t("dashboards.districtWork.toDo", { total: String(total) })}>
      {total === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboards.districtWork.nothingToDoRightNow")}</p>
      ) : null}
      <ul className="space-y-3 text-sm" data-testid="district-todo">
        {work.returned.length > 0 ? (
          <li>
            <h3 className="font-semibold">
              {t("dashboards.districtWork.returnedPlans", { returnedCount: String(work.returned.length) })}
            </h3>
            <ul className="mt-1 space-y-1">
              {work.returned.map((p) => (
                <li key={p.id}>
                  <Link className={link} href={`/district/plans/${p.id}`}>
                    {t("dashboards.districtWork.planReviseAndResubmit", { year: String(p.year) })}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        {overdue.count > 0 ? (
          <li>
            <h3 className="font-semibold">
              {t("dashboards.districtWork.overdueMilestones", { count: String(overdue.count) })}
            </h3>
            <ul className="mt-1 space-y-1">
              {overdue.rows.slice(0, 5).map((m) => (
                <li key={m.id}>
                  <Link className={link} href={`/district/projects/${m.project.id}`}>
                    {m.project.name}
                  </Link>
                  :{m.name}({t("dashboards.districtWork.due")} {formatDate(m.plannedEnd, locale)})
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        {work.closing.length > 0 ? (
          <li>
            <h3 className="font-semibold">
              {t("dashboards.districtWork.ballotsClosingWithin7Days", { closingCount: Number(work.closing.length) })}
            </h3>
            <ul className="mt-1 space-y-1">
              {work.closing.map((b) => (
                <li key={b.id}>
                  <Link className={link} href={`/district/consultations/${b.id}`}>
                    {b.title}
                  </Link>
                  ({b.project.name},{t("dashboards.districtWork.closes")} {formatDate(b.closesAt, locale)})
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        {work.reports.count > 0 ? (
          <li>
            <h3 className="font-semibold">
              <Link className={link} href="/district/feedback">
                {t("dashboards.districtWork.problemReportsAwaitingAnAnswer", { count: String(work.reports.count) })}
              </Link>
            </h3>
            <ul className="mt-1 space-y-1">
              {work.reports.rows.map((r) => (
                <li key={r.id}>
                  {r.project.name}:{r.body}({formatDate(r.createdAt, locale)})
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
