// One labelled input with its error beneath it. Server-renderable (no hooks), so a form works
// the same with JavaScript switched off.
import type { FormState } from "@/lib/form-state";

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "password" | "tel" | "email" | "number" | "datetime-local";
  hint?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "tel";
  required?: boolean;
  defaultValue?: string;
  large?: boolean;
  className?: string;
};

export function Field({ name, label, state, type = "text", hint, autoComplete, inputMode, required, defaultValue, large, className = "" }: FieldProps) {
  const errors = state.fieldErrors?.[name] ?? [];
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const value = type === "password" ? undefined : (state.values?.[name] ?? defaultValue);
  return (
    <div className={className}>
      <label htmlFor={id} className={`mb-1 block font-medium text-slate-800 ${large ? "text-lg" : "text-sm"}`}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        defaultValue={value}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded-md border px-3 ${large ? "py-3 text-xl" : "py-2 text-base"} ${errors.length ? "border-red-600" : "border-slate-400"} focus:border-brand-600`}
      />
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message (refusal or success), announced to screen readers. */
export function FormMessage({ state, testId }: { state: FormState; testId?: string }) {
  if (state.status === "idle" || !state.message) return null;
  const ok = state.status === "ok";
  return (
    <p role={ok ? "status" : "alert"} data-testid={testId} className={`rounded-md px-3 py-2 text-sm ${ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
      {state.message}
    </p>
  );
}
