"use client";
// One dwelling typed in by hand, with the same checks as a row of the import. A plain POST form
// (works without JavaScript): each problem is told at its field, what was typed is kept.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentChecked, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import { addDwellingFormAction } from "../forms";

const input = "rounded border border-slate-300 px-2 py-1";

export function AddDwellingForm({ neighborhoodId }: { neighborhoodId: string }) {
  const t = useTranslations();
  const fields = [
    { name: "building", label: t("neighborhoods.addDwellingForm.building"), placeholder: "1栋" },
    { name: "buildingFloors", label: t("neighborhoods.addDwellingForm.buildingFloors"), type: "number" },
    { name: "unit", label: t("neighborhoods.addDwellingForm.unit"), placeholder: "1单元" },
    null, // the lift check box sits here
    { name: "room", label: t("neighborhoods.addDwellingForm.room"), placeholder: "3-2" },
    { name: "floor", label: t("neighborhoods.addDwellingForm.floor"), type: "number" },
    { name: "area", label: t("neighborhoods.addDwellingForm.exclusiveAreaM"), inputMode: "decimal", wide: true },
    { name: "ownerName", label: t("neighborhoods.addDwellingForm.ownerSName") },
    { name: "ownerId", label: t("neighborhoods.addDwellingForm.ownerSIdNumber") },
    { name: "ownerPhone", label: t("neighborhoods.addDwellingForm.ownerSPhone"), type: "tel" },
    { name: "coOwnerNames", label: t("neighborhoods.addDwellingForm.coOwnersSeparateWith") },
    { name: "coOwnerIds", label: t("neighborhoods.addDwellingForm.coOwnersIdNumbersOnePer"), wide: true },
  ] as const;
  return (
    <StateForm
      action={addDwellingFormAction}
      submitLabel={t("neighborhoods.addDwellingForm.addDwelling")}
      pendingLabel={t("neighborhoods.addDwellingForm.saving")}
      successText={t("neighborhoods.addDwellingForm.added")}
      className="mt-2 grid grid-cols-2 gap-2"
      testId="add-dwelling"
    >
      {(state) => (
        <>
          <input type="hidden" name="neighborhoodId" value={neighborhoodId} />
          {fields.map((f) =>
            f ? (
              <div key={f.name} className={`flex flex-col ${"wide" in f ? "col-span-2" : ""}`}>
                <label htmlFor={`field-dwelling-${f.name}`}>{f.label}</label>
                <input
                  {...controlProps(state, f.name, { idPrefix: "dwelling" })}
                  type={"type" in f ? f.type : "text"}
                  inputMode={"inputMode" in f ? f.inputMode : undefined}
                  placeholder={"placeholder" in f ? f.placeholder : undefined}
                  defaultValue={sentValue(state, f.name)}
                  className={`${input} ${state.fieldErrors?.[f.name]?.length ? "border-red-600" : ""}`}
                />
                <FieldError state={state} name={f.name} idPrefix="dwelling" />
              </div>
            ) : (
              <div key="hasLift">
                <label className="flex items-center gap-2 pt-5">
                  <input type="checkbox" name="hasLift" defaultChecked={sentChecked(state, "hasLift")} />{" "}
                  {t("neighborhoods.addDwellingForm.unitHasALift")}
                </label>
                <FieldError state={state} name="hasLift" idPrefix="dwelling" />
              </div>
            ),
          )}
          <p className="col-span-2 text-xs text-slate-600">{t("neighborhoods.addDwellingForm.onlyAKeyedHashAndThe")}</p>
        </>
      )}
    </StateForm>
  );
}
