"use client";
// Upload of the officials' account sheet. Without JavaScript the form posts to the route: the
// answer is the workbook of temporary passwords (a download), or a page listing the problems.
// With JavaScript the same request is sent in place, the workbook is saved, and problems are
// listed here row by row.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

type Outcome = { ok: true; count: number } | { ok: false; error: string; rows?: string[] };
const UPLOAD = "/admin/accounts/import/upload";

export function ImportAccountsForm({}: { locale: Locale }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function upload(form: HTMLFormElement) {
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch(UPLOAD, {
        method: "POST",
        body: new FormData(form),
        headers: { "x-requested-with": "fetch" },
      });
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
        const body = (await response.json().catch(() => null)) as {
          error?: string;
          fieldErrors?: { rows?: string[] };
        } | null;
        setOutcome({
          ok: false,
          error: body?.error ?? t("accounts.importAccountsForm.theImportFailedPleaseTryAgain"),
          rows: body?.fieldErrors?.rows,
        });
      }
    } catch {
      setOutcome({ ok: false, error: t("accounts.importAccountsForm.theConnectionDroppedNothingWasCreated") });
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
        <label htmlFor="import-file" className="sr-only">
          {t("accounts.importAccountsForm.excelFile")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
        />
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {busy
            ? t("accounts.importAccountsForm.checkingAndCreating")
            : t("accounts.importAccountsForm.importAndMakePasswords")}
        </button>
      </form>
      <div aria-live="polite" data-testid="import-result">
        {outcome?.ok ? (
          <div className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            <p className="font-semibold">
              {t("accounts.importAccountsForm.accountsCreatedTheTemporaryPasswordsWere", {
                count: Number(outcome.count),
              })}
            </p>
            <p>{t("accounts.importAccountsForm.tellEachPersonFaceToFace")}</p>
          </div>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="rounded border border-red-200 bg-red-50 p-3 text-red-800" role="alert">
            <p className="font-semibold">{outcome.error}</p>
            {outcome.rows?.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-errors">
                {outcome.rows.slice(0, 200).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {outcome.rows.length > 200 ? (
                  <li>{t("accounts.importAccountsForm.andMore", { rowsCount: String(outcome.rows.length - 200) })}</li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
