"use client";

import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/action";

type FormActionFn<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A small form around a server action: submits without React's automatic reset (a refusal keeps
 * what was typed), shows the refusal and the field errors, and clears itself only on success.
 */
export function ActionForm<T>({
  action,
  submitLabel,
  pendingLabel,
  successText,
  children,
  className = "space-y-2",
  resetOnSuccess = true,
  testId,
}: {
  action: FormActionFn<T>;
  submitLabel: string;
  pendingLabel: string;
  successText?: string;
  children: React.ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  testId?: string;
}) {
  const [state, submit, pending] = useActionState(answeredAlways(action), null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  const fieldErrors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form
      ref={form}
      className={className}
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
    >
      {children}
      <div aria-live="polite" className="text-sm">
        {state?.ok && successText ? <span className="text-green-700">{successText}</span> : null}
        {state && !state.ok ? (
          <div role="alert" className="text-red-700">
            <p>{state.error}</p>
            {fieldErrors.length ? <ul className="list-disc pl-5">{[...new Set(fieldErrors)].map((e) => <li key={e}>{e}</li>)}</ul> : null}
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}

/**
 * A call that fails before the action runs (an upload refused at its size limit answers with
 * plain text, which React throws) becomes a refusal shown in the form, so what was typed stays.
 * Redirects and Next.js' own signals pass through.
 */
function answeredAlways<T>(action: FormActionFn<T>): FormActionFn<T> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      unstable_rethrow(error);
      const message = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : "未能提交,未保存任何内容。请检查网络后重试。/ The form could not be sent; nothing was saved. Please try again.";
      return { ok: false, code: "NOT_SENT", error: message };
    }
  };
}
