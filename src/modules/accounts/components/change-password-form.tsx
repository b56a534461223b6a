"use client";

import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { changePasswordForm } from "../self-service-forms";

type Labels = { current: string; next: string; nextHint: string; confirm: string; submit: string; submitting: string };

export function ChangePasswordForm({ labels }: { labels: Labels }) {
  return (
    <StateForm action={changePasswordForm} className="space-y-4" testId="change-password-form">
      {(state) => (
        <>
          <Field
            name="currentPassword"
            type="password"
            label={labels.current}
            state={state}
            autoComplete="current-password"
            required
          />
          <Field
            name="newPassword"
            type="password"
            label={labels.next}
            hint={labels.nextHint}
            state={state}
            autoComplete="new-password"
            required
          />
          <Field
            name="confirmPassword"
            type="password"
            label={labels.confirm}
            state={state}
            autoComplete="new-password"
            required
          />
          <FormMessage state={state} testId="change-password-message" />
          <SubmitButton
            label={labels.submit}
            pendingLabel={labels.submitting}
            className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
          />
        </>
      )}
    </StateForm>
  );
}
