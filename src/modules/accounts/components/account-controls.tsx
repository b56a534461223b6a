"use client";
// Disabling or enabling an account, resetting its password (the temporary password is shown
// once), and signing it out everywhere. Each is its own plain POST form.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { IDLE, type FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { resetAccountPasswordForm, setAccountActiveForm, signOutAccountEverywhereForm } from "../admin-actions";
import { TemporaryPassword } from "./temporary-password";
import { useTranslations } from "next-intl";

type Props = { id: string; username: string; active: boolean; isSelf: boolean; locale: Locale };

const button = "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";

function useForm(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return useActionState(action, IDLE);
}

export function AccountControls({ id, username, active, isSelf, locale }: Props) {
  const t = useTranslations();
  const [activeState, activeAction, activePending] = useForm(setAccountActiveForm);
  const [resetState, resetAction, resetPending] = useForm(resetAccountPasswordForm);
  const [outState, outAction, outPending] = useForm(signOutAccountEverywhereForm);
  const reset = resetState.status === "ok" ? resetState.data : undefined;
  return (
    <div className="space-y-5">
      <form action={activeAction} method="post" className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <p className="text-sm text-slate-700">
          {active
            ? t("accounts.accountControls.aDisabledAccountCannotSignIn")
            : t("accounts.accountControls.thisAccountIsDisabledEnabledIt")}
        </p>
        <button type="submit" disabled={activePending || (active && isSelf)} className={`${button} ${active ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-600 text-white hover:bg-brand-700"}`}>
          {active ? t("accounts.accountControls.disableAccount") : t("accounts.accountControls.enableAccount")}
        </button>
        {active && isSelf ? <p className="text-sm text-slate-600">{t("accounts.accountControls.youCannotDisableYourOwnAccount")}</p> : null}
        <FormMessage state={activeState} testId="active-message" />
      </form>

      <form action={resetAction} method="post" className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-slate-700">{t("accounts.accountControls.aResetMakesANewTemporary")}</p>
        <button type="submit" disabled={resetPending || isSelf} className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
          {t("accounts.accountControls.resetPassword")}
        </button>
        {reset?.temporaryPassword ? <TemporaryPassword username={reset.username ?? username} password={reset.temporaryPassword} locale={locale} /> : <FormMessage state={resetState} testId="reset-message" />}
      </form>

      <form action={outAction} method="post" className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-slate-700">{t("accounts.accountControls.endTheAccountSSessionsOn")}</p>
        <button type="submit" disabled={outPending} className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
          {t("accounts.accountControls.signOutEverywhere")}
        </button>
        <FormMessage state={outState} testId="signout-message" />
      </form>
    </div>
  );
}
