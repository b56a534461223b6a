"use client";
// Adding an item to a running project, and dropping one (with the reason). Department tasks follow
// (see modules/departments/routing.ts).
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { dropProjectItemForm } from "../forms";
import { AddItemForm, type BuildingOption, type CatalogueOption } from "./add-item-form";
import { useTranslations } from "next-intl";

const input = "rounded border border-slate-300 px-2 py-1.5";

type ItemOption = { id: string; status: string; catalogueItem: { name: string; nameEn: string } };

export function ProjectItemForms({
  projectId,
  catalogue,
  buildings,
  items,
  afterConsultation,
  locale,
}: {
  projectId: string;
  catalogue: CatalogueOption[];
  buildings: BuildingOption[];
  items: ItemOption[];
  afterConsultation: boolean;
  locale: Locale;
}) {
  const t = useTranslations();
  const droppable = items.filter((i) => i.status !== "DROPPED");
  return (
    <div className="mt-4 grid items-start gap-4 border-t pt-3 md:grid-cols-2">
      <AddItemForm
        projectId={projectId}
        catalogue={catalogue}
        buildings={buildings}
        afterConsultation={afterConsultation}
        locale={locale}
      />
      {droppable.length ? (
        <StateForm
          action={dropProjectItemForm}
          submitLabel={t("projects.itemForms.dropItem")}
          pendingLabel={t("projects.itemForms.saving")}
          successText={t("projects.itemForms.dropped")}
          className="grid gap-2 text-sm"
          testId="drop-item"
        >
          {(state) => (
            <>
              <div className="flex flex-col">
                <label htmlFor="field-drop-itemId">{t("projects.itemForms.item")}</label>
                <select
                  {...controlProps(state, "itemId", { idPrefix: "drop" })}
                  className={input}
                  defaultValue={sentValue(state, "itemId")}
                >
                  <option value="">{t("projects.itemForms.choose")}</option>
                  {droppable.map((i) => (
                    <option key={i.id} value={i.id}>
                      {locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}
                    </option>
                  ))}
                </select>
                <FieldError state={state} name="itemId" idPrefix="drop" />
              </div>
              <div className="flex flex-col">
                <label htmlFor="field-drop-reason">{t("projects.itemForms.reason")}</label>
                <input
                  {...controlProps(state, "reason", { idPrefix: "drop" })}
                  defaultValue={sentValue(state, "reason")}
                  className={input}
                />
                <FieldError state={state} name="reason" idPrefix="drop" />
              </div>
            </>
          )}
        </StateForm>
      ) : null}
    </div>
  );
}
