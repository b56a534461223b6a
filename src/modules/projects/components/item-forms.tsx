// Adding an item to a running project, and dropping one (with the reason). Department tasks follow
// (see modules/departments/routing.ts).
import { ActionForm } from "@/components/forms/action-form";
import type { Locale } from "@/lib/i18n/locale";
import { dropProjectItemForm } from "../actions";
import { AddItemForm, type BuildingOption, type CatalogueOption } from "./add-item-form";
import { useTranslations } from "next-intl";

const input = "rounded border border-slate-300 px-2 py-1.5";

type ItemOption = { id: string; status: string; catalogueItem: { name: string; nameEn: string } };

export function ProjectItemForms({ projectId, catalogue, buildings, items, afterConsultation, locale }: { projectId: string; catalogue: CatalogueOption[]; buildings: BuildingOption[]; items: ItemOption[]; afterConsultation: boolean; locale: Locale }) {
  const t = useTranslations();
  const droppable = items.filter((i) => i.status !== "DROPPED");
  return (
    <div className="mt-4 grid items-start gap-4 border-t pt-3 md:grid-cols-2">
      <AddItemForm projectId={projectId} catalogue={catalogue} buildings={buildings} afterConsultation={afterConsultation} locale={locale} />
      {droppable.length ? (
        <ActionForm action={dropProjectItemForm} submitLabel={t("projects.itemForms.dropItem")} pendingLabel={t("projects.itemForms.saving")} successText={t("projects.itemForms.dropped")} className="grid gap-2 text-sm" testId="drop-item">
          <label className="flex flex-col">{t("projects.itemForms.item")}
            <select name="itemId" className={input} defaultValue="">
              <option value="">{t("projects.itemForms.choose")}</option>
              {droppable.map((i) => <option key={i.id} value={i.id}>{locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}</option>)}
            </select>
          </label>
          <label className="flex flex-col">{t("projects.itemForms.reason")}<input name="reason" className={input} /></label>
        </ActionForm>
      ) : null}
    </div>
  );
}
