"use server";
// Plain-form entry points (useActionState): a refusal renders the form again with what was typed,
// including the chosen units, and the errors at their fields; works with JavaScript off.
import type { FormState } from "@/lib/form-state";
import { stateOf } from "@/lib/form-state";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { addProjectItem } from "./actions";

export async function addProjectItemFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await addProjectItem(form);
  if (!result.ok) {
    const state = stateOf(result, form);
    return { ...state, values: { ...state.values, unitIds: form.getAll("unitIds").filter((v) => typeof v === "string").join(",") } };
  }
  const n = result.data.itemIds.length;
  const { locale } = await getTranslator();
  return { status: "ok", message: pick(locale, n > 1 ? { zh: `已增加。共 ${n} 项(每个单元一项)。`, en: `Added: ${n} items (one per unit).` } : { zh: "已增加。", en: "Added." }), data: { added: result.data.itemIds.join(",") } };
}
