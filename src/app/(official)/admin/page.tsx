import Link from "next/link";
import { AppShell, Card, PageTitle, StatCard } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
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
          <Link href="/admin/accounts" className="font-semibold text-brand-700 underline">{t("routes.admin.manageAccounts")}</Link>
          <Link href="/admin/accounts/new" className="text-brand-700 underline">{t("routes.admin.newAccount")}</Link>
          <Link href="/admin/accounts/import" className="text-brand-700 underline">{t("routes.admin.importFromExcel")}</Link>
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("routes.admin.username")}</th>
                <th className="py-2 pr-4">{t("routes.admin.name")}</th>
                <th className="py-2 pr-4">{t("routes.admin.role")}</th>
                <th className="py-2 pr-4">{t("routes.admin.scope")}</th>
                <th className="py-2 pr-4">{t("routes.admin.status")}</th>
                <th className="py-2">{t("routes.admin.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className="border-b last:border-0">
                  <td className="py-2 pr-4 font-mono"><Link href={`/admin/accounts/${a.id}`} className="text-brand-700 underline">{a.username}</Link></td>
                  <td className="py-2 pr-4">{a.displayName}</td>
                  <td className="py-2 pr-4">{t(`role.${a.role}`)}</td>
                  <td className="py-2 pr-4">{a.district?.name ?? a.department?.name ?? "—"}</td>
                  <td className="py-2 pr-4">{a.active ? t("routes.admin.active") : t("routes.admin.disabled")}</td>
                  <td className="py-2">{formatDate(a.lastLoginAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </AppShell>
  );
}
