// The district's own plan status and to-do list.
import Link from "next/link";
import { Card } from "@/components/shell/app-shell";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { PLAN_REVIEW_LABELS, PLAN_STATUS_LABELS } from "@/lib/labels";
import type { loadDistrictWork, ProgrammeDashboard } from "../data";

type Work = Awaited<ReturnType<typeof loadDistrictWork>>;
const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function PlanStatusCard({ work, year, locale }: { work: Work; year: number; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const plan = work.plan;
  const review = plan?.reviews[0];
  return (
    <Card title={L(`${year}年度改造计划`, `Annual plan ${year}`)}>
      {plan ? (
        <div className="space-y-1 text-sm" data-testid="plan-status-card">
          <p>
            {L("状态", "Status")}:<Link className={`${link} font-semibold`} href={`/district/plans/${plan.id}`}>{PLAN_STATUS_LABELS[plan.status][locale]}</Link>
            {" · "}{L(`${plan._count.entries} 个小区`, `${plan._count.entries} neighbourhoods`)}{plan.version ? ` · ${L(`第 ${plan.version} 次报送`, `submission ${plan.version}`)}` : ""}
          </p>
          {review ? <p className="text-slate-700">{L("最近审核", "Last review")}:{PLAN_REVIEW_LABELS[review.action][locale]} · {formatDate(review.at, locale)}{review.comment ? ` · ${review.comment}` : ""}</p> : null}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{L(`尚未编制${year}年度计划,`, `No plan for ${year} yet; `)}<Link className={link} href="/district/plans">{L("去编制", "start one")}</Link></p>
      )}
    </Card>
  );
}

/** Returned plans, overdue milestones, ballots closing within a week, problem reports awaiting an answer. */
export function TodoCard({ work, data, locale }: { work: Work; data: ProgrammeDashboard; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const overdue = data.overdueMilestones;
  const total = work.returned.length + overdue.count + work.closing.length + work.reports.count;
  return (
    <Card title={L(`待办事项(${total})`, `To do (${total})`)}>
      {total === 0 ? <p className="text-sm text-slate-600">{L("目前没有待办事项。", "Nothing to do right now.")}</p> : null}
      <ul className="space-y-3 text-sm" data-testid="district-todo">
        {work.returned.length > 0 ? (
          <li>
            <h3 className="font-semibold">{L(`被退回的年度计划 ${work.returned.length} 个`, `${work.returned.length} returned plans`)}</h3>
            <ul className="mt-1 space-y-1">{work.returned.map((p) => <li key={p.id}><Link className={link} href={`/district/plans/${p.id}`}>{L(`${p.year}年度计划:请按意见修改后重新报送`, `Plan ${p.year}: revise and resubmit`)}</Link></li>)}</ul>
          </li>
        ) : null}
        {overdue.count > 0 ? (
          <li>
            <h3 className="font-semibold">{L(`逾期进度节点 ${overdue.count} 个`, `${overdue.count} overdue milestones`)}</h3>
            <ul className="mt-1 space-y-1">{overdue.rows.slice(0, 5).map((m) => <li key={m.id}><Link className={link} href={`/district/projects/${m.project.id}`}>{m.project.name}</Link>:{m.name}({L("计划", "due")} {formatDate(m.plannedEnd, locale)})</li>)}</ul>
          </li>
        ) : null}
        {work.closing.length > 0 ? (
          <li>
            <h3 className="font-semibold">{L(`7 天内截止的表决 ${work.closing.length} 个`, `${work.closing.length} ballots closing within 7 days`)}</h3>
            <ul className="mt-1 space-y-1">{work.closing.map((b) => <li key={b.id}><Link className={link} href={`/district/consultations/${b.id}`}>{b.title}</Link>({b.project.name},{L("截止", "closes")} {formatDate(b.closesAt, locale)})</li>)}</ul>
          </li>
        ) : null}
        {work.reports.count > 0 ? (
          <li>
            <h3 className="font-semibold"><Link className={link} href="/district/feedback">{L(`待答复的问题反映 ${work.reports.count} 条`, `${work.reports.count} problem reports awaiting an answer`)}</Link></h3>
            <ul className="mt-1 space-y-1">{work.reports.rows.map((r) => <li key={r.id}>{r.project.name}:{r.body}({formatDate(r.createdAt, locale)})</li>)}</ul>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
