"use server";
// Plain-form entry point for the reset (StateForm): the temporary password comes back in the
// answer to this POST only — never in an address, a log or the audit.
import type { FormState } from "@/lib/form-state";
import { stateOf } from "@/lib/form-state";
import { resetResidentPassword } from "./actions";

export async function resetPasswordFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await resetResidentPassword(form);
  if (!result.ok) return stateOf(result, form);
  return { status: "ok", data: { username: result.data.username, temporaryPassword: result.data.temporaryPassword } };
}
