import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { accountFormOptions, searchAccounts } from "@/modules/accounts/admin-queries";
import { AccountsTable } from "@/modules/accounts/components/accounts-table";
import { AccountListQuery, ROLE_FILTERS } from "@/modules/accounts/schema";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminAccounts.accounts");

const control = "rounded border border-slate-300 px-2 py-1.5 text-sm";

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const raw = await searchParams;
  const filters = AccountListQuery.parse(raw);
  const [list, options] = await Promise.all([searchAccounts(actor, filters), accountFormOptions(actor)]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...raw, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `/admin/accounts?${query}`;
  };
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.adminAccounts.createEditAndDisableOfficialsAccounts")}>
        {t("routes.adminAccounts.accounts")}
      </PageTitle>
      <div className="mb-4 flex flex-wrap gap-2">
        <Link
          href="/admin/accounts/new"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("routes.adminAccounts.newAccount")}
        </Link>
        <Link
          href="/admin/accounts/import"
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50"
        >
          {t("routes.adminAccounts.importFromExcel")}
        </Link>
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
              {ROLE_FILTERS.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.district")}</span>
            <select name="district" defaultValue={filters.district ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              {options.districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{t("routes.adminAccounts.department")}</span>
            <select name="department" defaultValue={filters.department ?? ""} className={control}>
              <option value="">{t("routes.adminAccounts.all")}</option>
              {options.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {locale === "zh" ? d.name : d.nameEn}
                </option>
              ))}
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
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">
            {t("routes.adminAccounts.search")}
          </button>
          <Link href="/admin/accounts" className="px-2 py-1.5 text-sm text-brand-700 underline">
            {t("routes.adminAccounts.clear")}
          </Link>
        </form>
      </Card>
      <div className="mt-4">
        <Card title={t("routes.adminAccounts.accounts_914e0", { total: Number(list.total) })}>
          <AccountsTable
            rows={list.rows}
            locale={locale}
            testId="accounts-table"
            empty={t("routes.adminAccounts.noAccountsMatch")}
          />
          {list.pageCount > 1 ? (
            <nav
              className="mt-3 flex items-center justify-between text-sm"
              aria-label={t("routes.adminAccounts.pagination")}
            >
              {list.page > 1 ? (
                <Link href={pageHref(list.page - 1)} className="text-brand-700 underline">
                  {t("routes.adminAccounts.previous")}
                </Link>
              ) : (
                <span />
              )}
              <span>
                {t("routes.adminAccounts.pageOf", { page: String(list.page), pageCount: String(list.pageCount) })}
              </span>
              {list.page < list.pageCount ? (
                <Link href={pageHref(list.page + 1)} className="text-brand-700 underline">
                  {t("routes.adminAccounts.next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </Card>
      </div>
    </AppShell>
  );
}
