import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PLAN_STATUS_LABELS } from "@/lib/labels";
import { EntryForm, type EntryDefaults } from "@/modules/plans/components/entry-form";
import { ImportPanel } from "@/modules/plans/components/import-panel";
import { RemoveEntryButton, SubmitPlanButton } from "@/modules/plans/components/plan-buttons";
import { EntriesTable, ReviewHistory } from "@/modules/plans/components/plan-parts";
import { wanInput } from "@/lib/money";
import { eligibleNeighborhoods, getPlan } from "@/modules/plans/queries";
import { editRule } from "@/modules/plans/rules";

export default async function DistrictPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ edit?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const [{ id }, { edit }] = await Promise.all([params, searchParams]);
  const plan = await orNotFound(getPlan(actor, id));
  const neighborhoods = await eligibleNeighborhoods(actor);
  const status = editRule(plan.status);
  // Amending an approved plan is district-level work: a street-scoped official reads it only.
  const rule = status.editable && status.amendment && !plan.canManagePlan ? { editable: false as const, reason: L("计划已批准,计划变更须由不限街道的区县账号办理。", "The plan is approved; amendments are made by an official of the whole district.") } : status;
  const editing = edit ? plan.entries.find((e) => e.id === edit) : undefined;
  const defaults: EntryDefaults | undefined = editing && {
    entryId: editing.id,
    neighborhoodId: editing.neighborhoodId ?? "",
    floorAreaM2: editing.floorAreaM2.toString(),
    households: String(editing.households),
    buildings: String(editing.buildings),
    investmentWan: wanInput(editing.investmentFen),
    startQuarter: editing.startQuarter,
    categories: editing.categories,
    residentsConsulted: editing.residentsConsulted,
    note: editing.note,
  };
  const amendment = rule.editable && rule.amendment;
  return (
    <AppShell actor={actor}>
      <Link href="/district/plans" className="text-sm text-brand-700">← {L("返回年度计划", "Back to plans")}</Link>
      <PageTitle subtitle={`${plan.district.name} · ${L("当前状态", "Status")}:${PLAN_STATUS_LABELS[plan.status][locale]}${plan.version ? L(` · 已报送${plan.version}次`, ` · version ${plan.version}`) : ""}`}>
        {L(`${plan.year}年度改造计划`, `${plan.year} annual plan`)}
      </PageTitle>
      <p data-testid="plan-status" className="sr-only">{PLAN_STATUS_LABELS[plan.status][locale]}</p>
      <div className="space-y-6">
        {plan.lastReturn ? (
          <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">{L("市住房城乡建委退回意见:", "Returned by the commission:")}</p>
            <p className="whitespace-pre-wrap" data-testid="return-comment">{plan.lastReturn.comment}</p>
            {plan.lastReturn.comments.some((c) => c.entryId) ? <p className="mt-1">{L("具体条目的意见见下表。", "Entry comments are shown in the table.")}</p> : null}
          </div>
        ) : null}
        {!rule.editable ? <p className="rounded bg-slate-100 p-3 text-sm">{rule.reason}</p> : null}
        <Card title={L("计划条目", "Entries")}>
          <EntriesTable
            plan={plan}
            locale={locale}
            actions={rule.editable ? (entryId) => (
              <span className="space-x-3">
                <Link className="text-brand-700 underline" href={`/district/plans/${plan.id}?edit=${entryId}#entry-form`}>{L("修改", "Edit")}</Link>
                <RemoveEntryButton planId={plan.id} entryId={entryId} amendment={amendment} locale={locale} />
              </span>
            ) : undefined}
          />
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <a href={`/district/plans/${plan.id}/export`} className="text-sm text-brand-700 underline">{L("导出Excel", "Export to Excel")}</a>
            {plan.canManagePlan && (plan.status === "DRAFT" || plan.status === "RETURNED") ? (
              <SubmitPlanButton planId={plan.id} resubmit={plan.status === "RETURNED"} locale={locale} />
            ) : null}
          </div>
        </Card>
        {rule.editable ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <div id="entry-form">
              <Card title={editing ? L("修改条目", "Edit entry") : amendment ? L("计划变更:新增条目", "Amendment: add an entry") : L("录入条目", "Add an entry")}>
                <EntryForm key={editing?.id ?? "new"} planId={plan.id} neighborhoods={neighborhoods} defaults={defaults} amendment={amendment} locale={locale} />
              </Card>
            </div>
            {!amendment ? (
              <Card title={L("Excel导入", "Excel import")}>
                <ImportPanel planId={plan.id} locale={locale} />
              </Card>
            ) : null}
          </div>
        ) : null}
        <Card title={L("报送与审核记录", "History")}>
          <ReviewHistory plan={plan} locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
