import type { Metadata } from "next";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireSignedIn } from "@/lib/auth/page";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ChangePasswordForm } from "@/modules/accounts/components/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: pick(locale, { zh: "修改密码", en: "Change password" }) };
}

/** Also the only page a user with a temporary password can open, so it stands without the app's menu. */
export default async function ChangePasswordPage() {
  const actor = await requireSignedIn();
  const { locale, t } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <main className="mx-auto w-full max-w-lg px-4 py-8">
      <div className="mb-6 flex items-start justify-between gap-4">
        <p className="text-sm text-slate-600" data-testid="current-user">
          {actor.displayName} · {actor.username}
        </p>
        <div className="flex items-center gap-2 text-brand-700">
          <LocaleSwitch locale={locale} />
          <div className="rounded bg-brand-700 text-white">
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </div>
      </div>
      <h1 className="mb-3 text-2xl font-bold text-slate-900">{L("修改密码", "Change password")}</h1>
      {actor.mustChangePassword ? (
        <p className="mb-5 rounded-md bg-amber-50 px-3 py-2 text-amber-900" role="status" data-testid="temporary-password-notice">
          {L("您正在使用临时密码。请设置只有您自己知道的新密码,设置后才能继续使用平台。", "You are using a temporary password. Choose a password only you know to continue.")}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ChangePasswordForm
          labels={{
            current: actor.mustChangePassword ? L("临时密码", "Temporary password") : L("当前密码", "Current password"),
            next: L("新密码", "New password"),
            nextHint: L(
              `至少 ${MIN_PASSWORD_LENGTH} 个字符,不能包含用户名;建议用几个不相关的词加数字,例如“山城-黄桷树-2026”。`,
              `At least ${MIN_PASSWORD_LENGTH} characters, not containing the username; a few unrelated words with digits work well.`,
            ),
            confirm: L("再次输入新密码", "New password again"),
            submit: L("保存新密码", "Save new password"),
            submitting: L("正在保存…", "Saving…"),
          }}
        />
      </div>
      <p className="mt-4 text-sm text-slate-600">{L("保存后,您在其他设备上的登录都会失效,需要用新密码重新登录。", "After saving, you are signed out on every other device.")}</p>
    </main>
  );
}
