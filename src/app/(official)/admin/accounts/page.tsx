import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ROLE_LABELS } from "@/lib/labels";
import { accountFormOptions, searchAccounts } from "@/modules/accounts/admin-queries";
import { AccountsTable } from "@/modules/accounts/components/accounts-table";
import { AccountListQuery, ROLE_FILTERS } from "@/modules/accounts/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "账号管理", en: "Accounts" });

const control = "rounded border border-slate-300 px-2 py-1.5 text-sm";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const raw = await searchParams;
  const filters = AccountListQuery.parse(raw);
  const [list, options] = await Promise.all([searchAccounts(actor, filters), accountFormOptions(actor)]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...raw, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/accounts?${query}`;
  };
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("创建、修改、停用官员账号,重置密码", "Create, edit and disable officials' accounts; reset passwords")}>{L("账号管理", "Accounts")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href="/admin/accounts/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">{L("新建账号", "New account")}</Link>
        <Link href="/admin/accounts/import" className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">{L("Excel 批量创建", "Import from Excel")}</Link>
      </div>
      <Card title={L("筛选", "Filter")}>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm">
            <span className="mb-1 block">{L("用户名或姓名", "Username or name")}</span>
            <input name="q" defaultValue={filters.q ?? ""} className={control} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{L("角色", "Role")}</span>
            <select name="role" defaultValue={filters.role ?? ""} className={control}>
              <option value="">{L("全部", "All")}</option>
              {ROLE_FILTERS.map((r) => <option key={r} value={r}>{ROLE_LABELS[r][locale]}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{L("区县", "District")}</span>
            <select name="district" defaultValue={filters.district ?? ""} className={control}>
              <option value="">{L("全部", "All")}</option>
              {options.districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{L("市级部门", "Department")}</span>
            <select name="department" defaultValue={filters.department ?? ""} className={control}>
              <option value="">{L("全部", "All")}</option>
              {options.departments.map((d) => <option key={d.id} value={d.id}>{locale === "zh" ? d.name : d.nameEn}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block">{L("状态", "Status")}</span>
            <select name="status" defaultValue={filters.status ?? ""} className={control}>
              <option value="">{L("全部", "All")}</option>
              <option value="active">{L("启用", "Active")}</option>
              <option value="disabled">{L("停用", "Disabled")}</option>
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{L("查询", "Search")}</button>
          <Link href="/admin/accounts" className="px-2 py-1.5 text-sm text-brand-700 underline">{L("清除", "Clear")}</Link>
        </form>
      </Card>
      <div className="mt-4">
        <Card title={L(`共 ${list.total} 个账号`, `${list.total} accounts`)}>
          <AccountsTable rows={list.rows} locale={locale} testId="accounts-table" empty={L("没有符合条件的账号。", "No accounts match.")} />
          {list.pageCount > 1 ? (
            <nav className="mt-3 flex items-center justify-between text-sm" aria-label={L("分页", "Pagination")}>
              {list.page > 1 ? <Link href={pageHref(list.page - 1)} className="text-brand-700 underline">{L("上一页", "Previous")}</Link> : <span />}
              <span>{L(`第 ${list.page} / ${list.pageCount} 页`, `Page ${list.page} of ${list.pageCount}`)}</span>
              {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)} className="text-brand-700 underline">{L("下一页", "Next")}</Link> : <span />}
            </nav>
          ) : null}
        </Card>
      </div>
    </AppShell>
  );
}
