"use client";
// Disabling or enabling an account, resetting its password (the temporary password is shown
// once), and signing it out everywhere. Each is its own plain POST form.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { IDLE, type FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { resetAccountPasswordForm, setAccountActiveForm, signOutAccountEverywhereForm } from "../admin-actions";
import { TemporaryPassword } from "./temporary-password";

type Props = { id: string; username: string; active: boolean; isSelf: boolean; locale: Locale };

const button = "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";

function useForm(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return useActionState(action, IDLE);
}

export function AccountControls({ id, username, active, isSelf, locale }: Props) {
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
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
            ? L("停用后该账号不能登录,已登录的设备立即下线;可随时重新启用。", "A disabled account cannot sign in and its sessions end at once; it can be enabled again.")
            : L("该账号已停用。启用后可用原密码登录。", "This account is disabled. Enabled, it signs in with its existing password.")}
        </p>
        <button type="submit" disabled={activePending || (active && isSelf)} className={`${button} ${active ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-600 text-white hover:bg-brand-700"}`}>
          {active ? L("停用账号", "Disable account") : L("启用账号", "Enable account")}
        </button>
        {active && isSelf ? <p className="text-sm text-slate-600">{L("不能停用您自己的账号。", "You cannot disable your own account.")}</p> : null}
        <FormMessage state={activeState} testId="active-message" />
      </form>

      <form action={resetAction} method="post" className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-slate-700">{L("重置后生成新的临时密码,旧密码立即失效,该账号所有设备下线,下次登录须修改密码。", "A reset makes a new temporary password, ends every session and requires a new password at next sign-in.")}</p>
        <button type="submit" disabled={resetPending || isSelf} className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
          {L("重置密码", "Reset password")}
        </button>
        {reset?.temporaryPassword ? <TemporaryPassword username={reset.username ?? username} password={reset.temporaryPassword} locale={locale} /> : <FormMessage state={resetState} testId="reset-message" />}
      </form>

      <form action={outAction} method="post" className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-slate-700">{L("结束该账号在所有设备上的登录(如设备遗失)。", "End the account's sessions on every device (e.g. a lost phone).")}</p>
        <button type="submit" disabled={outPending} className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
          {L("强制下线", "Sign out everywhere")}
        </button>
        <FormMessage state={outState} testId="signout-message" />
      </form>
    </div>
  );
}
