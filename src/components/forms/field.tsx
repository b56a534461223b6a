// One labelled input with its error beneath it. Server-renderable (no hooks), so a form works
// the same with JavaScript switched off. Forms whose controls are not a plain input (selects,
// check boxes, a line of a table) tie each control to its error with `controlProps` and
// `FieldError`, so the error is announced with the control it belongs to.
import type { FormState } from "@/lib/form-state";

/** The ids of a field's control, its hint and its error; `idPrefix` keeps them unique where one form repeats on a page. */
function fieldIds(name: string, idPrefix?: string) {
  const id = idPrefix ? `field-${idPrefix}-${name}` : `field-${name}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

/** The errors the last answer gave a field (none while idle). */
function errorsOf(state: FormState, name: string): string[] {
  return state.fieldErrors?.[name] ?? [];
}

/** id, name, aria-invalid and aria-describedby for a control whose error `FieldError` shows. */
export function controlProps(state: FormState, name: string, options: { hint?: boolean; idPrefix?: string } = {}) {
  const ids = fieldIds(name, options.idPrefix);
  const invalid = errorsOf(state, name).length > 0;
  const describedBy =
    [options.hint ? ids.hint : null, invalid ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return { id: ids.id, name, "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy } as const;
}

/** The error(s) of one field, right under its control; nothing when it has none. */
export function FieldError({
  state,
  name,
  testId,
  idPrefix,
  className = "mt-1 text-sm text-red-700",
}: {
  state: FormState;
  name: string;
  testId?: string;
  idPrefix?: string;
  className?: string;
}) {
  const errors = errorsOf(state, name);
  if (!errors.length) return null;
  return (
    <p id={fieldIds(name, idPrefix).error} className={className} data-testid={testId ?? `error-${name}`}>
      {[...new Set(errors)].join(" ")}
    </p>
  );
}

/** A text control's default: what was sent after a refusal, else `fallback`. */
export function sentValue(state: FormState, name: string, fallback = ""): string {
  return state.status === "error" && state.values ? (state.values[name] ?? "") : fallback;
}

/** A check box's default: whether it was ticked when sent after a refusal, else `fallback`. */
export function sentChecked(state: FormState, name: string, fallback = false): boolean {
  return state.status === "error" && state.values ? state.values[name] !== undefined : fallback;
}

/** A control's border: red while its field has an error. */
function borderOf(state: FormState, name: string): string {
  return errorsOf(state, name).length ? "border-red-600" : "border-slate-400";
}

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "password" | "tel" | "email" | "number" | "datetime-local";
  hint?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "tel" | "decimal";
  required?: boolean;
  defaultValue?: string;
  large?: boolean;
  className?: string;
  idPrefix?: string;
};

export function Field({
  name,
  label,
  state,
  type = "text",
  hint,
  autoComplete,
  inputMode,
  required,
  defaultValue,
  large,
  className = "",
  idPrefix,
}: FieldProps) {
  const ids = fieldIds(name, idPrefix);
  const value = type === "password" ? undefined : (state.values?.[name] ?? defaultValue);
  return (
    <div className={className}>
      <label htmlFor={ids.id} className={`mb-1 block font-medium text-slate-800 ${large ? "text-lg" : "text-sm"}`}>
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        {...controlProps(state, name, { hint: Boolean(hint), idPrefix })}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        defaultValue={value}
        className={`w-full rounded-md border px-3 ${large ? "py-3 text-xl" : "py-2 text-base"} ${borderOf(state, name)} focus:border-brand-600`}
      />
      <FieldError state={state} name={name} idPrefix={idPrefix} />
    </div>
  );
}

/** The form-level message (refusal or success), announced to screen readers. */
export function FormMessage({ state, testId }: { state: FormState; testId?: string }) {
  if (state.status === "idle" || !state.message) return null;
  const ok = state.status === "ok";
  return (
    <p
      role={ok ? "status" : "alert"}
      data-testid={testId}
      className={`rounded-md px-3 py-2 text-sm ${ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}
