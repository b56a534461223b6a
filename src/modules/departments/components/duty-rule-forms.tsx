"use client";
// The administrator's forms for a department's duties and routing rules, one per duty or rule on
// the page (so each control's id carries its record's). Plain POST forms: they work without
// JavaScript, and a refusal is shown at its field with what was typed kept.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentChecked, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS, STAGE_LABELS } from "@/lib/labels";
import { saveDutyForm, saveRuleForm } from "../forms";
import { TASK_KIND_LABELS } from "../labels";
import type { MatrixDepartment } from "./matrix";

const input = "rounded border border-slate-300 px-2 py-1.5";
const STAGES = Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[];
const KINDS = Object.keys(TASK_KIND_LABELS) as (keyof typeof TASK_KIND_LABELS)[];

type Rule = MatrixDepartment["rules"][number];
type Duty = MatrixDepartment["duties"][number];

export function DutyForm({ departmentId, duty, locale }: { departmentId: string; duty?: Duty; locale: Locale }) {
  const t = useTranslations();
  const prefix = duty ? `duty-${duty.id}` : `new-duty-${departmentId}`;
  return (
    <StateForm
      action={saveDutyForm}
      submitLabel={duty ? t("departments.dutyRuleForms.saveDuty") : t("departments.dutyRuleForms.addDuty")}
      pendingLabel="…"
      successText={t("departments.dutyRuleForms.saved")}
      className="grid gap-1 text-sm"
    >
      {(state) => {
        const bind = (name: string) => controlProps(state, name, { idPrefix: prefix });
        return (
          <>
            <input type="hidden" name="departmentId" value={departmentId} />
            {duty ? <input type="hidden" name="dutyId" value={duty.id} /> : null}
            <textarea
              {...bind("text")}
              rows={duty ? 3 : 2}
              defaultValue={sentValue(state, "text", duty?.text ?? "")}
              aria-label={t("departments.dutyRuleForms.dutyText")}
              className={input}
            />
            <FieldError state={state} name="text" idPrefix={prefix} />
            <div className="flex flex-wrap gap-2">
              <select
                {...bind("category")}
                defaultValue={sentValue(state, "category", duty?.category ?? "")}
                aria-label={t("departments.dutyRuleForms.category")}
                className={input}
              >
                <option value="">{t("departments.dutyRuleForms.anyCategory")}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c][locale]}
                  </option>
                ))}
              </select>
              <select
                {...bind("stage")}
                defaultValue={sentValue(state, "stage", duty?.stage ?? "")}
                aria-label={t("departments.dutyRuleForms.stage")}
                className={input}
              >
                <option value="">{t("departments.dutyRuleForms.anyStage")}</option>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s][locale]}
                  </option>
                ))}
              </select>
            </div>
            <FieldError state={state} name="category" idPrefix={prefix} />
            <FieldError state={state} name="stage" idPrefix={prefix} />
          </>
        );
      }}
    </StateForm>
  );
}

export function RuleForm({ departmentId, rule, locale }: { departmentId: string; rule?: Rule; locale: Locale }) {
  const t = useTranslations();
  const prefix = rule ? `rule-${rule.id}` : `new-rule-${departmentId}`;
  return (
    <StateForm
      action={saveRuleForm}
      submitLabel={rule ? t("departments.dutyRuleForms.saveRule") : t("departments.dutyRuleForms.addRule")}
      pendingLabel="…"
      successText={t("departments.dutyRuleForms.saved")}
      className={`grid gap-1 rounded border p-2 text-sm ${rule && !rule.active ? "border-dashed bg-slate-50" : ""}`}
    >
      {(state) => {
        const bind = (name: string) => controlProps(state, name, { idPrefix: prefix });
        return (
          <>
            <input type="hidden" name="departmentId" value={departmentId} />
            {rule ? <input type="hidden" name="ruleId" value={rule.id} /> : null}
            <input
              {...bind("title")}
              defaultValue={sentValue(state, "title", rule?.title ?? "")}
              placeholder={t("departments.dutyRuleForms.taskTitle")}
              aria-label={t("departments.dutyRuleForms.taskTitle")}
              className={input}
            />
            <FieldError state={state} name="title" idPrefix={prefix} />
            <div className="flex flex-wrap items-center gap-2">
              <input
                {...bind("matchTag")}
                defaultValue={sentValue(state, "matchTag", rule?.matchTag ?? "")}
                list="catalogue-tags"
                placeholder="lift"
                aria-label={t("departments.dutyRuleForms.tag")}
                className={`w-28 ${input}`}
              />
              <select
                {...bind("stage")}
                defaultValue={sentValue(state, "stage", rule?.stage ?? "CONSTRUCTION")}
                aria-label={t("departments.dutyRuleForms.stage")}
                className={input}
              >
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s][locale]}
                  </option>
                ))}
              </select>
              <select
                {...bind("kind")}
                defaultValue={sentValue(state, "kind", rule?.kind ?? "INSPECTION")}
                aria-label={t("departments.dutyRuleForms.kind")}
                className={input}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {TASK_KIND_LABELS[k][locale]}
                  </option>
                ))}
              </select>
              <label className="flex items-center gap-1">
                <input
                  {...bind("dueDays")}
                  type="number"
                  min={1}
                  max={365}
                  defaultValue={sentValue(state, "dueDays", String(rule?.dueDays ?? 30))}
                  className={`w-16 ${input}`}
                />
                {t("departments.dutyRuleForms.days")}
              </label>
              <label className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="requiredForAcceptance"
                  defaultChecked={sentChecked(state, "requiredForAcceptance", rule?.requiredForAcceptance ?? false)}
                />
                {t("departments.dutyRuleForms.neededBeforeAcceptance")}
              </label>
              <label className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="active"
                  defaultChecked={sentChecked(state, "active", rule?.active ?? true)}
                />
                {t("departments.dutyRuleForms.active")}
              </label>
            </div>
            {(["matchTag", "stage", "kind", "dueDays"] as const).map((name) => (
              <FieldError key={name} state={state} name={name} idPrefix={prefix} />
            ))}
          </>
        );
      }}
    </StateForm>
  );
}
