"use client";
// A new annual plan for a year. A plain POST form (works without JavaScript); the new plan opens.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { createPlanFormAction } from "../forms";

export function CreatePlanForm({ defaultYear }: { defaultYear: number; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={createPlanFormAction} className="flex flex-wrap items-end gap-3">
      {(state) => (
        <>
          <div>
            <label htmlFor="field-year" className="block text-sm text-slate-600">
              {t("plans.createPlanForm.planYear")}
            </label>
            <input
              {...controlProps(state, "year")}
              type="number"
              defaultValue={sentValue(state, "year", String(defaultYear))}
              className="w-32 rounded border border-slate-300 px-3 py-1.5"
            />
          </div>
          <SubmitButton
            label={t("plans.createPlanForm.newAnnualPlan")}
            className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          />
          <div role="status" className="w-full text-sm text-red-700">
            {state.status === "error" ? state.message : null}
            <FieldError state={state} name="year" />
          </div>
        </>
      )}
    </StateForm>
  );
}
