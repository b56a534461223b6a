"use client";
// Creating or editing an official's account. A plain POST form (works without JavaScript); with
// JavaScript, only the district or department the chosen role needs is shown, and the streets
// offered are those of the chosen district. The server checks all of it again.
import Link from "next/link";
import { useState, useSyncExternalStore } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { createAccountForm, updateAccountForm } from "../admin-actions";
import { TemporaryPassword } from "./temporary-password";
import { useTranslations } from "next-intl";

type Options = {
  districts: { id: string; name: string; code: string }[];
  departments: { id: string; name: string; nameEn: string }[];
  streets: { id: string; name: string; districtId: string }[];
};

export type AccountInitial = {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  role: "DISTRICT" | "DEPARTMENT" | "COMMISSION" | "ADMIN";
  districtId: string | null;
  departmentId: string | null;
  streetIds: string[];
};

const ROLES = ["DISTRICT", "DEPARTMENT", "COMMISSION", "ADMIN"] as const;
const select = "w-full rounded-md border px-3 py-2 text-base";
const noSubscription = () => () => {};

export function AccountForm({
  options,
  locale,
  initial,
}: {
  options: Options;
  locale: Locale;
  initial?: AccountInitial;
}) {
  return (
    // Remounted after each answer (StateForm): React resets a form after its action, and the
    // selects and checkboxes must come back to what was submitted, or to the saved account.
    <StateForm
      action={initial ? updateAccountForm : createAccountForm}
      className="max-w-2xl space-y-4"
      testId="account-form"
    >
      {(state) => {
        const created = !initial && state.status === "ok" ? state.data : undefined;
        return (
          <>
            {created?.temporaryPassword ? (
              <div className="space-y-2">
                <TemporaryPassword username={created.username!} password={created.temporaryPassword} locale={locale} />
                <p className="text-sm">
                  <Link href={`/admin/accounts/${created.id}`} className="text-brand-700 underline">
                    {locale === "zh" ? "查看该账号" : "Open the account"}
                  </Link>
                </p>
              </div>
            ) : null}
            <Fields state={state} options={options} locale={locale} initial={initial} />
          </>
        );
      }}
    </StateForm>
  );
}

