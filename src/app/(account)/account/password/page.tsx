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
      <h1 className="mb-3 text-2xl font-bold text-slate-900">{t("routes.accountPassword.changePassword")}</h1>
      {actor.mustChangePassword ? (
        <p
          className="mb-5 rounded-md bg-amber-50 px-3 py-2 text-amber-900"
          role="status"
          data-testid="temporary-password-notice"
        >
          {t("routes.accountPassword.youAreUsingATemporaryPassword")}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ChangePasswordForm
          labels={{
            current: actor.mustChangePassword
              ? t("routes.accountPassword.temporaryPassword")
              : t("routes.accountPassword.currentPassword"),
            next: t("routes.accountPassword.newPassword"),
            nextHint: t("routes.accountPassword.atLeastCharactersNotContainingThe", {
              MIN_PASSWORD_LENGTH: String(MIN_PASSWORD_LENGTH),
            }),
            confirm: t("routes.accountPassword.newPasswordAgain"),
            submit: t("routes.accountPassword.saveNewPassword"),
            submitting: t("routes.accountPassword.saving"),
          }}
        />
      </div>
      <p className="mt-4 text-sm text-slate-600">{t("routes.accountPassword.afterSavingYouAreSignedOut")}</p>
    </main>
  );
}
