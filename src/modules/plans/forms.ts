"use server";
// The plan forms' entry points (StateForm): a refusal renders the form again with what was
// typed and each error at its field; they work with JavaScript off.
import { redirect } from "next/navigation";
import { formEntry, stateOf, typedValues, type FormState } from "@/lib/form-state";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { approvePlan, createPlan, removeEntry, returnPlan, saveEntry, submitPlan } from "./actions";

/** A new entry empties the form for the next; a changed entry goes back to the plan. */
export async function saveEntryFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await saveEntry(form);
  if (result.ok) {
    if (form.get("entryId")) redirect(`/district/plans/${encodeURIComponent(String(form.get("planId") ?? ""))}`);
    const { locale } = await getTranslator();
    // StateForm remounts on each answer: the form comes back empty for the next entry.
    return { status: "ok", message: pick(locale, { zh: "已保存。", en: "Saved." }) };
  }
  const state = stateOf(result, form);
  const { investmentFen, ...fieldErrors } = state.fieldErrors ?? {};
  return {
    ...state,
    // The rules check the investment in fen; the form asks for it in 万元.
    fieldErrors: investmentFen
      ? { ...fieldErrors, investmentWan: [...(fieldErrors.investmentWan ?? []), ...investmentFen] }
      : fieldErrors,
    values: {
      ...state.values,
      categories: form
        .getAll("categories")
        .filter((v) => typeof v === "string")
        .join(","),
    },
  };
}

const ENTRY_COMMENT = "entryComment.";

/**
 * The commission's review: return with comments, or approve after a confirmation the server
 * renders (so it works with JavaScript off as well). A refusal keeps every comment typed.
 */
export async function reviewPlanFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const decision = form.get("decision");
  // Asking to approve (or cancelling that) changes nothing: the form comes back as it was, with or without the question.
  if (decision === "confirm" || decision === "cancel")
    return { status: "idle", values, data: decision === "confirm" ? { confirm: "1" } : undefined };
  const planId = String(form.get("planId") ?? "");
  const comment = String(form.get("comment") ?? "");
  const { locale } = await getTranslator();
  if (decision === "approve") {
    const result = await approvePlan({ planId, comment });
    return result.ok
      ? { status: "ok", message: pick(locale, { zh: "已批准。", en: "Approved." }) }
      : { ...stateOf(result, form), values };
  }
  const entryComments = [...form.keys()]
    .filter((k) => k.startsWith(ENTRY_COMMENT))
    .map((k) => ({ entryId: k.slice(ENTRY_COMMENT.length), body: String(form.get(k) ?? "") }));
  const result = await returnPlan({ planId, comment, entryComments });
  return result.ok
    ? { status: "ok", message: pick(locale, { zh: "已退回区县修改。", en: "Returned to the district." }) }
    : { ...stateOf(result, form), values };
}

/** A new plan opens its page. */
export async function createPlanFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await createPlan(form);
  if (result.ok) redirect(`/district/plans/${result.data.id}`);
  return stateOf(result, form);
}

/** The version submitted, for the form to say. */
export async function submitPlanFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await submitPlan(form);
  return result.ok ? { status: "ok", data: { version: String(result.data.version) } } : stateOf(result, form);
}

export const removeEntryFormAction = formEntry(removeEntry);
