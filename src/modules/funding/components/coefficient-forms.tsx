"use client";
// The district's lift floor coefficients: start from the default table, or save the whole table.
// Plain POST forms (they work without JavaScript); a refused table keeps every figure typed, each
// error at its floor.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import { saveLiftCoefficientsForm, seedDefaultLiftCoefficientsForm } from "../forms";

export function SeedDefaultForm() {
  const t = useTranslations();
  return (
    <StateForm
      action={seedDefaultLiftCoefficientsForm}
      submitLabel={t("funding.coefficientForms.useTheDefaultTable")}
      pendingLabel={t("funding.coefficientForms.saving")}
      testId="seed-default"
    />
  );
}

export function CoefficientsForm({
  topFloor,
  coefficients,
  canEdit,
}: {
  topFloor: number;
  coefficients: Record<number, string>;
  canEdit: boolean;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={saveLiftCoefficientsForm}
      submitLabel={t("funding.coefficientForms.saveTheTable")}
      pendingLabel={t("funding.coefficientForms.saving")}
      successText={t("funding.coefficientForms.saved")}
      className="space-y-3"
      testId="coefficients"
    >
      {(state) => (
        <>
          <p className="text-sm text-slate-600">{t("funding.coefficientForms.leaveBlankForAFloorNot")}</p>
          <div className="grid grid-cols-3 gap-2 text-sm sm:grid-cols-6 lg:grid-cols-10">
            {Array.from({ length: topFloor }, (_, i) => i + 1).map((floor) => (
              <div key={floor} className="flex flex-col">
                <label htmlFor={`field-c${floor}`}>
                  {t("funding.coefficientForms.floor", { floor: String(floor) })}
                </label>
                <input
                  {...controlProps(state, `c${floor}`)}
                  inputMode="decimal"
                  defaultValue={sentValue(state, `c${floor}`, coefficients[floor] ?? "")}
                  className="rounded border border-slate-300 px-2 py-1"
                  disabled={!canEdit}
                />
                <FieldError state={state} name={`c${floor}`} />
              </div>
            ))}
          </div>
        </>
      )}
    </StateForm>
  );
}
