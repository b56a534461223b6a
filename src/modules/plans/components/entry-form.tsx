"use client";
// Adding or changing a plan entry. A real POST form (StateForm): with JavaScript off the page
// is rendered again with the answer. A refusal shows each error at its field, with the allowed
// range, and keeps everything typed; a saved new entry empties the form for the next.
import { controlProps, FieldError } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { ContentCategory, StartQuarter } from "@/generated/prisma/enums";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { saveEntryFormAction } from "../forms";
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
  neighborhoodId: "",
  floorAreaM2: "",
  households: "",
  buildings: "",
  investmentWan: "",
  startQuarter: "Q2",
  categories: ["BASIC"],
  residentsConsulted: false,
  note: "",
};

const QUARTERS: { value: StartQuarter; zh: string; en: string }[] = [
  { value: "Q1", zh: "一季度", en: "Q1" },
  { value: "Q2", zh: "二季度", en: "Q2" },
  { value: "Q3", zh: "三季度", en: "Q3" },
  { value: "Q4", zh: "四季度", en: "Q4" },
];
const CATEGORIES: { value: ContentCategory; zh: string; en: string }[] = [
  { value: "BASIC", zh: "基础类", en: "Basic" },
  { value: "IMPROVEMENT", zh: "完善类", en: "Improvement" },
  { value: "UPGRADE", zh: "提升类", en: "Upgrade" },
];

/** What the form shows: what was sent after a refusal, else the entry's values (or an empty entry). */
function shown(state: FormState, defaults: EntryDefaults) {
  const sent = state.status === "error" ? state.values : undefined;
  if (!sent) return { ...defaults, amendmentReason: "" };
  return {
    neighborhoodId: sent.neighborhoodId ?? "",
    floorAreaM2: sent.floorAreaM2 ?? "",
    households: sent.households ?? "",
    buildings: sent.buildings ?? "",
    investmentWan: sent.investmentWan ?? "",
    startQuarter: (sent.startQuarter ?? defaults.startQuarter) as StartQuarter,
    categories: (sent.categories ?? "").split(",").filter(Boolean) as ContentCategory[],
    residentsConsulted: sent.residentsConsulted === "on",
    note: sent.note ?? "",
    amendmentReason: sent.amendmentReason ?? "",
  };
}

export function EntryForm({
  planId,
  neighborhoods,
  defaults,
  amendment,
  locale,
}: {
  planId: string;
  neighborhoods: { id: string; name: string; address: string }[];
  defaults?: EntryDefaults;
  amendment: boolean;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    // Remounted after each answer: it shows what was sent, or after a new entry was saved an empty one.
    <StateForm
      action={saveEntryFormAction}
      className="grid gap-3 md:grid-cols-2"
      ariaLabel={t("plans.entryForm.planEntry")}
      testId="entry-form"
    >
      {(state) => {
        const v = shown(state, defaults ?? EMPTY);
        const input = (name: string) =>
          `w-full rounded border px-3 py-1.5 ${state.fieldErrors?.[name]?.length ? "border-red-600" : "border-slate-300"}`;
        return (
          <>
            <input type="hidden" name="planId" value={planId} />
            {defaults?.entryId ? <input type="hidden" name="entryId" value={defaults.entryId} /> : null}
            <div className="md:col-span-2">
              <label htmlFor="field-neighborhoodId" className="block text-sm text-slate-600">
                {t("plans.entryForm.neighbourhoodInScopeYourDistrict")}
              </label>
              <select
                {...controlProps(state, "neighborhoodId")}
                defaultValue={v.neighborhoodId}
                className={input("neighborhoodId")}
              >
                <option value="">{t("plans.entryForm.choose")}</option>
                {neighborhoods.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}({n.address})
                  </option>
                ))}
              </select>
              <FieldError state={state} name="neighborhoodId" />
            </div>
            {(
              [
                ["floorAreaM2", t("plans.entryForm.floorAreaM")],
                ["households", t("plans.entryForm.households")],
                ["buildings", t("plans.entryForm.buildings")],
                ["investmentWan", t("plans.entryForm.investment10kYuan")],
              ] as const
            ).map(([key, label]) => (
              <div key={key}>
                <label htmlFor={`field-${key}`} className="block text-sm text-slate-600">
                  {label}
                </label>
                <input {...controlProps(state, key)} inputMode="decimal" defaultValue={v[key]} className={input(key)} />
                <FieldError state={state} name={key} />
              </div>
            ))}
            <div>
              <label htmlFor="field-startQuarter" className="block text-sm text-slate-600">
                {t("plans.entryForm.plannedStart")}
              </label>
              <select
                {...controlProps(state, "startQuarter")}
                defaultValue={v.startQuarter}
                className={input("startQuarter")}
              >
                {QUARTERS.map((q) => (
                  <option key={q.value} value={q.value}>
                    {q[locale]}
                  </option>
                ))}
              </select>
              <FieldError state={state} name="startQuarter" />
            </div>
            <fieldset
              aria-describedby={state.fieldErrors?.categories?.length ? "field-categories-error" : undefined}
              aria-invalid={state.fieldErrors?.categories?.length ? true : undefined}
            >
              <legend className="text-sm text-slate-600">{t("plans.entryForm.contentCategories")}</legend>
              <div className="mt-1 flex gap-4">
                {CATEGORIES.map((c) => (
                  <label key={c.value} className="flex items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      name="categories"
                      value={c.value}
                      defaultChecked={v.categories.includes(c.value)}
                    />
                    {c[locale]}
                  </label>
                ))}
              </div>
              <FieldError state={state} name="categories" />
            </fieldset>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="residentsConsulted" defaultChecked={v.residentsConsulted} />
              {t("plans.entryForm.residentsConsulted")}
            </label>
            <div className="md:col-span-2">
              <label htmlFor="field-note" className="block text-sm text-slate-600">
                {t("plans.entryForm.note")}
              </label>
              <input {...controlProps(state, "note")} defaultValue={v.note} className={input("note")} />
              <FieldError state={state} name="note" />
            </div>
            {amendment ? (
              <div className="md:col-span-2">
                <label htmlFor="field-amendmentReason" className="block text-sm font-semibold text-amber-800">
                  {t("plans.entryForm.amendmentReasonThePlanIsApproved")}
                </label>
                <input
                  {...controlProps(state, "amendmentReason")}
                  defaultValue={v.amendmentReason}
                  className={input("amendmentReason")}
                />
                <FieldError state={state} name="amendmentReason" />
              </div>
            ) : null}
            <div className="md:col-span-2 flex items-center gap-3">
              <SubmitButton
                label={defaults?.entryId ? t("plans.entryForm.saveChanges") : t("plans.entryForm.addEntry")}
                pendingLabel={t("plans.entryForm.saving")}
                className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
              />
              <span role="status" className="text-sm" data-testid="entry-message">
                {state.status === "ok" ? <span className="text-green-700">{state.message}</span> : null}
                {state.status === "error" ? <span className="text-red-700">{state.message}</span> : null}
              </span>
            </div>
          </>
        );
      }}
    </StateForm>
  );
}
