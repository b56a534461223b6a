"use client";
// Adding an item to a running project. A lift (加装电梯) is decided and paid per stairwell unit:
// the official ticks the units, grouped by building, and each becomes its own item. A real POST
// form (useActionState): with JavaScript off the page is rendered again with the answer.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS } from "@/lib/labels";
import { addProjectItemFormAction } from "../forms";
import { useTranslations } from "next-intl";

export type CatalogueOption = { id: string; code: string; name: string; nameEn: string; category: "BASIC" | "IMPROVEMENT" | "UPGRADE"; unit: string; tags: string[] };
export type BuildingOption = { id: string; name: string; neighborhoodName: string; units: { id: string; name: string; dwellings: number; hasLift: boolean; hasLiveLiftItem: boolean }[] };

const input = "rounded border px-2 py-1.5";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? <p id={id} className="text-red-700" data-testid={id}>{errors.join(" ")}</p> : null;
}

export function AddItemForm({ projectId, catalogue, buildings, afterConsultation, locale }: { projectId: string; catalogue: CatalogueOption[]; buildings: BuildingOption[]; afterConsultation: boolean; locale: Locale }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(addProjectItemFormAction, IDLE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const chosenUnits = new Set((v.unitIds ?? "").split(",").filter(Boolean));
  const border = (name: string) => (e[name]?.length ? "border-red-600" : "border-slate-300");
  const lift = catalogue.find((c) => c.tags.includes("lift"));
  // A new key after each answer: emptied after a success, showing what was sent after a refusal.
  return (
    <form key={state.data?.key ?? "form"} action={formAction} method="post" className="grid gap-2 text-sm" data-testid="add-item">
      <input type="hidden" name="projectId" value={projectId} />
      <label className="flex flex-col">{t("projects.addItemForm.item")}
        <select name="catalogueItemId" className={`${input} ${border("catalogueItemId")}`} defaultValue={v.catalogueItemId ?? ""} aria-invalid={e.catalogueItemId ? true : undefined}>
          <option value="">{t("projects.addItemForm.choose")}</option>
          {catalogue.map((c) => <option key={c.id} value={c.id}>{c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})</option>)}
        </select>
      </label>
      <Errors id="error-catalogueItemId" errors={e.catalogueItemId} />
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col">{t("projects.addItemForm.quantity")}<input name="quantity" defaultValue={v.quantity} className={`${input} ${border("quantity")}`} /></label>
        <label className="flex flex-1 flex-col">{t("projects.addItemForm.estimatedCostYuan")}<input name="estimatedCost" defaultValue={v.estimatedCost} inputMode="decimal" className={`${input} ${border("estimatedCost")}`} /></label>
      </div>
      <Errors id="error-quantity" errors={e.quantity} />
      <Errors id="error-estimatedCost" errors={e.estimatedCost} />
      {lift ? (
        <fieldset className={`rounded border p-2 ${border("unitIds")}`} data-testid="lift-units" aria-describedby={e.unitIds ? "error-unitIds" : undefined}>
          <legend className="px-1 font-medium">{t("projects.addItemForm.liftChooseTheBuildingAndUnits", { name: String(lift.name) })}</legend>
          {buildings.length === 0 ? <p className="text-slate-600">{t("projects.addItemForm.noBuildingsOrUnitsAreRegistered")}</p> : null}
          <div className="max-h-64 space-y-2 overflow-y-auto">
            {buildings.map((b) => (
              <div key={b.id}>
                <p className="font-medium">{b.neighborhoodName} {b.name}</p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {b.units.map((u) => {
                    const blocked = u.hasLift ? t("projects.addItemForm.hasALift") : u.hasLiveLiftItem ? t("projects.addItemForm.liftItemExists") : null;
                    return (
                      <li key={u.id}>
                        <label className={`flex items-center gap-1 py-1 ${blocked ? "text-slate-400" : ""}`}>
                          <input type="checkbox" name="unitIds" value={u.id} defaultChecked={chosenUnits.has(u.id)} disabled={Boolean(blocked)} className="h-4 w-4" />
                          {b.name}{u.name}
                          <span className="text-slate-500">({blocked ?? t("projects.addItemForm.dwellings", { dwellings: Number(u.dwellings) })})</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
          <Errors id="error-unitIds" errors={e.unitIds} />
        </fieldset>
      ) : null}
      <label className="flex flex-col">
        {afterConsultation ? t("projects.addItemForm.residentsDecisionRequiredForImprovementUpgrade") : t("projects.addItemForm.noteOptionalImprovementUpgradeItemsGo")}
        <input name="decisionNote" defaultValue={v.decisionNote} className={`${input} ${border("decisionNote")}`} />
      </label>
      <Errors id="error-decisionNote" errors={e.decisionNote} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
        {pending ? t("projects.addItemForm.saving") : t("projects.addItemForm.addItem")}
      </button>
    </form>
  );
}
