"use client";
// Register or edit a neighbourhood. A real POST form (StateForm): with JavaScript off the page
// is rendered again with the answer. A refusal shows each error at its field and keeps everything
// typed; a saved neighbourhood opens its page.
import { controlProps, FieldError, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { PROPERTY_TYPE_LABELS } from "@/lib/labels";
import { createNeighborhoodFormAction, updateNeighborhoodFormAction } from "../forms";
import { PROPERTY_TYPES } from "../property-types";
import { useTranslations } from "next-intl";

export type NeighborhoodFormValues = {
  id?: string;
  version?: number;
  name: string;
  address: string;
  streetId: string;
  communityName: string;
  completionYear: number | "";
  poorCondition: boolean;
  singleBuilding: boolean;
  buildingCount: number;
  propertyType: string;
  notes: string;
};

/** What the form shows: what was sent after a refusal, else the neighbourhood's values. */
function shown(state: FormState, values: NeighborhoodFormValues) {
  const sent = state.status === "error" ? state.values : undefined;
  const text = (key: keyof NeighborhoodFormValues) => sent?.[key] ?? String(values[key] ?? "");
  const checked = (key: "poorCondition" | "singleBuilding") => (sent ? sent[key] === "on" : values[key]);
  return { text, checked };
}

export function NeighborhoodForm({
  values,
  streets,
  locale,
}: {
  values: NeighborhoodFormValues;
  streets: { id: string; name: string }[];
  locale: Locale;
}) {
  const editing = Boolean(values.id);
  const t = useTranslations();
  return (
    <StateForm
      action={editing ? updateNeighborhoodFormAction : createNeighborhoodFormAction}
      className="grid max-w-3xl gap-4 text-sm md:grid-cols-2"
      testId="neighborhood-form"
    >
      {(state) => {
        const { text, checked } = shown(state, values);
        const field = (name: string) =>
          `mt-1 w-full rounded border px-3 py-2 ${state.fieldErrors?.[name]?.length ? "border-red-600" : "border-slate-300"}`;
        const err = (name: string) => <FieldError state={state} name={name} />;
        return (
          <>
            {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
            {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
            <div>
              <label htmlFor="field-name">{t("neighborhoods.neighborhoodForm.name")} *</label>
              <input {...controlProps(state, "name")} defaultValue={text("name")} className={field("name")} />
              {err("name")}
            </div>
            <div>
              <label htmlFor="field-address">{t("neighborhoods.neighborhoodForm.address")} *</label>
              <input {...controlProps(state, "address")} defaultValue={text("address")} className={field("address")} />
              {err("address")}
            </div>
            <div>
              <label htmlFor="field-streetId">{t("neighborhoods.neighborhoodForm.streetTown")}</label>
              <select
                {...controlProps(state, "streetId")}
                defaultValue={text("streetId")}
                className={field("streetId")}
              >
                <option value="">{t("neighborhoods.neighborhoodForm.choose")}</option>
                {streets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {err("streetId")}
            </div>
            <div>
              <label htmlFor="field-communityName">{t("neighborhoods.neighborhoodForm.community")}</label>
              <input
                {...controlProps(state, "communityName")}
                defaultValue={text("communityName")}
                className={field("communityName")}
              />
              {err("communityName")}
            </div>
            <div>
              <label htmlFor="field-completionYear">{t("neighborhoods.neighborhoodForm.yearBuilt")} *</label>
              <input
                {...controlProps(state, "completionYear")}
                type="number"
                inputMode="numeric"
                defaultValue={text("completionYear")}
                className={field("completionYear")}
              />
              {err("completionYear")}
            </div>
            <div>
              <label htmlFor="field-buildingCount">{t("neighborhoods.neighborhoodForm.numberOfBuildings")}</label>
              <input
                {...controlProps(state, "buildingCount")}
                type="number"
                min={0}
                defaultValue={text("buildingCount")}
                className={field("buildingCount")}
              />
              {err("buildingCount")}
            </div>
            <div>
              <label htmlFor="field-propertyType">{t("neighborhoods.neighborhoodForm.propertyType")}</label>
              <select
                {...controlProps(state, "propertyType")}
                defaultValue={text("propertyType")}
                className={field("propertyType")}
              >
                {PROPERTY_TYPES.map((p) => (
                  <option key={p} value={p}>
                    {PROPERTY_TYPE_LABELS[p][locale]}
                  </option>
                ))}
              </select>
              {err("propertyType")}
            </div>
            <div className="flex flex-col justify-end gap-2">
              <label className="flex items-center gap-2">
                <input type="checkbox" name="singleBuilding" defaultChecked={checked("singleBuilding")} />{" "}
                {t("neighborhoods.neighborhoodForm.singleBuilding")}
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="poorCondition" defaultChecked={checked("poorCondition")} />{" "}
                {t("neighborhoods.neighborhoodForm.poorLivingConditions")}
              </label>
            </div>
            <div className="md:col-span-2">
              <label htmlFor="field-notes">{t("neighborhoods.neighborhoodForm.notes")}</label>
              <textarea
                {...controlProps(state, "notes")}
                rows={3}
                defaultValue={text("notes")}
                className={field("notes")}
              />
              {err("notes")}
            </div>
            <div className="md:col-span-2">
              <div className="mb-2 min-h-5">
                <FormMessage state={state} testId="neighborhood-message" />
              </div>
              <SubmitButton
                label={t("neighborhoods.neighborhoodForm.save")}
                pendingLabel={t("neighborhoods.neighborhoodForm.saving")}
                className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
              />
            </div>
          </>
        );
      }}
    </StateForm>
  );
}
