import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { accountFormOptions } from "@/modules/accounts/admin-queries";
import { AccountForm } from "@/modules/accounts/components/account-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "新建账号", en: "New account" });

export default async function NewAccountPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const options = await accountFormOptions(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={<Link href="/admin/accounts" className="underline">{L("返回账号管理", "Back to accounts")}</Link>}>{L("新建账号", "New account")}</PageTitle>
      <Card title={L("账号信息", "Account")}>
        <AccountForm options={options} locale={locale} />
      </Card>
    </AppShell>
  );
}
