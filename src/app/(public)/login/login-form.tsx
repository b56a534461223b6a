"use client";

import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { signInAction } from "@/modules/accounts/session-actions";

type Messages = { username: string; password: string; submit: string; submitting: string };

/**
 * A real POST form: without JavaScript the browser posts it and the server renders the answer;
 * with JavaScript React submits it in place. Credentials never go into a URL.
 */
export function LoginForm({ messages, next, notice }: { messages: Messages; next: string | null; notice?: string }) {
  return (
    <StateForm
      action={signInAction}
      initial={notice ? { status: "ok", message: notice } : undefined}
      className="space-y-4"
    >
      {(state) => (
        <>
          <input type="hidden" name="next" value={state.values?.next ?? next ?? ""} />
          <Field name="username" label={messages.username} state={state} autoComplete="username" required />
          <Field
            name="password"
            label={messages.password}
            state={state}
            type="password"
            autoComplete="current-password"
            required
          />
          <FormMessage state={state} testId={state.status === "error" ? "login-error" : "login-notice"} />
          <SubmitButton
            label={messages.submit}
            pendingLabel={messages.submitting}
            className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          />
        </>
      )}
    </StateForm>
  );
}
