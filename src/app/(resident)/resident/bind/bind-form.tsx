"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import { redeemFormAction } from "@/modules/consultation/forms";

/** A real POST form: without JavaScript the server renders the page again with the answer. */
export function BindForm({ messages }: { messages: { code: string; hint: string; submit: string; submitting: string } }) {
  const [state, formAction, pending] = useActionState(redeemFormAction, IDLE);
  return (
    <form action={formAction} method="post" className="space-y-4 rounded-lg bg-white p-5 shadow-sm" noValidate>
      <FormMessage state={state} testId="bind-error" />
      <Field name="code" label={messages.code} hint={messages.hint} state={state} autoComplete="off" required large />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white disabled:opacity-60">
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
