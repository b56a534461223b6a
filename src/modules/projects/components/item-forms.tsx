// Adding an item to a running project, and dropping one (with the reason). Department tasks follow
// (see modules/departments/routing.ts).
import { ActionForm } from "@/components/forms/action-form";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { dropProjectItemForm } from "../actions";
import { AddItemForm, type BuildingOption, type CatalogueOption } from "./add-item-form";

const input = "rounded border border-slate-300 px-2 py-1.5";

type ItemOption = { id: string; status: string; catalogueItem: { name: string; nameEn: string } };

export function ProjectItemForms({ projectId, catalogue, buildings, items, afterConsultation, locale }: { projectId: string; catalogue: CatalogueOption[]; buildings: BuildingOption[]; items: ItemOption[]; afterConsultation: boolean; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const droppable = items.filter((i) => i.status !== "DROPPED");
  return (
    <div className="mt-4 grid items-start gap-4 border-t pt-3 md:grid-cols-2">
      <AddItemForm projectId={projectId} catalogue={catalogue} buildings={buildings} afterConsultation={afterConsultation} locale={locale} />
      {droppable.length ? (
        <ActionForm action={dropProjectItemForm} submitLabel={L("取消该项内容", "Drop item")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已取消。", "Dropped.")} className="grid gap-2 text-sm" testId="drop-item">
          <label className="flex flex-col">{L("改造内容", "Item")}
            <select name="itemId" className={input} defaultValue="">
              <option value="">{L("请选择", "Choose")}</option>
              {droppable.map((i) => <option key={i.id} value={i.id}>{locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}</option>)}
            </select>
          </label>
          <label className="flex flex-col">{L("取消原因", "Reason")}<input name="reason" className={input} /></label>
        </ActionForm>
      ) : null}
    </div>
  );
}
