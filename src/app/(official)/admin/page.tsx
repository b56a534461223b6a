import Link from "next/link";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { AccountsTable } from "@/modules/accounts/components/accounts-table";
import { listAccounts, referenceCounts } from "@/modules/accounts/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.admin.administration");

export default async function AdminHome() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const [counts, accounts] = await Promise.all([referenceCounts(actor), listAccounts(actor)]);
  const t = await getTranslations();
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.admin.accountsAndReferenceData")}>{t("routes.admin.administration")}</PageTitle>
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-5">
        <StatCard label={t("routes.admin.districts")} value={counts.districts} />
        <StatCard label={t("routes.admin.departments")} value={counts.departments} />
        <StatCard label={t("routes.admin.catalogueItems")} value={counts.catalogueItems} />
        <StatCard label={t("routes.admin.routingRules")} value={counts.routingRules} />
        <StatCard label={t("routes.admin.accounts")} value={counts.users} />
      </div>
      <Card title={t("routes.admin.accounts")}>
        <p className="mb-3 flex flex-wrap gap-3 text-sm">
          <Link href="/admin/accounts" className="font-semibold text-brand-700 underline">
            {t("routes.admin.manageAccounts")}
          </Link>
          <Link href="/admin/accounts/new" className="text-brand-700 underline">
            {t("routes.admin.newAccount")}
          </Link>
          <Link href="/admin/accounts/import" className="text-brand-700 underline">
            {t("routes.admin.importFromExcel")}
          </Link>
        </p>
        <AccountsTable rows={accounts} locale={locale} />
      </Card>
    </AppShell>
  );
}
