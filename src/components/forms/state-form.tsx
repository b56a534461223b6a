"use client";
// The one way a form is submitted. A real POST form around a server entry point
// `(previous: FormState, form: FormData) => Promise<FormState>`: without JavaScript the browser
// posts it and the page is rendered again with the answer; with JavaScript React sends the same
// request and renders the same answer. Either way the children get the state, so each error is
// shown at its field (`Field`, `controlProps`, `FieldError`) and what was typed comes back in the
// controls' defaults.
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/forms/field";
import { IDLE, type FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { MAX_REQUEST_BODY, tooLargeMessage } from "@/lib/upload-limits";

type FormEntry<S extends FormState = FormState> = (previous: S, form: FormData) => Promise<S>;

type StateFormProps<S extends FormState> = {
  /** The server entry point; a state with more than FormState's fields (e.g. what a success revealed) is passed through. */
  action: FormEntry<S>;
  /** The form's controls; a function gets the last answer to bind the controls to. */
  children?: ReactNode | ((state: S) => ReactNode);
  /** The submit button's words; without them the children place their own `SubmitButton`. */
  submitLabel?: string;
  pendingLabel?: string;
  /** Shown when the answer is a success without a message of its own. */
  successText?: string;
  /** The state before any answer (e.g. a notice the page was opened with). */
  initial?: S;
  className?: string;
  testId?: string;
  messageTestId?: string;
  ariaLabel?: string;
  submitClassName?: string;
  /** The browser's own checks off, so the server's errors are shown at the fields instead. */
  noValidate?: boolean;
  /** Runs first when the form is sent with JavaScript (e.g. to ask for a confirmation); it may cancel with preventDefault. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
};

export function StateForm<S extends FormState = FormState>({
  action,
  children,
  submitLabel,
  pendingLabel,
  successText,
  initial = IDLE as S,
  className = "space-y-2",
  testId,
  messageTestId,
  ariaLabel,
  submitClassName,
  noValidate,
  onSubmit,
}: StateFormProps<S>) {
  const [answer, submit] = useActionState<S, FormData>(action, initial as Awaited<S>);
  const state = withSuccessText(answer, successText);
  const key = useAnswerCount(answer);
  // A body over the server's limit never reaches the action (the proxy answers 413, which React
  // would throw); it is refused here instead, with nothing sent and everything typed kept.
  const [refusal, setRefusal] = useState<FormState | null>(null);
  // A fresh key after each answer remounts the controls, so they show what was sent after a
  // refusal (React resets a submitted form to its first defaults otherwise), or the page's new
  // values, or empty ones, after a success.
  return (
    <form
      key={key}
      action={submit}
      className={className}
      data-testid={testId}
      aria-label={ariaLabel}
      noValidate={noValidate}
      onSubmit={(event) => {
        onSubmit?.(event);
        if (event.defaultPrevented) return;
        const tooLarge = oversizedBody(event.currentTarget);
        setRefusal(tooLarge);
        if (tooLarge) event.preventDefault();
      }}
    >
      {typeof children === "function" ? children(state) : children}
      {submitLabel ? (
        <>
          <FormMessage state={refusal ?? state} testId={messageTestId} />
          <SubmitButton label={submitLabel} pendingLabel={pendingLabel} className={submitClassName} />
        </>
      ) : refusal ? (
        <FormMessage state={refusal} />
      ) : null}
    </form>
  );
}

const SUBMIT = "rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60";

/** The form's submit button, disabled and relabelled while the form is being sent. */
export function SubmitButton({
  label,
  pendingLabel,
  className = SUBMIT,
  disabled,
  name,
  value,
  testId,
}: {
  label: string;
  pendingLabel?: string;
  className?: string;
  disabled?: boolean;
  name?: string;
  value?: string;
  testId?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending || disabled}
      className={className}
      data-testid={testId}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

function withSuccessText<S extends FormState>(state: S, successText: string | undefined): S {
  return state.status === "ok" && !state.message && successText ? { ...state, message: successText } : state;
}

/** How many answers the form has had: a new number for each, to remount the controls by. */
function useAnswerCount(answer: object): number {
  const [seen, setSeen] = useState({ answer, count: 0 });
  if (seen.answer !== answer) {
    const next = { answer, count: seen.count + 1 };
    setSeen(next);
    return next.count;
  }
  return seen.count;
}

function oversizedBody(form: HTMLFormElement): FormState | null {
  // The page's language (the root layout sets it); read here so the form needs no translation provider.
  const locale: Locale = document.documentElement.lang.startsWith("en") ? "en" : "zh";
  let size = 0;
  for (const value of new FormData(form).values()) if (typeof value !== "string") size += value.size;
  if (size <= MAX_REQUEST_BODY) return null;
  return { status: "error", message: pick(locale, tooLargeMessage({ kind: "form", bytes: MAX_REQUEST_BODY }, size)) };
}
