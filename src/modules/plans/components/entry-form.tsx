"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useState } from "react";
import type { ContentCategory, StartQuarter } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { saveEntryForm } from "../actions";
import { useTranslations } from "next-intl";

export type EntryDefaults = {
  entryId?: string;
  neighborhoodId: string;
  floorAreaM2: string;
  households: string;
  buildings: string;
  investmentWan: string;
  startQuarter: StartQuarter;
  categories: ContentCategory[];
  residentsConsulted: boolean;
  note: string;
};

const EMPTY: EntryDefaults = {
  neighborhoodId: "", floorAreaM2: "", households: "", buildings: "", investmentWan: "", startQuarter: "Q2", categories: ["BASIC"], residentsConsulted: false, note: "",
};

const QUARTERS: { value: StartQuarter; zh: string; en: string }[] = [
  { value: "Q1", zh: "一季度", en: "Q1" }, { value: "Q2", zh: "二季度", en: "Q2" }, { value: "Q3", zh: "三季度", en: "Q3" }, { value: "Q4", zh: "四季度", en: "Q4" },
];
const CATEGORIES: { value: ContentCategory; zh: string; en: string }[] = [
  { value: "BASIC", zh: "基础类", en: "Basic" }, { value: "IMPROVEMENT", zh: "完善类", en: "Improvement" }, { value: "UPGRADE", zh: "提升类", en: "Upgrade" },
];

export function EntryForm({
  planId, neighborhoods, defaults, amendment, locale,
}: {
  planId: string;
  neighborhoods: { id: string; name: string; address: string }[];
  defaults?: EntryDefaults;
  amendment: boolean;
  locale: Locale;
}) {
  const [form, setForm] = useState<EntryDefaults>(defaults ?? EMPTY);
  const [reason, setReason] = useState("");
  // A refused save keeps what was typed; a new entry that was saved clears the form for the next.
  const [state, submit, pending] = useActionState(async (previous: Awaited<ReturnType<typeof saveEntryForm>> | null, data: FormData) => {
    const result = await saveEntryForm(previous, data);
    if (result.ok && !defaults?.entryId) {
      setForm(EMPTY);
      setReason("");
    }
    return result;
  }, null);
  const router = useRouter();
  const t = useTranslations();
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  useEffect(() => {
    if (state?.ok && defaults?.entryId) router.replace(`/district/plans/${planId}`);
  }, [state, defaults?.entryId, planId, router]);
  const set = <K extends keyof EntryDefaults>(key: K, value: EntryDefaults[K]) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (key: string) =>
    errors[key] ? <p id={`${key}-error`} className="mt-1 text-sm text-red-700">{errors[key].join(" ")}</p> : null;
  const input = "w-full rounded border border-slate-300 px-3 py-1.5";
  return (
    <form
      // Submitted by hand rather than through `action`, because React resets a form after its
      // action runs and a reset select would no longer show the value the user chose.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
      className="grid gap-3 md:grid-cols-2"
      aria-label={t("plans.entryForm.planEntry")}
    >
      <input type="hidden" name="planId" value={planId} />
      {defaults?.entryId ? <input type="hidden" name="entryId" value={defaults.entryId} /> : null}
      <div className="md:col-span-2">
        <label htmlFor="neighborhoodId" className="block text-sm text-slate-600">{t("plans.entryForm.neighbourhoodInScopeYourDistrict")}</label>
        <select id="neighborhoodId" name="neighborhoodId" value={form.neighborhoodId} onChange={(e) => set("neighborhoodId", e.target.value)} className={input} aria-describedby="neighborhoodId-error">
          <option value="">{t("plans.entryForm.choose")}</option>
          {neighborhoods.map((n) => (
            <option key={n.id} value={n.id}>{n.name}({n.address})</option>
          ))}
        </select>
        {fieldError("neighborhoodId")}
      </div>
      {([
        ["floorAreaM2", t("plans.entryForm.floorAreaM")],
        ["households", t("plans.entryForm.households")],
        ["buildings", t("plans.entryForm.buildings")],
        ["investmentWan", t("plans.entryForm.investment10kYuan")],
      ] as const).map(([key, label]) => (
        <div key={key}>
          <label htmlFor={key} className="block text-sm text-slate-600">{label}</label>
          <input id={key} name={key} inputMode="decimal" value={form[key]} onChange={(e) => set(key, e.target.value)} className={input} aria-describedby={`${key}-error`} />
          {fieldError(key === "investmentWan" ? "investmentFen" : key)}
          {key === "investmentWan" ? fieldError("investmentWan") : null}
        </div>
      ))}
      <div>
        <label htmlFor="startQuarter" className="block text-sm text-slate-600">{t("plans.entryForm.plannedStart")}</label>
        <select id="startQuarter" name="startQuarter" value={form.startQuarter} onChange={(e) => set("startQuarter", e.target.value as StartQuarter)} className={input}>
          {QUARTERS.map((q) => <option key={q.value} value={q.value}>{q[locale]}</option>)}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm text-slate-600">{t("plans.entryForm.contentCategories")}</legend>
        <div className="mt-1 flex gap-4">
          {CATEGORIES.map((c) => (
            <label key={c.value} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox" name="categories" value={c.value} checked={form.categories.includes(c.value)}
                onChange={(e) => set("categories", e.target.checked ? [...form.categories, c.value] : form.categories.filter((x) => x !== c.value))}
              />
              {c[locale]}
            </label>
          ))}
        </div>
        {fieldError("categories")}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="residentsConsulted" checked={form.residentsConsulted} onChange={(e) => set("residentsConsulted", e.target.checked)} />
        {t("plans.entryForm.residentsConsulted")}
      </label>
      <div className="md:col-span-2">
        <label htmlFor="note" className="block text-sm text-slate-600">{t("plans.entryForm.note")}</label>
        <input id="note" name="note" value={form.note} onChange={(e) => set("note", e.target.value)} className={input} />
      </div>
      {amendment ? (
        <div className="md:col-span-2">
          <label htmlFor="amendmentReason" className="block text-sm font-semibold text-amber-800">{t("plans.entryForm.amendmentReasonThePlanIsApproved")}</label>
          <input id="amendmentReason" name="amendmentReason" value={reason} onChange={(e) => setReason(e.target.value)} className={input} />
          {fieldError("amendmentReason")}
        </div>
      ) : null}
      <div className="md:col-span-2 flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? t("plans.entryForm.saving") : defaults?.entryId ? t("plans.entryForm.saveChanges") : t("plans.entryForm.addEntry")}
        </button>
        <span role="status" className="text-sm">
          {state?.ok ? <span className="text-green-700">{t("plans.entryForm.saved")}</span> : null}
          {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}
