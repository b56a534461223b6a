import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { homePathFor } from "@/lib/auth/home";
import { getTranslator } from "@/lib/i18n/server";
import { scopeLabelOf } from "@/modules/accounts/queries";
import { unreadNotificationCount } from "@/modules/notifications/queries";
import { LocaleSwitch } from "./locale-switch";
import { NAV } from "./nav";
import { SignOutButton } from "./sign-out-button";

/** The frame every signed-in page sits in: who is acting, in what scope, and the way out. */
export async function AppShell({
  actor,
  children,
  wide = true,
}: {
  actor: Actor;
  children: React.ReactNode;
  wide?: boolean;
}) {
  const { locale, t } = await getTranslator();
  const [scope, unread] = await Promise.all([scopeLabelOf(actor), unreadNotificationCount(actor)]);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t("nav.skip")}
      </a>
      <header className="bg-brand-700 text-white shadow print:hidden">
        <div
          className={`mx-auto flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 ${wide ? "max-w-7xl" : "max-w-2xl"}`}
        >
          <Link href={homePathFor(actor.role)} className="text-lg font-bold leading-tight">
            {wide ? t("app.name") : t("app.shortName")}
          </Link>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <Link
              href="/account"
              data-testid="current-user"
              className="rounded px-1 hover:bg-white/10"
              title={locale === "zh" ? "我的账号" : "My account"}
            >
              {actor.displayName} · {t(`role.${actor.role}`)} · {scope[locale]}
            </Link>
            <Link
              href="/notifications"
              className="rounded px-2 py-1 hover:bg-white/10"
              data-testid="notifications-link"
            >
              {locale === "zh" ? "通知" : "Notifications"}
              {unread > 0 ? (
                <span className="ml-1 rounded-full bg-amber-300 px-1.5 text-xs font-semibold text-slate-900">
                  {unread}
                  <span className="sr-only">{locale === "zh" ? " 条未读" : " unread"}</span>
                </span>
              ) : null}
            </Link>
            <LocaleSwitch locale={locale} />
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </div>
        {NAV[actor.role].length > 1 ? (
          <nav aria-label={t("nav.home")} className="bg-brand-800">
            <ul className={`mx-auto flex flex-wrap gap-x-1 px-2 text-sm ${wide ? "max-w-7xl" : "max-w-2xl"}`}>
              {NAV[actor.role].map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block px-3 py-2 hover:bg-white/10">
                    {item.label[locale]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-2xl"}`}>
        {children}
      </main>
    </div>
  );
}

export function PageTitle({ children, subtitle }: { children: React.ReactNode; subtitle?: React.ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-slate-900">{children}</h1>
      {subtitle ? <p className="mt-1 text-slate-600">{subtitle}</p> : null}
    </div>
  );
}

export function StatCard({ label, value, hint }: { label: string; value: React.ReactNode; hint?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-slate-900">{value}</div>
      {hint ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
    </div>
  );
}

export function Card({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
