"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { PROPERTY_TYPE_LABELS } from "@/lib/labels";
import { createNeighborhoodForm, updateNeighborhoodForm } from "../actions";
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

/** Register or edit a neighbourhood. Submitted without React's form reset, so a refusal keeps what was typed. */
export function NeighborhoodForm({ values, streets, locale }: { values: NeighborhoodFormValues; streets: { id: string; name: string }[]; locale: Locale }) {
  const editing = Boolean(values.id);
  const [state, submit, pending] = useActionState(editing ? updateNeighborhoodForm : createNeighborhoodForm, null);
  const router = useRouter();
  const t = useTranslations();
  useEffect(() => {
    if (state?.ok) router.push(`/district/neighborhoods/${values.id ?? state.data.id}`);
  }, [state, router, values.id]);
  const errorsOf = (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  const err = (name: string) => <FieldError name={name} errors={errorsOf(name)} />;
  return (
    <form
      className="grid max-w-3xl gap-4 text-sm md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
    >
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <label>
        {t("neighborhoods.neighborhoodForm.name")} *
        <input name="name" defaultValue={values.name} className={field} aria-invalid={Boolean(errorsOf("name"))} aria-describedby="name-error" />
        {err("name")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.address")} *
        <input name="address" defaultValue={values.address} className={field} aria-describedby="address-error" />
        {err("address")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.streetTown")}
        <select name="streetId" defaultValue={values.streetId} className={field}>
          <option value="">{t("neighborhoods.neighborhoodForm.choose")}</option>
          {streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        {err("streetId")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.community")}
        <input name="communityName" defaultValue={values.communityName} className={field} />
        {err("communityName")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.yearBuilt")} *
        <input name="completionYear" type="number" inputMode="numeric" defaultValue={values.completionYear} className={field} aria-describedby="completionYear-error" />
        {err("completionYear")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.numberOfBuildings")}
        <input name="buildingCount" type="number" min={0} defaultValue={values.buildingCount} className={field} />
        {err("buildingCount")}
      </label>
      <label>
        {t("neighborhoods.neighborhoodForm.propertyType")}
        <select name="propertyType" defaultValue={values.propertyType} className={field}>
          {PROPERTY_TYPES.map((p) => <option key={p} value={p}>{PROPERTY_TYPE_LABELS[p][locale]}</option>)}
        </select>
        {err("propertyType")}
      </label>
      <div className="flex flex-col justify-end gap-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="singleBuilding" defaultChecked={values.singleBuilding} /> {t("neighborhoods.neighborhoodForm.singleBuilding")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="poorCondition" defaultChecked={values.poorCondition} /> {t("neighborhoods.neighborhoodForm.poorLivingConditions")}
        </label>
      </div>
      <label className="md:col-span-2">
        {t("neighborhoods.neighborhoodForm.notes")}
        <textarea name="notes" rows={3} defaultValue={values.notes} className={field} />
        {err("notes")}
      </label>
      <div className="md:col-span-2">
        <div role="status" className="mb-2 min-h-5">
          {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
          {state?.ok ? <span className="text-green-700">{t("neighborhoods.neighborhoodForm.saved")}</span> : null}
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? t("neighborhoods.neighborhoodForm.saving") : t("neighborhoods.neighborhoodForm.save")}
        </button>
      </div>
    </form>
  );
}

function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  return errors ? <p id={`${name}-error`} className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null;
}
