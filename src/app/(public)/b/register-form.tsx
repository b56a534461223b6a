"use client";

import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { registerAction } from "@/modules/accounts/registration-actions";

export type RegisterMessages = {
  code: string;
  codeHint: string;
  mobile: string;
  mobileHint: string;
  password: string;
  passwordHint: string;
  passwordConfirm: string;
  submit: string;
  submitting: string;
};

/** A real POST form (works with JavaScript off): large type for older residents on phones. */
export function RegisterForm({ messages }: { messages: RegisterMessages }) {
  return (
    <StateForm action={registerAction} className="space-y-5" noValidate>
      {(state) => (
        <>
          <FormMessage state={state} testId="register-error" />
          <Field
            name="code"
            label={messages.code}
            hint={messages.codeHint}
            state={state}
            autoComplete="off"
            required
            large
          />
          <Field
            name="mobile"
            label={messages.mobile}
            hint={messages.mobileHint}
            state={state}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            large
          />
          <Field
            name="password"
            label={messages.password}
            hint={messages.passwordHint}
            state={state}
            type="password"
            autoComplete="new-password"
            required
            large
          />
          <Field
            name="passwordConfirm"
            label={messages.passwordConfirm}
            state={state}
            type="password"
            autoComplete="new-password"
            required
            large
          />
          <SubmitButton
            label={messages.submit}
            pendingLabel={messages.submitting}
            className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white hover:bg-brand-800 disabled:opacity-60"
          />
        </>
      )}
    </StateForm>
  );
}
