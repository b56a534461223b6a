import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { accountFormOptions, searchAccounts } from "@/modules/accounts/admin-queries";
import { AccountListQuery, ROLE_FILTERS } from "@/modules/accounts/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminAccounts.accounts");

const control = "rounded border border-slate-300 px-2 py-1.5 text-sm";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const raw = await searchParams;
  const filters = AccountListQuery.parse(raw);
  const [list, options] = await Promise.all([searchAccounts(actor, filters), accountFormOptions(actor)]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...raw, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/accounts?${query}`;
  };
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.adminAccounts.createEditAndDisableOfficialsAccounts")}>{t("routes.adminAccounts.accounts")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href="/admin/accounts/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">{t("routes.adminAccounts.newAccount")}</Link>
        <Link href="/admin/accounts/import" className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">{t("routes.adminAccounts.importFromExcel")}</Link>
      </div>
      <Card title={t("routes.adminAccounts.filter")}>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.usernameOrName")}</span>
            <input name="q" defaultValue={filters.q ?? ""} className={control} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.role")}</span>
            <select name="role" defaultValue={filters.role ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              {ROLE_FILTERS.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.district")}</span>
            <select name="district" defaultValue={filters.district ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              {options.districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.department")}</span>
            <select name="department" defaultValue={filters.department ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              {options.departments.map((d) => <option key={d.id} value={d.id}>{locale === "zh" ? d.name : d.nameEn}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.status")}</span>
            <select name="status" defaultValue={filters.status ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              <option value="active">{t("routes.adminAccounts.active")}</option>
              <option value="disabled">{t("routes.adminAccounts.disabled")}</option>
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{t("routes.adminAccounts.search")}</button>
          <Link href="/admin/accounts" className="px-2 py-1.5 text-sm text-brand-700 underline">{t("routes.adminAccounts.clear")}</Link>
        </form>
      </Card>
      <div className="mt-4">
        <Card title={t("routes.adminAccounts.accounts_914e0", { total: Number(list.total) })}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="accounts-table">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-4">{t("routes.adminAccounts.username")}</th>
                  <th className="py-2 pr-4">{t("routes.adminAccounts.name")}</th>
                  <th className="py-2 pr-4">{t("routes.adminAccounts.role")}</th>
                  <th className="py-2 pr-4">{t("routes.adminAccounts.scope")}</th>
                  <th className="py-2 pr-4">{t("routes.adminAccounts.status")}</th>
                  <th className="py-2">{t("routes.adminAccounts.lastSignIn")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((a) => (
                  <tr key={a.id} className="border-b last:border-0">
                    <td className="py-2 pr-4 font-mono">
                      <Link href={`/admin/accounts/${a.id}`} className="text-brand-700 underline">{a.username}</Link>
                    </td>
                    <td className="py-2 pr-4">{a.displayName}</td>
                    <td className="py-2 pr-4">{t(`role.${a.role}`)}</td>
                    <td className="py-2 pr-4">
                      {a.district?.name ?? a.department?.name ?? "—"}
                      {a._count.streets ? t("routes.adminAccounts.streets", { streets: String(a._count.streets) }) : ""}
                    </td>
                    <td className="py-2 pr-4">
                      {a.active ? t("routes.adminAccounts.active") : <span className="font-semibold text-red-700">{t("routes.adminAccounts.disabled")}</span>}
                      {a.mustChangePassword ? <span className="ml-1 text-amber-700">{t("routes.adminAccounts.tempPassword")}</span> : null}
                    </td>
                    <td className="py-2">{formatDateTime(a.lastLoginAt, locale)}</td>
                  </tr>
                ))}
                {list.rows.length === 0 ? (
                  <tr><td colSpan={6} className="py-4 text-center text-slate-600">{t("routes.adminAccounts.noAccountsMatch")}</td></tr>
                ) : null}
              </tbody>
            </table>
          </div>
          {list.pageCount > 1 ? (
            <nav className="mt-3 flex items-center justify-between text-sm" aria-label={t("routes.adminAccounts.pagination")}>
              {list.page > 1 ? <Link href={pageHref(list.page - 1)} className="text-brand-700 underline">{t("routes.adminAccounts.previous")}</Link> : <span />}
              <span>{t("routes.adminAccounts.pageOf", { page: String(list.page), pageCount: String(list.pageCount) })}</span>
              {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)} className="text-brand-700 underline">{t("routes.adminAccounts.next")}</Link> : <span />}
            </nav>
          ) : null}
        </Card>
      </div>
    </AppShell>
  );
}
