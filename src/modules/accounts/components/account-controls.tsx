"use client";
// Disabling or enabling an account, resetting its password (the temporary password is shown
// once), and signing it out everywhere. Each is its own plain POST form.
import { FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { resetAccountPasswordForm, setAccountActiveForm, signOutAccountEverywhereForm } from "../admin-actions";
import { TemporaryPassword } from "./temporary-password";
import { useTranslations } from "next-intl";

type Props = { id: string; username: string; active: boolean; isSelf: boolean; locale: Locale };

const button = "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";

export function AccountControls({ id, username, active, isSelf, locale }: Props) {
  const t = useTranslations();
  return (
    <div className="space-y-5">
      <StateForm action={setAccountActiveForm} className="space-y-2">
        {(activeState) => (
          <>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="active" value={active ? "false" : "true"} />
            <p className="text-sm text-slate-700">
              {active
                ? t("accounts.accountControls.aDisabledAccountCannotSignIn")
                : t("accounts.accountControls.thisAccountIsDisabledEnabledIt")}
            </p>
            <SubmitButton
              disabled={active && isSelf}
              className={`${button} ${active ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-600 text-white hover:bg-brand-700"}`}
              label={
                active ? t("accounts.accountControls.disableAccount") : t("accounts.accountControls.enableAccount")
              }
            />
            {active && isSelf ? (
              <p className="text-sm text-slate-600">{t("accounts.accountControls.youCannotDisableYourOwnAccount")}</p>
            ) : null}
            <FormMessage state={activeState} testId="active-message" />
          </>
        )}
      </StateForm>

      <StateForm action={resetAccountPasswordForm} className="space-y-2">
        {(resetState) => {
          const reset = resetState.status === "ok" ? resetState.data : undefined;
          return (
            <>
              <input type="hidden" name="id" value={id} />
              <p className="text-sm text-slate-700">{t("accounts.accountControls.aResetMakesANewTemporary")}</p>
              <SubmitButton
                disabled={isSelf}
                className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
                label={t("accounts.accountControls.resetPassword")}
              />
              {reset?.temporaryPassword ? (
                <TemporaryPassword
                  username={reset.username ?? username}
                  password={reset.temporaryPassword}
                  locale={locale}
                />
              ) : (
                <FormMessage state={resetState} testId="reset-message" />
              )}
            </>
          );
        }}
      </StateForm>

      <StateForm action={signOutAccountEverywhereForm} className="space-y-2">
        {(outState) => (
          <>
            <input type="hidden" name="id" value={id} />
            <p className="text-sm text-slate-700">{t("accounts.accountControls.endTheAccountSSessionsOn")}</p>
            <SubmitButton
              className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
              label={t("accounts.accountControls.signOutEverywhere")}
            />
            <FormMessage state={outState} testId="signout-message" />
          </>
        )}
      </StateForm>
    </div>
  );
}
