import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { ChangesList, EntriesTable, ReviewHistory } from "@/modules/plans/components/plan-parts";
import { ReviewPanel } from "@/modules/plans/components/review-panel";
import { getPlan } from "@/modules/plans/queries";

export default async function CommissionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const plan = await orNotFound(getPlan(actor, id));
  return (
    <AppShell actor={actor}>
      <Link href="/commission/plans" className="text-sm text-brand-700">← {L("返回计划审核", "Back to plans")}</Link>
      <PageTitle subtitle={`${L("状态", "Status")}:${PLAN_STATUS_LABELS[plan.status][locale]} · ${L(`第${plan.version}版`, `version ${plan.version}`)}`}>
        {L(`${plan.district.name}${plan.year}年度改造计划`, `${plan.district.name} ${plan.year} plan`)}
      </PageTitle>
      <p data-testid="plan-status" className="sr-only">{PLAN_STATUS_LABELS[plan.status][locale]}</p>
      <div className="space-y-6">
        {plan.changes && plan.changedFromVersion && plan.status !== "APPROVED" ? (
          <Card title={L(`自上次报送(第${plan.changedFromVersion}版)以来的变化`, `Changes since version ${plan.changedFromVersion}`)}>
            <ChangesList changes={plan.changes} fromVersion={plan.changedFromVersion} locale={locale} />
          </Card>
        ) : null}
        {plan.changesSinceApproval && plan.approvedVersion ? (
          <Card title={L(`批准时(第${plan.approvedVersion}版)与现在相比:计划变更`, `Amended since approval (version ${plan.approvedVersion})`)}>
            <ChangesList changes={plan.changesSinceApproval} fromVersion={plan.approvedVersion} locale={locale} />
          </Card>
        ) : null}
        <Card title={L("计划条目", "Entries")}>
          <EntriesTable plan={plan} locale={locale} />
          <a href={`/district/plans/${plan.id}/export`} className="mt-3 inline-block text-sm text-brand-700 underline">{L("导出Excel", "Export to Excel")}</a>
        </Card>
        {plan.status === "SUBMITTED" ? (
          <Card title={L("审核", "Review")}>
            <ReviewPanel planId={plan.id} entries={plan.entries.map((e) => ({ id: e.id, name: e.neighborhood?.name ?? "" }))} locale={locale} />
          </Card>
        ) : null}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={L("报送与审核记录", "History")}>
            <ReviewHistory plan={plan} locale={locale} />
          </Card>
          <Card title={L("版本与计划变更", "Versions and amendments")}>
            <ul className="space-y-1 text-sm">
              {plan.versions.map((v) => (
                <li key={v.version}>
                  {L(`第${v.version}版`, `v${v.version}`)} · {formatDate(v.submittedAt, locale)} · {v.entryCount}{L("个小区", " entries")}
                  {v.version === plan.approvedVersion ? <span className="ml-2 text-green-700">{L("(批准版本)", "(approved)")}</span> : null}
                </li>
              ))}
            </ul>
            {plan.amendments.length > 0 ? (
              <ul className="mt-3 space-y-1 border-t pt-3 text-sm">
                {plan.amendments.map((a) => <li key={a.id}>{L("变更", "Amendment")} · {formatDate(a.createdAt, locale)} · {a.reason}</li>)}
              </ul>
            ) : null}
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
