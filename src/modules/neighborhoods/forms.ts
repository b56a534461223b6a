"use server";
// The neighbourhood form's entry points (useActionState): a refusal renders the form again with
// what was typed and each error at its field; a saved one opens the neighbourhood. Works with
// JavaScript off.
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { stateOf, type FormState } from "@/lib/form-state";
import { createNeighborhood, updateNeighborhood } from "./actions";

export async function createNeighborhoodFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await createNeighborhood(form);
  if (result.ok) redirect(`/district/neighborhoods/${result.data.id}`);
  // A fresh key remounts the form, so its selects show what was sent.
  return { ...stateOf(result, form), data: { key: randomUUID() } };
}

export async function updateNeighborhoodFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await updateNeighborhood(form);
  if (result.ok) redirect(`/district/neighborhoods/${result.data.id}`);
  return { ...stateOf(result, form), data: { key: randomUUID() } };
}
