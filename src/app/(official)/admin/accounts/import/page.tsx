import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { ACCOUNT_IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/modules/accounts/account-import";
import { ImportAccountsForm } from "@/modules/accounts/components/import-accounts-form";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminAccountsImport.importAccounts");

export default async function ImportAccountsPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          <Link href="/admin/accounts" className="underline">
            {t("routes.adminAccountsImport.backToAccounts")}
          </Link>
        }
      >
        {t("routes.adminAccountsImport.importAccountsFromExcel")}
      </PageTitle>
      <Card title={t("routes.adminAccountsImport.n1DownloadAndFillInThe")}>
        <p className="mb-2 text-sm">
          <a href="/admin/accounts/import/template" className="text-brand-700 underline" download>
            {t("routes.adminAccountsImport.downloadTheTemplate")}
          </a>
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {ACCOUNT_IMPORT_COLUMNS.map((c) =>
            locale === "zh" ? (
              <li key={c.key}>
                <span className="font-semibold">{c.header}</span>:{c.note}
              </li>
            ) : (
              // The sheet's header and the values typed in it are Chinese: marked so.
              <li key={c.key}>
                <span className="font-semibold" lang="zh-CN">
                  {c.header}
                </span>{" "}
                ({c.en.header}):{" "}
                {c.en.note.map((part, i) =>
                  typeof part === "string" ? (
                    part
                  ) : (
                    <span key={i} lang="zh-CN">
                      {part.zh}
                    </span>
                  ),
                )}
              </li>
            ),
          )}
        </ul>
        <p className="mt-2 text-sm text-slate-700">
          {t("routes.adminAccountsImport.atMostAccountsAndMbPer", {
            MAX_IMPORT_ROWS: String(MAX_IMPORT_ROWS),
            MAX_IMPORT_BYTES: String(MAX_IMPORT_BYTES / 1024 / 1024),
          })}
        </p>
      </Card>
      <div className="mt-4">
        <Card title={t("routes.adminAccountsImport.n2Upload")}>
          <p className="mb-3 text-sm text-slate-700">{t("routes.adminAccountsImport.everyRowIsCheckedIfAny")}</p>
          <ImportAccountsForm locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
