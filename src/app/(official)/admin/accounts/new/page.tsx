import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { accountFormOptions } from "@/modules/accounts/admin-queries";
import { AccountForm } from "@/modules/accounts/components/account-form";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminAccountsNew.newAccount");

export default async function NewAccountPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const options = await accountFormOptions(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          <Link href="/admin/accounts" className="underline">
            {t("routes.adminAccountsNew.backToAccounts")}
          </Link>
        }
      >
        {t("routes.adminAccountsNew.newAccount")}
      </PageTitle>
      <Card title={t("routes.adminAccountsNew.account")}>
        <AccountForm options={options} locale={locale} />
      </Card>
    </AppShell>
  );
}
