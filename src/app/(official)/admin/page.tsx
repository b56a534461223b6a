import Link from "next/link";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { pick } from "@/lib/i18n/messages";
import { AccountsTable } from "@/modules/accounts/components/accounts-table";
import { listAccounts, referenceCounts } from "@/modules/accounts/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "系统管理", en: "Administration" });

export default async function AdminHome() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const [counts, accounts] = await Promise.all([referenceCounts(actor), listAccounts(actor)]);
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("账号与基础数据", "Accounts and reference data")}>{L("系统管理", "Administration")}</PageTitle>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-5">
        <StatCard label={L("区县", "Districts")} value={counts.districts} />
        <StatCard label={L("市级部门", "Departments")} value={counts.departments} />
        <StatCard label={L("改造内容清单", "Catalogue items")} value={counts.catalogueItems} />
        <StatCard label={L("任务分派规则", "Routing rules")} value={counts.routingRules} />
        <StatCard label={L("账号", "Accounts")} value={counts.users} />
      </div>
      <Card title={L("账号", "Accounts")}>
        <p className="mb-3 flex flex-wrap gap-3 text-sm">
          <Link href="/admin/accounts" className="font-semibold text-brand-700 underline">{L("账号管理(筛选、修改、停用、重置密码)", "Manage accounts")}</Link>
          <Link href="/admin/accounts/new" className="text-brand-700 underline">{L("新建账号", "New account")}</Link>
          <Link href="/admin/accounts/import" className="text-brand-700 underline">{L("Excel 批量创建", "Import from Excel")}</Link>
        </p>
        <AccountsTable rows={accounts} locale={locale} />
      </Card>
    </AppShell>
  );
}
