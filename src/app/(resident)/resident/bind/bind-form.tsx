"use client";

import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { redeemFormAction } from "@/modules/consultation/forms";

/** A real POST form: without JavaScript the server renders the page again with the answer. */
export function BindForm({
  messages,
}: {
  messages: { code: string; hint: string; submit: string; submitting: string };
}) {
  return (
    <StateForm action={redeemFormAction} className="space-y-4 rounded-lg bg-white p-5 shadow-sm" noValidate>
      {(state) => (
        <>
          <FormMessage state={state} testId="bind-error" />
          <Field
            name="code"
            label={messages.code}
            hint={messages.hint}
            state={state}
            autoComplete="off"
            required
            large
          />
          <SubmitButton
            label={messages.submit}
            pendingLabel={messages.submitting}
            className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white disabled:opacity-60"
          />
        </>
      )}
    </StateForm>
  );
}
