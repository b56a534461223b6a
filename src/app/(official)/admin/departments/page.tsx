import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS, STAGE_LABELS } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locale";
import { saveDutyForm, saveRuleForm } from "@/modules/departments/actions";
import type { MatrixDepartment } from "@/modules/departments/components/matrix";
import { TASK_KIND_LABELS } from "@/modules/departments/labels";
import { catalogueTags, responsibilityMatrix } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminDepartments.departmentDutiesAndRoutingRules");

const input = "rounded border border-slate-300 px-2 py-1.5";
const STAGES = Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[];
const KINDS = Object.keys(TASK_KIND_LABELS) as (keyof typeof TASK_KIND_LABELS)[];

type Rule = MatrixDepartment["rules"][number];
type Duty = MatrixDepartment["duties"][number];

function DutyForm({ departmentId, duty, locale }: { departmentId: string; duty?: Duty; locale: Locale }) {
  const t = useTranslations();
  return (
    <ActionForm action={saveDutyForm} submitLabel={duty ? t("routes.adminDepartments.saveDuty") : t("routes.adminDepartments.addDuty")} pendingLabel="…" successText={t("routes.adminDepartments.saved")} resetOnSuccess={!duty} className="grid gap-1 text-sm">
      <input type="hidden" name="departmentId" value={departmentId} />
      {duty ? <input type="hidden" name="dutyId" value={duty.id} /> : null}
      <textarea name="text" rows={duty ? 3 : 2} defaultValue={duty?.text ?? ""} aria-label={t("routes.adminDepartments.dutyText")} className={input} />
      <div className="flex flex-wrap gap-2">
        <select name="category" defaultValue={duty?.category ?? ""} aria-label={t("routes.adminDepartments.category")} className={input}>
          <option value="">{t("routes.adminDepartments.anyCategory")}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c][locale]}</option>)}
        </select>
        <select name="stage" defaultValue={duty?.stage ?? ""} aria-label={t("routes.adminDepartments.stage")} className={input}>
          <option value="">{t("routes.adminDepartments.anyStage")}</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s][locale]}</option>)}
        </select>
      </div>
    </ActionForm>
  );
}

function RuleForm({ departmentId, rule, locale }: { departmentId: string; rule?: Rule; locale: Locale }) {
  const t = useTranslations();
  return (
    <ActionForm action={saveRuleForm} submitLabel={rule ? t("routes.adminDepartments.saveRule") : t("routes.adminDepartments.addRule")} pendingLabel="…" successText={t("routes.adminDepartments.saved")} resetOnSuccess={!rule} className={`grid gap-1 rounded border p-2 text-sm ${rule && !rule.active ? "border-dashed bg-slate-50" : ""}`}>
      <input type="hidden" name="departmentId" value={departmentId} />
      {rule ? <input type="hidden" name="ruleId" value={rule.id} /> : null}
      <input name="title" defaultValue={rule?.title ?? ""} placeholder={t("routes.adminDepartments.taskTitle")} aria-label={t("routes.adminDepartments.taskTitle")} className={input} />
      <div className="flex flex-wrap items-center gap-2">
        <input name="matchTag" defaultValue={rule?.matchTag ?? ""} list="catalogue-tags" placeholder="lift" aria-label={t("routes.adminDepartments.tag")} className={`w-28 ${input}`} />
        <select name="stage" defaultValue={rule?.stage ?? "CONSTRUCTION"} aria-label={t("routes.adminDepartments.stage")} className={input}>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s][locale]}</option>)}
        </select>
        <select name="kind" defaultValue={rule?.kind ?? "INSPECTION"} aria-label={t("routes.adminDepartments.kind")} className={input}>
          {KINDS.map((k) => <option key={k} value={k}>{TASK_KIND_LABELS[k][locale]}</option>)}
        </select>
        <label className="flex items-center gap-1"><input name="dueDays" type="number" min={1} max={365} defaultValue={rule?.dueDays ?? 30} className={`w-16 ${input}`} />{t("routes.adminDepartments.days")}</label>
        <label className="flex items-center gap-1"><input type="checkbox" name="requiredForAcceptance" defaultChecked={rule?.requiredForAcceptance ?? false} />{t("routes.adminDepartments.neededBeforeAcceptance")}</label>
        <label className="flex items-center gap-1"><input type="checkbox" name="active" defaultChecked={rule?.active ?? true} />{t("routes.adminDepartments.active")}</label>
      </div>
    </ActionForm>
  );
}

export default async function AdminDepartmentsPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  const [departments, tags] = await Promise.all([responsibilityMatrix(actor), catalogueTags(actor)]);
  return (
    <AppShell actor={actor}>
      <Link href="/departments" className="text-sm text-brand-700">← {tr("routes.adminDepartments.backToTheMatrix")}</Link>
      <PageTitle subtitle={tr("routes.adminDepartments.rulesApplyToRoutingFromNow")}>
        {tr("routes.adminDepartments.departmentDutiesAndRoutingRules")}
      </PageTitle>
      <datalist id="catalogue-tags">{tags.map((t) => <option key={t} value={t} />)}</datalist>
      <p className="mb-4 text-sm text-slate-600">{tr("routes.adminDepartments.tagsUsedInTheCatalogue")}{tags.join("、")}</p>
      <div className="grid gap-6">
        {departments.map((d) => (
          <Card key={d.id} title={locale === "zh" ? d.name : d.nameEn}>
            <div className="grid gap-4 lg:grid-cols-2" data-testid={`department-${d.code}`}>
              <div className="space-y-3">
                <h3 className="font-semibold">{tr("routes.adminDepartments.duties")}</h3>
                {d.duties.map((u) => <DutyForm key={u.id} departmentId={d.id} duty={u} locale={locale} />)}
                <details><summary className="cursor-pointer text-sm text-brand-700">{tr("routes.adminDepartments.addADuty")}</summary><DutyForm departmentId={d.id} locale={locale} /></details>
              </div>
              <div className="space-y-3">
                <h3 className="font-semibold">{tr("routes.adminDepartments.routingRules")}</h3>
                {d.rules.map((r) => <RuleForm key={r.id} departmentId={d.id} rule={r} locale={locale} />)}
                <details><summary className="cursor-pointer text-sm text-brand-700">{tr("routes.adminDepartments.addARule")}</summary><RuleForm departmentId={d.id} locale={locale} /></details>
              </div>
            </div>
          </Card>
        ))}
      </div>
    </AppShell>
  );
}
