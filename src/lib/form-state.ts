// What a form shows after a server action answered: the message, the errors per field, and what
// the user had typed (so nothing is lost). Works with `StateForm` (src/components/forms/state-form.tsx), with and without
// JavaScript: without it, the page is rendered again with this state.
import type { ActionResult } from "@/lib/action";

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, for `defaultValue`; secrets (passwords) are never echoed back. */
  values?: Record<string, string>;
  /** Set on success where the page has something to show once (e.g. a temporary password). */
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

const NEVER_ECHOED = /password|secret|token/i;

/** The typed text fields of a submission, without passwords and Next.js' own fields. */
export function typedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || NEVER_ECHOED.test(key) || typeof value !== "string") continue;
    out[key] = value.slice(0, 2000);
  }
  return out;
}

export function stateOf<T>(result: ActionResult<T>, form: FormData, okMessage?: string): FormState {
  if (result.ok) return { status: "ok", message: okMessage };
  return { status: "error", message: result.error, fieldErrors: result.fieldErrors, values: typedValues(form) };
}

/**
 * The form entry point for an action that answers with an ActionResult: its refusal at the fields
 * with what was typed, or a success (whose words the form shows, `StateForm`'s `successText`).
 */
export function formEntry<T>(action: (raw: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => stateOf(await action(form), form);
}
