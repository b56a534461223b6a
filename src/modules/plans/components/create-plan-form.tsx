"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { createPlanForm } from "../actions";
import { useTranslations } from "next-intl";

export function CreatePlanForm({ defaultYear }: { defaultYear: number; locale: Locale }) {
  const router = useRouter();
  const [state, submit, pending] = useActionState(async (previous: Awaited<ReturnType<typeof createPlanForm>> | null, data: FormData) => {
    const result = await createPlanForm(previous, data);
    if (result.ok) router.push(`/district/plans/${result.data.id}`);
    return result;
  }, null);
  const [year, setYear] = useState(String(defaultYear));
  const t = useTranslations();
  return (
    <form action={submit} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="plan-year" className="block text-sm text-slate-600">{t("plans.createPlanForm.planYear")}</label>
        <input id="plan-year" name="year" type="number" value={year} onChange={(e) => setYear(e.target.value)} className="w-32 rounded border border-slate-300 px-3 py-1.5" />
      </div>
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        {t("plans.createPlanForm.newAnnualPlan")}
      </button>
      <div role="status" className="w-full text-sm text-red-700">
        {state && !state.ok ? `${state.error} ${state.fieldErrors?.year?.join(" ") ?? ""}` : null}
      </div>
    </form>
  );
}
