"use server";
// Plain-form entry points (StateForm): a refusal renders the form again with what was typed,
// including the chosen units, and the errors at their fields; works with JavaScript off.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { formEntry, stateOf } from "@/lib/form-state";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import {
  addDesignReview,
  addMilestone,
  addProjectItem,
  advanceStage,
  createProject,
  dropProjectItem,
  setManagementModel,
  updateMilestone,
  uploadEvidence,
} from "./actions";
import { formFieldErrors, fromFormData, newProjectInput, typedOf } from "./new-project-form";

/** A new project from the plain form; a refusal keeps every tick and figure, errors at their lines. */
export async function createProjectFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const submitted = fromFormData(form);
  const input = newProjectInput(submitted);
  const result = await createProject(input);
  if (!result.ok) {
    return {
      status: "error",
      message: result.error,
      fieldErrors: formFieldErrors(result.fieldErrors ?? {}, input),
      values: typedOf(submitted),
    };
  }
  redirect(`/district/projects/${result.data.id}`);
}

export async function addProjectItemFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await addProjectItem(form);
  if (!result.ok) {
    const state = stateOf(result, form);
    // The ticked units come back too, so the remounted form (StateForm) shows what was sent.
    return {
      ...state,
      values: {
        ...state.values,
        unitIds: form
          .getAll("unitIds")
          .filter((v) => typeof v === "string")
          .join(","),
      },
    };
  }
  const n = result.data.itemIds.length;
  const { locale } = await getTranslator();
  return {
    status: "ok",
    message: pick(
      locale,
      n > 1
        ? { zh: `已增加。共 ${n} 项(每个单元一项)。`, en: `Added: ${n} items (one per unit).` }
        : { zh: "已增加。", en: "Added." },
    ),
    data: { added: result.data.itemIds.join(",") },
  };
}

export const advanceStageForm = formEntry(advanceStage);
export const addDesignReviewForm = formEntry(addDesignReview);
export const addMilestoneForm = formEntry(addMilestone);
export const updateMilestoneForm = formEntry(updateMilestone);
export const uploadEvidenceForm = formEntry(uploadEvidence);
export const setManagementModelForm = formEntry(setManagementModel);
export const dropProjectItemForm = formEntry(dropProjectItem);
