"use client";
// The condition checklist: one answer per question. A plain POST form (works without JavaScript);
// a refusal keeps every answer chosen and tells an unanswered question at its own.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS } from "@/lib/labels";
import { CHECKLIST } from "../assessment";
import { saveAssessmentFormAction } from "../forms";

const ANSWERS = [
  { value: 0, zh: "良好", en: "Good" },
  { value: 1, zh: "有问题", en: "Some problems" },
  { value: 2, zh: "问题突出", en: "Serious" },
] as const;

export function AssessmentForm({
  neighborhoodId,
  answers,
  locale,
}: {
  neighborhoodId: string;
  answers: Record<string, number> | null;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={saveAssessmentFormAction}
      submitLabel={t("neighborhoods.assessmentForm.saveAssessment")}
      pendingLabel={t("neighborhoods.assessmentForm.saving")}
      successText={t("neighborhoods.assessmentForm.saved")}
      className="space-y-3 text-sm"
      testId="assessment-form"
    >
      {(state) => (
        <>
          <input type="hidden" name="neighborhoodId" value={neighborhoodId} />
          {CHECKLIST.map((q) => {
            const name = `q.${q.key}`;
            const chosen = sentValue(state, name, String(answers?.[q.key] ?? 0));
            return (
              <fieldset key={q.key} {...controlProps(state, name)} className="rounded border border-slate-200 p-2">
                <legend className="px-1">
                  {CATEGORY_LABELS[q.area][locale]} · {locale === "zh" ? q.zh : q.en}
                </legend>
                <div className="flex gap-4">
                  {ANSWERS.map((a) => (
                    <label key={a.value} className="flex items-center gap-1">
                      <input type="radio" name={name} value={a.value} defaultChecked={chosen === String(a.value)} />{" "}
                      {locale === "zh" ? a.zh : a.en}
                    </label>
                  ))}
                </div>
                <FieldError state={state} name={name} />
              </fieldset>
            );
          })}
        </>
      )}
    </StateForm>
  );
}
