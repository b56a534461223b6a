"use client";
// Upload of the officials' account sheet. Without JavaScript the form posts to the route: the
// answer is the workbook of temporary passwords (a download), or a page listing the problems.
// With JavaScript the same request is sent in place, the workbook is saved, and problems are
// listed here row by row.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";

type Outcome = { ok: true; count: number } | { ok: false; error: string; rows?: string[] };
const UPLOAD = "/admin/accounts/import/upload";

export function ImportAccountsForm({ locale }: { locale: Locale }) {
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function upload(form: HTMLFormElement) {
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch(UPLOAD, { method: "POST", body: new FormData(form), headers: { "x-requested-with": "fetch" } });
      if (response.ok && (response.headers.get("content-type") ?? "").includes("spreadsheetml")) {
        const blob = await response.blob();
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        const disposition = response.headers.get("content-disposition") ?? "";
        const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
        link.download = name ? decodeURIComponent(name) : "accounts.xlsx";
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
        setOutcome({ ok: true, count: Number(response.headers.get("x-accounts-created") ?? "0") });
        form.reset();
        router.refresh();
      } else {
        const body = (await response.json().catch(() => null)) as { error?: string; fieldErrors?: { rows?: string[] } } | null;
        setOutcome({ ok: false, error: body?.error ?? L("导入失败,请稍后重试。", "The import failed; please try again."), rows: body?.fieldErrors?.rows });
      }
    } catch {
      setOutcome({ ok: false, error: L("网络中断,未创建任何账号,请重试。", "The connection dropped; nothing was created. Please retry.") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3 text-sm">
      <form
        action={UPLOAD}
        method="post"
        encType="multipart/form-data"
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void upload(event.currentTarget);
        }}
      >
        <label htmlFor="import-file" className="sr-only">{L("Excel 文件", "Excel file")}</label>
        <input id="import-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <button type="submit" disabled={busy} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {busy ? L("正在校验并创建…", "Checking and creating…") : L("导入并生成临时密码", "Import and make passwords")}
        </button>
      </form>
      <div aria-live="polite" data-testid="import-result">
        {outcome?.ok ? (
          <div className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            <p className="font-semibold">{L(`已创建 ${outcome.count} 个账号。临时密码表已下载(仅此一次,系统不保存明文)。`, `${outcome.count} accounts created. The temporary passwords were downloaded (only this once).`)}</p>
            <p>{L("请当面或电话告知本人,首次登录须修改密码;告知后请删除该文件。", "Tell each person face to face or by phone; delete the file afterwards.")}</p>
          </div>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="rounded border border-red-200 bg-red-50 p-3 text-red-800" role="alert">
            <p className="font-semibold">{outcome.error}</p>
            {outcome.rows?.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-errors">
                {outcome.rows.slice(0, 200).map((line) => <li key={line}>{line}</li>)}
                {outcome.rows.length > 200 ? <li>{L(`……另有 ${outcome.rows.length - 200} 处`, `…and ${outcome.rows.length - 200} more`)}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
