import type { Metadata } from "next";
import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ROLE_LABELS } from "@/lib/labels";
import { ownAccount } from "@/modules/accounts/own-account";
import { signOutEverywhereForm } from "@/modules/accounts/self-service-forms";

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
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { user, sessions, attempts } = await ownAccount(actor);
  return (
    <AppShell actor={actor} wide={actor.role !== "RESIDENT"}>
      <PageTitle subtitle={`${user.username} · ${ROLE_LABELS[actor.role][locale]}`}>{L("我的账号", "My account")}</PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={L("密码", "Password")}>
          <p className="mb-3 text-slate-700">
            {L("上次修改:", "Last changed: ")}
            {formatDateTime(user.passwordChangedAt, locale)}
          </p>
          <Link href="/account/password" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {L("修改密码", "Change password")}
          </Link>
        </Card>
        <Card title={L("登录设备", "Signed-in devices")}>
          <ul className="mb-4 space-y-2 text-sm" data-testid="open-sessions">
            {sessions.map((s) => (
              <li key={s.id} className="rounded border border-slate-200 px-3 py-2">
                <div className="font-medium">
                  {formatDateTime(s.createdAt, locale)} · {s.ip ?? "—"}
                  {s.id === actor.sessionId ? <span className="ml-2 rounded bg-green-100 px-1.5 text-green-800">{L("本设备", "this device")}</span> : null}
                </div>
                <div className="truncate text-slate-600">{s.userAgent ?? ""}</div>
              </li>
            ))}
          </ul>
          <form action={signOutEverywhereForm}>
            <button type="submit" className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
              {L("在所有设备上退出登录", "Sign out everywhere")}
            </button>
          </form>
        </Card>
      </div>
      <div className="mt-4">
        <Card title={L("最近的登录记录", "Recent sign-in attempts")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-2 pr-4">{L("时间", "Time")}</th>
                <th className="py-2 pr-4">{L("地址", "Address")}</th>
                <th className="py-2">{L("结果", "Result")}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id.toString()} className="border-b last:border-0">
                  <td className="py-2 pr-4">{formatDateTime(a.at, locale)}</td>
                  <td className="py-2 pr-4 font-mono">{a.ip}</td>
                  <td className="py-2">{a.success ? L("成功", "success") : `${L("失败", "failed")}${a.reason && REASONS[a.reason] ? `(${REASONS[a.reason]![locale]})` : ""}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </AppShell>
  );
}
