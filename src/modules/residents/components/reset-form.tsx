"use client";

import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { FormMessage } from "@/components/forms/field";
import { resetPasswordFormAction } from "../forms";

export type ResetMessages = { confirm: string; submit: string; submitting: string; done: string; instruction: string };

/** The reset for one account; the temporary password is shown here once, in the answer to the POST. */
export function ResetPasswordForm({ userId, messages }: { userId: string; messages: ResetMessages }) {
  return (
    <StateForm action={resetPasswordFormAction} className="space-y-3">
      {(state) => {
        if (state.status === "ok" && state.data?.temporaryPassword) {
          return (
            <div
              role="status"
              className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900"
              data-testid="reset-done"
            >
              <p className="font-semibold">{messages.done}</p>
              <p className="my-2 font-mono text-2xl tracking-wider" data-testid="temporary-password">
                {state.data.temporaryPassword}
              </p>
              <p className="text-sm">{messages.instruction}</p>
            </div>
          );
        }
        const errors = state.fieldErrors?.identityChecked ?? [];
        return (
          <>
            <input type="hidden" name="userId" value={userId} />
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="identityChecked"
                required
                className="mt-1 h-5 w-5"
                aria-invalid={errors.length ? true : undefined}
              />
              <span>{messages.confirm}</span>
            </label>
            {errors.length ? (
              <p className="text-sm text-red-700" data-testid="error-identityChecked">
                {errors.join(" ")}
              </p>
            ) : null}
            <FormMessage state={state} testId="reset-error" />
            <SubmitButton
              label={messages.submit}
              pendingLabel={messages.submitting}
              className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            />
          </>
        );
      }}
    </StateForm>
  );
}
