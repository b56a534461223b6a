"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import { signInAction } from "@/modules/accounts/session-actions";

type Messages = { username: string; password: string; submit: string; submitting: string };

/**
 * A real POST form: without JavaScript the browser posts it and the server renders the answer;
 * with JavaScript React submits it in place. Credentials never go into a URL.
 */
export function LoginForm({ messages, next, notice }: { messages: Messages; next: string | null; notice?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, notice ? { status: "ok" as const, message: notice } : IDLE);
  return (
    <form action={formAction} method="post" className="space-y-4">
      <input type="hidden" name="next" value={state.values?.next ?? next ?? ""} />
      <Field name="username" label={messages.username} state={state} autoComplete="username" required />
      <Field name="password" label={messages.password} state={state} type="password" autoComplete="current-password" required />
      <FormMessage state={state} testId={state.status === "error" ? "login-error" : "login-notice"} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
