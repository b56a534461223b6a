import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS, STAGE_LABELS } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locale";
import { saveDutyForm, saveRuleForm } from "@/modules/departments/actions";
import type { MatrixDepartment } from "@/modules/departments/components/matrix";
import { TASK_KIND_LABELS } from "@/modules/departments/labels";
import { catalogueTags, responsibilityMatrix } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "维护部门职责与分派规则", en: "Department duties and routing rules" });

const input = "rounded border border-slate-300 px-2 py-1.5";
const STAGES = Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[];
const KINDS = Object.keys(TASK_KIND_LABELS) as (keyof typeof TASK_KIND_LABELS)[];

type Rule = MatrixDepartment["rules"][number];
type Duty = MatrixDepartment["duties"][number];

function DutyForm({ departmentId, duty, locale }: { departmentId: string; duty?: Duty; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <ActionForm action={saveDutyForm} submitLabel={duty ? L("保存职责", "Save duty") : L("增加职责", "Add duty")} pendingLabel="…" successText={L("已保存。", "Saved.")} resetOnSuccess={!duty} className="grid gap-1 text-sm">
      <input type="hidden" name="departmentId" value={departmentId} />
      {duty ? <input type="hidden" name="dutyId" value={duty.id} /> : null}
      <textarea name="text" rows={duty ? 3 : 2} defaultValue={duty?.text ?? ""} aria-label={L("职责内容", "Duty text")} className={input} />
      <div className="flex flex-wrap gap-2">
        <select name="category" defaultValue={duty?.category ?? ""} aria-label={L("内容类别", "Category")} className={input}>
          <option value="">{L("(不限类别)", "(any category)")}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c][locale]}</option>)}
        </select>
        <select name="stage" defaultValue={duty?.stage ?? ""} aria-label={L("阶段", "Stage")} className={input}>
          <option value="">{L("(不限阶段)", "(any stage)")}</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s][locale]}</option>)}
        </select>
      </div>
    </ActionForm>
  );
}

function RuleForm({ departmentId, rule, locale }: { departmentId: string; rule?: Rule; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <ActionForm action={saveRuleForm} submitLabel={rule ? L("保存规则", "Save rule") : L("增加规则", "Add rule")} pendingLabel="…" successText={L("已保存。", "Saved.")} resetOnSuccess={!rule} className={`grid gap-1 rounded border p-2 text-sm ${rule && !rule.active ? "border-dashed bg-slate-50" : ""}`}>
      <input type="hidden" name="departmentId" value={departmentId} />
      {rule ? <input type="hidden" name="ruleId" value={rule.id} /> : null}
      <input name="title" defaultValue={rule?.title ?? ""} placeholder={L("任务名称", "Task title")} aria-label={L("任务名称", "Task title")} className={input} />
      <div className="flex flex-wrap items-center gap-2">
        <input name="matchTag" defaultValue={rule?.matchTag ?? ""} list="catalogue-tags" placeholder="lift" aria-label={L("匹配标签", "Tag")} className={`w-28 ${input}`} />
        <select name="stage" defaultValue={rule?.stage ?? "CONSTRUCTION"} aria-label={L("阶段", "Stage")} className={input}>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s][locale]}</option>)}
        </select>
        <select name="kind" defaultValue={rule?.kind ?? "INSPECTION"} aria-label={L("任务类型", "Kind")} className={input}>
          {KINDS.map((k) => <option key={k} value={k}>{TASK_KIND_LABELS[k][locale]}</option>)}
        </select>
        <label className="flex items-center gap-1"><input name="dueDays" type="number" min={1} max={365} defaultValue={rule?.dueDays ?? 30} className={`w-16 ${input}`} />{L("天", "days")}</label>
        <label className="flex items-center gap-1"><input type="checkbox" name="requiredForAcceptance" defaultChecked={rule?.requiredForAcceptance ?? false} />{L("联合验收前须办结", "Needed before acceptance")}</label>
        <label className="flex items-center gap-1"><input type="checkbox" name="active" defaultChecked={rule?.active ?? true} />{L("启用", "Active")}</label>
      </div>
    </ActionForm>
  );
}

export default async function AdminDepartmentsPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const [departments, tags] = await Promise.all([responsibilityMatrix(actor), catalogueTags(actor)]);
  return (
    <AppShell actor={actor}>
      <Link href="/departments" className="text-sm text-brand-700">← {L("查看职责矩阵", "Back to the matrix")}</Link>
      <PageTitle subtitle={L("修改后的规则用于此后的分派;已分派的任务保持不变。停用规则请取消“启用”。", "Rules apply to routing from now on; tasks already routed stay. Untick “Active” to deactivate a rule.")}>
        {L("维护部门职责与分派规则", "Department duties and routing rules")}
      </PageTitle>
      <datalist id="catalogue-tags">{tags.map((t) => <option key={t} value={t} />)}</datalist>
      <p className="mb-4 text-sm text-slate-600">{L("改造内容清单中的标签:", "Tags used in the catalogue: ")}{tags.join("、")}</p>
      <div className="grid gap-6">
        {departments.map((d) => (
          <Card key={d.id} title={locale === "zh" ? d.name : d.nameEn}>
            <div className="grid gap-4 lg:grid-cols-2" data-testid={`department-${d.code}`}>
              <div className="space-y-3">
                <h3 className="font-semibold">{L("职责", "Duties")}</h3>
                {d.duties.map((u) => <DutyForm key={u.id} departmentId={d.id} duty={u} locale={locale} />)}
                <details><summary className="cursor-pointer text-sm text-brand-700">{L("增加一条职责", "Add a duty")}</summary><DutyForm departmentId={d.id} locale={locale} /></details>
              </div>
              <div className="space-y-3">
                <h3 className="font-semibold">{L("分派规则", "Routing rules")}</h3>
                {d.rules.map((r) => <RuleForm key={r.id} departmentId={d.id} rule={r} locale={locale} />)}
                <details><summary className="cursor-pointer text-sm text-brand-700">{L("增加一条规则", "Add a rule")}</summary><RuleForm departmentId={d.id} locale={locale} /></details>
              </div>
            </div>
          </Card>
        ))}
      </div>
    </AppShell>
  );
}
