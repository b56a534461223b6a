import Link from "next/link";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentActor } from "@/lib/auth/page";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { getTranslator } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle("routes.b.registerWithYourCode");

/**
 * The short address printed on the binding letter. A resident who is signed in binds the code to
 * their account; anyone else registers here with it. The code is typed, never put in a URL.
 */
export default async function ShortBindAddress() {
  const actor = await currentActor();
  if (actor?.role === "RESIDENT") redirect("/resident/bind");
  const { locale, t } = await getTranslator();
  return (
    <main className="min-h-screen bg-slate-50 px-4 py-6 text-lg">
      <div className="mx-auto w-full max-w-md">
        <div className="mb-4 flex items-start justify-between gap-3">
          <p className="text-base font-semibold leading-snug text-brand-800">{t("app.name")}</p>
          <LocaleSwitch locale={locale} className="shrink-0 text-brand-700" />
        </div>
        <h1 className="mb-3 text-2xl font-bold">{t("routes.b.registerWithTheCodeOnYour")}</h1>
        <p className="mb-3">{t("routes.b.theLetterYourCommunitySentHas")}</p>
        <p className="mb-5 rounded-lg border-2 border-brand-600 bg-white p-4">
          <Link href="/login?next=/resident/bind" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("routes.b.alreadyHaveAnAccountSignIn")}
          </Link>
        </p>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <RegisterForm
            messages={{
              code: t("routes.b.bindingCode"),
              codeHint: t("routes.b.onTheLetterEGAbcd"),
              mobile: t("routes.b.mobileNumber"),
              mobileHint: t("routes.b.youSignInWithIt"),
              password: t("routes.b.chooseAPassword"),
              passwordHint: t("routes.b.atLeastCharactersNothingEasyTo", {
                MIN_PASSWORD_LENGTH: String(MIN_PASSWORD_LENGTH),
              }),
              passwordConfirm: t("routes.b.passwordAgain"),
              submit: t("routes.b.registerAndBindMyDwelling"),
              submitting: t("routes.b.sending"),
            }}
          />
        </div>
        <p className="mt-5 text-base text-slate-700">{t("routes.b.anyTroubleBringTheLetterAnd")}</p>
      </div>
    </main>
  );
}
