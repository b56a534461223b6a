import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ACCOUNT_IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/modules/accounts/account-import";
import { ImportAccountsForm } from "@/modules/accounts/components/import-accounts-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "批量创建账号", en: "Import accounts" });

export default async function ImportAccountsPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={<Link href="/admin/accounts" className="underline">{L("返回账号管理", "Back to accounts")}</Link>}>{L("Excel 批量创建账号", "Import accounts from Excel")}</PageTitle>
      <Card title={L("1. 下载模板并填写", "1. Download and fill in the template")}>
        <p className="mb-2 text-sm">
          <a href="/admin/accounts/import/template" className="text-brand-700 underline" download>{L("下载账号导入模板", "Download the template")}</a>
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {ACCOUNT_IMPORT_COLUMNS.map((c) => locale === "zh" ? (
            <li key={c.key}><span className="font-semibold">{c.header}</span>:{c.note}</li>
          ) : (
            // The sheet's header and the values typed in it are Chinese: marked so.
            <li key={c.key}>
              <span className="font-semibold" lang="zh-CN">{c.header}</span> ({c.en.header}): {c.en.note.map((part, i) => typeof part === "string" ? part : <span key={i} lang="zh-CN">{part.zh}</span>)}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-700">
          {L(`每次最多 ${MAX_IMPORT_ROWS} 个账号、文件不超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。居民账号不能导入。`, `At most ${MAX_IMPORT_ROWS} accounts and ${MAX_IMPORT_BYTES / 1024 / 1024} MB per file. Residents cannot be imported.`)}
        </p>
      </Card>
      <div className="mt-4">
        <Card title={L("2. 上传", "2. Upload")}>
          <p className="mb-3 text-sm text-slate-700">
            {L("逐行校验,任何一行有误都不会创建任何账号,并逐行列出问题。全部通过后立即下载临时密码表(只生成这一次,系统不保存明文)。", "Every row is checked; if any row is wrong nothing is created and each problem is listed. On success the temporary passwords download once (never stored in clear).")}
          </p>
          <ImportAccountsForm locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
