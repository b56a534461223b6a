import Link from "next/link";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentActor } from "@/lib/auth/page";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "凭绑定码注册", en: "Register with your code" });

/**
 * The short address printed on the binding letter. A resident who is signed in binds the code to
 * their account; anyone else registers here with it. The code is typed, never put in a URL.
 */
export default async function ShortBindAddress() {
  const actor = await currentActor();
  if (actor?.role === "RESIDENT") redirect("/resident/bind");
  const { locale, t } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <main className="min-h-screen bg-slate-50 px-4 py-6 text-lg">
      <div className="mx-auto w-full max-w-md">
        <div className="mb-4 flex items-start justify-between gap-3">
          <p className="text-base font-semibold leading-snug text-brand-800">{t("app.name")}</p>
          <LocaleSwitch locale={locale} className="shrink-0 text-brand-700" />
        </div>
        <h1 className="mb-3 text-2xl font-bold">{L("凭信件上的绑定码注册", "Register with the code on your letter")}</h1>
        <p className="mb-3">
          {L(
            "社区发给您家的信件上印有 12 位绑定码。输入绑定码和您的手机号码,设置一个密码,就能开通账号并绑定您家的房屋,参加小区改造的表决。",
            "The letter your community sent has a 12-character code. Enter it with your mobile number and choose a password: this opens your account, binds your dwelling, and lets you vote on the renovation.",
          )}
        </p>
        <p className="mb-5 rounded-lg border-2 border-brand-600 bg-white p-4">
          <Link href="/login?next=/resident/bind" className="font-semibold text-brand-700 underline underline-offset-4">
            {L("已有账号?请先登录,再输入绑定码", "Already have an account? Sign in first, then enter the code")}
          </Link>
        </p>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <RegisterForm
            messages={{
              code: L("绑定码", "Binding code"),
              codeHint: L("见信件,例如 ABCD-EFGH-JKMN;大小写、空格、横线都可以", "On the letter, e.g. ABCD-EFGH-JKMN; case, spaces and dashes do not matter"),
              mobile: L("手机号码", "Mobile number"),
              mobileHint: L("以后用它登录", "You sign in with it"),
              password: L("设置密码", "Choose a password"),
              passwordHint: L(`至少 ${MIN_PASSWORD_LENGTH} 个字符,不要用生日、手机号等容易被猜到的内容`, `At least ${MIN_PASSWORD_LENGTH} characters; nothing easy to guess such as a birthday or your number`),
              passwordConfirm: L("再次输入密码", "Password again"),
              submit: L("注册并绑定房屋", "Register and bind my dwelling"),
              submitting: L("正在提交…", "Sending…"),
            }}
          />
        </div>
        <p className="mt-5 text-base text-slate-700">
          {L("遇到问题,请带上信件和身份证到社区办理。", "Any trouble: bring the letter and your ID card to your community office.")}
        </p>
      </div>
    </main>
  );
}
