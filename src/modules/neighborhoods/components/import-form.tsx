"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

type Outcome =
  | { ok: true; data: { buildings: number; units: number; dwellings: number; owners?: number } }
  | { ok: false; error: string; fieldErrors?: { rows?: string[] } };

/**
 * Upload of the buildings/units/dwellings workbook. XMLHttpRequest rather than fetch, because only
 * it reports upload progress; after the upload the bar shows that the server is checking rows.
 */
export function ImportForm({ neighborhoodId }: { neighborhoodId: string; locale: Locale }) {
  const t = useTranslations();
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [processing, setProcessing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function upload(form: HTMLFormElement) {
    const data = new FormData(form);
    setOutcome(null);
    setProgress(0);
    setProcessing(false);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/district/neighborhoods/${neighborhoodId}/import`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => {
      setProgress(100);
      setProcessing(true);
    };
    xhr.onload = () => {
      setProcessing(false);
      setProgress(null);
      let body: Outcome;
      try {
        body = JSON.parse(xhr.responseText) as Outcome;
      } catch {
        body = { ok: false, error: t("neighborhoods.importForm.theImportFailedPleaseTryAgain") };
      }
      setOutcome(body);
      if (body.ok) {
        form.reset();
        router.refresh();
      }
    };
    xhr.onerror = () => {
      setProcessing(false);
      setProgress(null);
      setOutcome({ ok: false, error: t("neighborhoods.importForm.theConnectionDroppedNothingWasImported") });
    };
    xhr.send(data);
  }

  const busy = progress !== null;
  return (
    <div className="space-y-3 text-sm">
      <p>
        {t("neighborhoods.importForm.downloadTheTemplateFillInOne")}{" "}
        <a href="/district/neighborhoods/import-template" className="text-brand-700 underline" download>
          {t("neighborhoods.importForm.downloadTheTemplate")}
        </a>
      </p>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          upload(event.currentTarget);
        }}
      >
        <label htmlFor="import-file" className="sr-only">
          {t("neighborhoods.importForm.excelFile")}
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
          {t("neighborhoods.importForm.import")}
        </button>
      </form>
      {busy ? (
        <div>
          <div
            role="progressbar"
            aria-label={t("neighborhoods.importForm.importProgress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress ?? 0}
            className="h-3 w-full overflow-hidden rounded bg-slate-200"
          >
            <div
              className={`h-full bg-brand-600 transition-all ${processing ? "animate-pulse" : ""}`}
              style={{ width: `${progress ?? 0}%` }}
            />
          </div>
          <p className="mt-1 text-slate-600">
            {processing
              ? t("neighborhoods.importForm.uploadedCheckingAndImportingRows")
              : t("neighborhoods.importForm.uploading", { progress: String(progress) })}
          </p>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="import-result">
        {outcome?.ok ? (
          <p className="text-green-700">
            {t("neighborhoods.importForm.importedBuildingsUnitsAndDwellings", {
              buildings: String(outcome.data.buildings),
              units: String(outcome.data.units),
              dwellings: String(outcome.data.dwellings),
              hasOwners: String(Boolean(outcome.data.owners)),
              owners: String(outcome.data.owners),
            })}
          </p>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="rounded border border-red-200 bg-red-50 p-3 text-red-800">
            <p className="font-semibold">{outcome.error}</p>
            {outcome.fieldErrors?.rows?.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-errors">
                {outcome.fieldErrors.rows.slice(0, 200).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {outcome.fieldErrors.rows.length > 200 ? (
                  <li>
                    {t("neighborhoods.importForm.andMore", {
                      rowsCount: String(outcome.fieldErrors.rows.length - 200),
                    })}
                  </li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
