// Adding an item to a running project, and dropping one (with the reason). Department tasks follow
// (see modules/departments/routing.ts).
import { ActionForm } from "@/components/forms/action-form";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { CATEGORY_LABELS } from "@/lib/labels";
import { addProjectItemForm, dropProjectItemForm } from "../actions";

const input = "rounded border border-slate-300 px-2 py-1.5";

type CatalogueOption = { id: string; code: string; name: string; nameEn: string; category: "BASIC" | "IMPROVEMENT" | "UPGRADE"; unit: string };
type ItemOption = { id: string; status: string; catalogueItem: { name: string; nameEn: string } };

export function ProjectItemForms({ projectId, catalogue, items, afterConsultation, locale }: { projectId: string; catalogue: CatalogueOption[]; items: ItemOption[]; afterConsultation: boolean; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const droppable = items.filter((i) => i.status !== "DROPPED");
  return (
    <div className="mt-4 grid gap-4 border-t pt-3 md:grid-cols-2">
      <ActionForm action={addProjectItemForm} submitLabel={L("增加改造内容", "Add item")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已增加。", "Added.")} className="grid gap-2 text-sm" testId="add-item">
        <input type="hidden" name="projectId" value={projectId} />
        <label className="flex flex-col">{L("改造内容", "Item")}
          <select name="catalogueItemId" className={input} defaultValue="">
            <option value="">{L("请选择", "Choose")}</option>
            {catalogue.map((c) => <option key={c.id} value={c.id}>{c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})</option>)}
          </select>
        </label>
        <div className="flex gap-2">
          <label className="flex flex-1 flex-col">{L("数量", "Quantity")}<input name="quantity" className={input} /></label>
          <label className="flex flex-1 flex-col">{L("估算费用(元)", "Estimated cost (yuan)")}<input name="estimatedCost" className={input} /></label>
        </div>
        <label className="flex flex-col">
          {afterConsultation ? L("居民表决依据(完善类、提升类必填,如单元业主表决记录)", "Residents' decision (required for improvement/upgrade items)") : L("说明(可选;完善类、提升类将提交居民表决)", "Note (optional; improvement/upgrade items go to the vote)")}
          <input name="decisionNote" className={input} />
        </label>
      </ActionForm>
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