function Fields({
  state,
  options,
  locale,
  initial,
}: {
  state: FormState;
  options: Options;
  locale: Locale;
  initial?: AccountInitial;
}) {
  const t = useTranslations();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const echoed = state.status === "error" ? state.values : undefined;
  const startRole = echoed?.role ?? initial?.role ?? "DISTRICT";
  const startDistrict = echoed?.districtId ?? initial?.districtId ?? "";
  const startStreets = new Set(
    echoed ? (echoed.streetIds ? echoed.streetIds.split(",") : []) : (initial?.streetIds ?? []),
  );
  // Uncontrolled fields; these only decide what else to show.
  const [role, setRole] = useState<string>(startRole);
  const [districtId, setDistrictId] = useState(startDistrict);
  const streets = options.streets.filter((s) => s.districtId === districtId);
  const errorOf = (name: string) => state.fieldErrors?.[name]?.join(" ");
  const showDistrict = !hydrated || role === "DISTRICT";
  const showDepartment = !hydrated || role === "DEPARTMENT";

  return (
    <>
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial ? (
        <p className="text-sm text-slate-700">
          {t("accounts.accountForm.username")}:<span className="font-mono font-semibold">{initial.username}</span>
          <span className="ml-2 text-slate-500">{t("accounts.accountForm.cannotBeChanged")}</span>
        </p>
      ) : (
        <Field
          name="username"
          label={t("accounts.accountForm.username")}
          state={state}
          required
          autoComplete="off"
          hint={t("accounts.accountForm.n364LowercaseLettersDigitsDot")}
        />
      )}
      <Field
        name="displayName"
        label={t("accounts.accountForm.nameUnit")}
        state={state}
        required
        defaultValue={initial?.displayName}
      />
      <Field
        name="phone"
        label={t("accounts.accountForm.phoneOptional")}
        state={state}
        type="tel"
        inputMode="tel"
        defaultValue={initial?.phone ?? ""}
        hint={t("accounts.accountForm.mobileOrLandlineEG023")}
      />

      <Labelled id="field-role" label={t("accounts.accountForm.role")} error={errorOf("role")}>
        <select
          id="field-role"
          name="role"
          defaultValue={startRole}
          onChange={(e) => setRole(e.target.value)}
          className={`${select} ${errorOf("role") ? "border-red-600" : "border-slate-400"}`}
          aria-invalid={errorOf("role") ? true : undefined}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Labelled>
      {!initial ? (
        <p className="-mt-2 text-sm text-slate-600">{t("accounts.accountForm.residentsRegisterWithTheCodeOn")}</p>
      ) : null}

      {showDistrict ? (
        <Labelled
          id="field-districtId"
          label={t("accounts.accountForm.districtForDistrictOfficials")}
          error={errorOf("districtId")}
        >
          <select
            id="field-districtId"
            name="districtId"
            defaultValue={startDistrict}
            onChange={(e) => setDistrictId(e.target.value)}
            className={`${select} ${errorOf("districtId") ? "border-red-600" : "border-slate-400"}`}
          >
            <option value="">{t("accounts.accountForm.choose")}</option>
            {options.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}({d.code})
              </option>
            ))}
          </select>
        </Labelled>
      ) : null}

      {showDistrict ? (
        <fieldset
          className="rounded-md border border-slate-300 p-3"
          aria-describedby={errorOf("streetIds") ? "field-streetIds-error" : undefined}
        >
          <legend className="px-1 text-sm font-medium text-slate-800">
            {t("accounts.accountForm.limitToStreetsOptionalNoneWhole")}
          </legend>
          {!districtId ? (
            <p className="text-sm text-slate-600">{t("accounts.accountForm.chooseTheDistrictFirstWithoutScripts")}</p>
          ) : streets.length === 0 ? (
            <p className="text-sm text-slate-600">{t("accounts.accountForm.noStreetsRegisteredForThisDistrict")}</p>
          ) : (
            <div className="grid grid-cols-2 gap-1 sm:grid-cols-3" data-testid="street-options">
              {streets.map((s) => (
                <label key={s.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="streetIds"
                    value={s.id}
                    defaultChecked={districtId === startDistrict && startStreets.has(s.id)}
                  />
                  {s.name}
                </label>
              ))}
            </div>
          )}
          {errorOf("streetIds") ? (
            <p id="field-streetIds-error" className="mt-1 text-sm text-red-700" data-testid="error-streetIds">
              {errorOf("streetIds")}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {showDepartment ? (
        <Labelled
          id="field-departmentId"
          label={t("accounts.accountForm.departmentForDepartmentOfficers")}
          error={errorOf("departmentId")}
        >
          <select
            id="field-departmentId"
            name="departmentId"
            defaultValue={echoed?.departmentId ?? initial?.departmentId ?? ""}
            className={`${select} ${errorOf("departmentId") ? "border-red-600" : "border-slate-400"}`}
          >
            <option value="">{t("accounts.accountForm.choose")}</option>
            {options.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {locale === "zh" ? d.name : d.nameEn}
              </option>
            ))}
          </select>
        </Labelled>
      ) : null}
      {initial ? (
        <p className="text-sm text-slate-600">{t("accounts.accountForm.changingTheRoleOrScopeSigns")}</p>
      ) : null}

      <FormMessage state={state} testId={state.status === "error" ? "form-error" : "form-notice"} />
      <SubmitButton
        label={initial ? t("accounts.accountForm.save") : t("accounts.accountForm.createAccount")}
        pendingLabel={t("accounts.accountForm.saving")}
        className="rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      />
    </>
  );
}

function Labelled({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p className="mt-1 text-sm text-red-700" data-testid={`error-${id.replace("field-", "")}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
