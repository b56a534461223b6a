import { DataTable } from "@/components/data-table";
import type { Metadata } from "next";
import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ownAccount } from "@/modules/accounts/own-account";
import { signOutEverywhereForm } from "@/modules/accounts/self-service-forms";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: pick(locale, { zh: "我的账号", en: "My account" }) };
}

const REASONS: Record<string, { zh: string; en: string }> = {
  INVALID: { zh: "密码错误", en: "wrong password" },
  THROTTLED: { zh: "尝试过多被拦截", en: "throttled" },
  DELAYED: { zh: "需等待后再试", en: "delayed" },
  DISABLED: { zh: "账号已停用", en: "account disabled" },
};

export default async function AccountPage() {
  const actor = await requirePageActor();
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { user, sessions, attempts } = await ownAccount(actor);
  return (
    <AppShell actor={actor} wide={actor.role !== "RESIDENT"}>
      <PageTitle subtitle={`${user.username} · ${t(`role.${actor.role}`)}`}>{t("routes.account.myAccount")}</PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("routes.account.password")}>
          <p className="mb-3 text-slate-700">
            {t("routes.account.lastChanged")}
            {formatDateTime(user.passwordChangedAt, locale)}
          </p>
          <Link
            href="/account/password"
            className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("routes.account.changePassword")}
          </Link>
        </Card>
        <Card title={t("routes.account.signedInDevices")}>
          <ul className="mb-4 space-y-2 text-sm" data-testid="open-sessions">
            {sessions.map((s) => (
              <li key={s.id} className="rounded border border-slate-200 px-3 py-2">
                <div className="font-medium">
                  {formatDateTime(s.createdAt, locale)} · {s.ip ?? "—"}
                  {s.id === actor.sessionId ? (
                    <span className="ml-2 rounded bg-green-100 px-1.5 text-green-800">
                      {t("routes.account.thisDevice")}
                    </span>
                  ) : null}
                </div>
                <div className="truncate text-slate-600">{s.userAgent ?? ""}</div>
              </li>
            ))}
          </ul>
          <form action={signOutEverywhereForm}>
            <button
              type="submit"
              className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
            >
              {t("routes.account.signOutEverywhere")}
            </button>
          </form>
        </Card>
      </div>
      <div className="mt-4">
        <Card title={t("routes.account.recentSignInAttempts")}>
          <DataTable
            caption={t("routes.account.recentSignInAttempts")}
            rows={attempts}
            rowKey={(a) => a.id.toString()}
            columns={[
              { key: "at", header: t("routes.account.time"), cell: (a) => formatDateTime(a.at, locale) },
              { key: "ip", header: t("routes.account.address"), cell: (a) => a.ip, className: "font-mono" },
              {
                key: "result",
                header: t("routes.account.result"),
                cell: (a) =>
                  a.success
                    ? t("routes.account.success")
                    : `${t("routes.account.failed")}${a.reason && REASONS[a.reason] ? `(${REASONS[a.reason]![locale]})` : ""}`,
              },
            ]}
          />
        </Card>
      </div>
    </AppShell>
  );
}
