import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentActor } from "@/lib/auth/page";
import { homePathFor } from "@/lib/auth/home";
import { safeNextPath } from "@/lib/auth/next-path";
import { getTranslator } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("login.title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; signedOut?: string }>;
}) {
  const { next, signedOut } = await searchParams;
  const actor = await currentActor();
  if (actor) redirect(safeNextPath(next) ?? homePathFor(actor.role));
  const { locale, t } = await getTranslator();
  const messages = {
    username: t("login.username"),
    password: t("login.password"),
    submit: t("login.submit"),
    submitting: t("login.submitting"),
  };
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-700 to-brand-800 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-6 flex items-start justify-between gap-4">
          <div>
            <h1 className="text-xl font-bold leading-snug text-brand-800">{t("app.name")}</h1>
            <p className="mt-2 text-sm text-slate-600">{t("login.subtitle")}</p>
          </div>
          <LocaleSwitch locale={locale} className="shrink-0 text-brand-700" />
        </div>
        <h2 className="mb-4 text-lg font-semibold">{t("login.title")}</h2>
        <LoginForm
          messages={messages}
          next={safeNextPath(next)}
          notice={signedOut ? t("login.signedOut") : undefined}
        />
        <p className="mt-6 border-t pt-4 text-base">
          <Link href="/b" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("login.firstTime")}
          </Link>
        </p>
      </div>
      <Link href="/progress" className="mt-6 text-white underline underline-offset-4">
        {locale === "zh" ? "查看全市老旧小区改造进度(无需登录)" : "See the city's renewal progress (no sign-in)"}
      </Link>
    </main>
  );
}
