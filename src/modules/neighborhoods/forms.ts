"use server";
// The neighbourhood form's entry points (StateForm): a refusal renders the form again with
// what was typed and each error at its field; a saved one opens the neighbourhood. Works with
// JavaScript off.
import { redirect } from "next/navigation";
import { formEntry, stateOf, type FormState } from "@/lib/form-state";
import {
  createNeighborhood,
  importDwellings,
  saveAssessment,
  setDistrictExtension,
  updateNeighborhood,
  updateNeighborhoodNotes,
} from "./actions";
import { CHECKLIST } from "./assessment";

export async function createNeighborhoodFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await createNeighborhood(form);
  if (result.ok) redirect(`/district/neighborhoods/${result.data.id}`);
  return stateOf(result, form);
}

export async function updateNeighborhoodFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await updateNeighborhood(form);
  if (result.ok) redirect(`/district/neighborhoods/${result.data.id}`);
  return stateOf(result, form);
}

export const updateNotesFormAction = formEntry(updateNeighborhoodNotes);
export const setExtensionFormAction = formEntry(setDistrictExtension);

/** The checklist posts fields named `q.<key>`; an unanswered question is told at its own. */
export async function saveAssessmentFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const answers: Record<string, unknown> = {};
  for (const q of CHECKLIST) {
    const value = form.get(`q.${q.key}`);
    if (value !== null) answers[q.key] = value;
  }
  const state = stateOf(await saveAssessment({ neighborhoodId: form.get("neighborhoodId"), answers }), form);
  if (!state.fieldErrors) return state;
  return {
    ...state,
    fieldErrors: Object.fromEntries(
      Object.entries(state.fieldErrors).map(([key, errors]) => [key.replace(/^answers\./, "q."), errors]),
    ),
  };
}

// The dwelling form's fields by the import column each problem names (the same checks as a row of
// the import, whose problems are sentences that start with the column in quotes).
const DWELLING_FIELDS: Record<string, string> = {
  楼栋: "building",
  楼栋层数: "buildingFloors",
  单元: "unit",
  有无电梯: "hasLift",
  房号: "room",
  所在楼层: "floor",
  专有部分面积: "area",
  业主姓名: "ownerName",
  业主身份证号: "ownerId",
  业主电话: "ownerPhone",
  共有人姓名: "coOwnerNames",
  共有人身份证号: "coOwnerIds",
  共有人电话: "coOwnerPhones",
};

/** One dwelling typed in by hand: a one-row import. Each problem goes to its field; the others (a room already registered…) to the form's message. */
export async function addDwellingFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const text = (key: string) => String(form.get(key) ?? "").trim();
  const values = Object.fromEntries(Object.entries(DWELLING_FIELDS).map(([header, field]) => [header, text(field)]));
  values["有无电梯"] = form.get("hasLift") ? "有" : "无";
  // The import's column carries its unit.
  values["专有部分面积(平方米)"] = values["专有部分面积"]!;
  delete values["专有部分面积"];
  const result = await importDwellings({
    neighborhoodId: form.get("neighborhoodId"),
    rows: [{ rowNumber: 1, values }],
  });
  const state = stateOf(result, form);
  const rows = state.fieldErrors?.rows;
  if (!rows) return state;
  const fieldErrors: Record<string, string[]> = {};
  const general: string[] = [];
  // The row number means nothing for a single form.
  for (const problem of rows.flatMap((line) =>
    line
      .replace(/^第1行:/, "")
      .replace(/。$/, "")
      .split(";"),
  )) {
    const field = DWELLING_FIELDS[/^“([^”]+)”/.exec(problem)?.[1] ?? ""];
    if (field) (fieldErrors[field] ??= []).push(`${problem}。`);
    else general.push(`${problem}。`);
  }
  return { ...state, message: [state.message, ...general].join(" "), fieldErrors };
}
