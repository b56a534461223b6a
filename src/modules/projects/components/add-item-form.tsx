"use client";
// Adding an item to a running project. A lift (加装电梯) is decided and paid per stairwell unit:
// the official ticks the units, grouped by building, and each becomes its own item. A real POST
// form (StateForm): with JavaScript off the page is rendered again with the answer.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { controlProps, FieldError, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS } from "@/lib/labels";
import { addProjectItemFormAction } from "../forms";
import { useTranslations } from "next-intl";

export type CatalogueOption = {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  category: "BASIC" | "IMPROVEMENT" | "UPGRADE";
  unit: string;
  tags: string[];
};
export type BuildingOption = {
  id: string;
  name: string;
  neighborhoodName: string;
  units: { id: string; name: string; dwellings: number; hasLift: boolean; hasLiveLiftItem: boolean }[];
};

const input = "rounded border px-2 py-1.5";

export function AddItemForm({
  projectId,
  catalogue,
  buildings,
  afterConsultation,
  locale,
}: {
  projectId: string;
  catalogue: CatalogueOption[];
  buildings: BuildingOption[];
  afterConsultation: boolean;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={addProjectItemFormAction} className="grid gap-2 text-sm" testId="add-item">
      {(state) => {
        const v = state.values ?? {};
        const e = state.fieldErrors ?? {};
        const chosenUnits = new Set((v.unitIds ?? "").split(",").filter(Boolean));
        const border = (name: string) => (e[name]?.length ? "border-red-600" : "border-slate-300");
        const lift = catalogue.find((c) => c.tags.includes("lift"));
        // Remounted after each answer (StateForm): emptied after a success, showing what was sent after a refusal.
        return (
          <>
            <input type="hidden" name="projectId" value={projectId} />
            <label className="flex flex-col">
              {t("projects.addItemForm.item")}
              <select
                {...controlProps(state, "catalogueItemId")}
                className={`${input} ${border("catalogueItemId")}`}
                defaultValue={v.catalogueItemId ?? ""}
              >
                <option value="">{t("projects.addItemForm.choose")}</option>
                {catalogue.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})
                  </option>
                ))}
              </select>
            </label>
            <FieldError state={state} name="catalogueItemId" className="text-red-700" />
            <div className="flex gap-2">
              <div className="flex flex-1 flex-col">
                <label htmlFor="field-quantity">{t("projects.addItemForm.quantity")}</label>
                <input
                  {...controlProps(state, "quantity")}
                  defaultValue={v.quantity}
                  className={`${input} ${border("quantity")}`}
                />
                <FieldError state={state} name="quantity" className="text-red-700" />
              </div>
              <div className="flex flex-1 flex-col">
                <label htmlFor="field-estimatedCost">{t("projects.addItemForm.estimatedCostYuan")}</label>
                <input
                  {...controlProps(state, "estimatedCost")}
                  defaultValue={v.estimatedCost}
                  inputMode="decimal"
                  className={`${input} ${border("estimatedCost")}`}
                />
                <FieldError state={state} name="estimatedCost" className="text-red-700" />
              </div>
            </div>
            {lift ? (
              <fieldset
                className={`rounded border p-2 ${border("unitIds")}`}
                data-testid="lift-units"
                aria-describedby={e.unitIds ? "field-unitIds-error" : undefined}
              >
                <legend className="px-1 font-medium">
                  {t("projects.addItemForm.liftChooseTheBuildingAndUnits", { name: String(lift.name) })}
                </legend>
                {buildings.length === 0 ? (
                  <p className="text-slate-600">{t("projects.addItemForm.noBuildingsOrUnitsAreRegistered")}</p>
                ) : null}
                <div className="max-h-64 space-y-2 overflow-y-auto">
                  {buildings.map((b) => (
                    <div key={b.id}>
                      <p className="font-medium">
                        {b.neighborhoodName} {b.name}
                      </p>
                      <ul className="flex flex-wrap gap-x-4 gap-y-1">
                        {b.units.map((u) => {
                          const blocked = u.hasLift
                            ? t("projects.addItemForm.hasALift")
                            : u.hasLiveLiftItem
                              ? t("projects.addItemForm.liftItemExists")
                              : null;
                          return (
                            <li key={u.id}>
                              <label className={`flex items-center gap-1 py-1 ${blocked ? "text-slate-400" : ""}`}>
                                <input
                                  type="checkbox"
                                  name="unitIds"
                                  value={u.id}
                                  defaultChecked={chosenUnits.has(u.id)}
                                  disabled={Boolean(blocked)}
                                  className="h-4 w-4"
                                />
                                {b.name}
                                {u.name}
                                <span className="text-slate-500">
                                  ({blocked ?? t("projects.addItemForm.dwellings", { dwellings: Number(u.dwellings) })})
                                </span>
                              </label>
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  ))}
                </div>
                <FieldError state={state} name="unitIds" className="text-red-700" />
              </fieldset>
            ) : null}
            <label className="flex flex-col">
              {afterConsultation
                ? t("projects.addItemForm.residentsDecisionRequiredForImprovementUpgrade")
                : t("projects.addItemForm.noteOptionalImprovementUpgradeItemsGo")}
              <input
                {...controlProps(state, "decisionNote")}
                defaultValue={v.decisionNote}
                className={`${input} ${border("decisionNote")}`}
              />
            </label>
            <FieldError state={state} name="decisionNote" className="text-red-700" />
            <FormMessage state={state} />
            <SubmitButton
              label={t("projects.addItemForm.addItem")}
              pendingLabel={t("projects.addItemForm.saving")}
              className="justify-self-start rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
            />
          </>
        );
      }}
    </StateForm>
  );
}
