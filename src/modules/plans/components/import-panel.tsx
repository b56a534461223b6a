"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

type Report = { imported: number; errors: { rowNumber: number; problems: string[] }[] };

/**
 * Uploads the workbook with XMLHttpRequest so the official sees the upload progress of a large
 * file, then the server's row-by-row report. Nothing is written unless every row passes.
 */
export function ImportPanel({ planId }: { planId: string; locale: Locale }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [phase, setPhase] = useState<"idle" | "uploading" | "checking" | "done">("idle");
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const t = useTranslations();

  function upload(file: File) {
    setReport(null);
    setError(null);
    setPhase("uploading");
    setProgress(0);
    const body = new FormData();
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/district/plans/${planId}/import`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => setPhase("checking");
    xhr.onload = () => {
      setPhase("done");
      setProgress(100);
      try {
        const result = JSON.parse(xhr.responseText) as { ok: true; data: Report } | { ok: false; error: string };
        if (!result.ok) setError(result.error);
        else {
          setReport(result.data);
          if (result.data.imported > 0) router.refresh();
        }
      } catch {
        setError(t("plans.importPanel.theImportFailedTryAgainLater"));
      }
    };
    xhr.onerror = () => {
      setPhase("done");
      setError(t("plans.importPanel.networkErrorNothingWasImported"));
    };
    xhr.send(body);
  }

  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">{t("plans.importPanel.downloadTheTemplateFillItIn")}</p>
      <div className="flex flex-wrap items-center gap-3">
        {/* A file download from a route handler, not a page: a plain link is right here. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/district/plans/template" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">
          {t("plans.importPanel.downloadTemplate")}
        </a>
        <label className="rounded bg-brand-600 px-3 py-1.5 font-semibold text-white">
          {t("plans.importPanel.chooseAnExcelFile")}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            aria-label={t("plans.importPanel.importExcelFile")}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload(file);
              e.target.value = "";
            }}
          />
        </label>
      </div>
      {phase !== "idle" ? (
        <div>
          <progress
            max={100}
            value={phase === "checking" ? undefined : (progress ?? 0)}
            className="w-full"
            aria-label={t("plans.importPanel.importProgress")}
          />
          <p className="text-slate-600">
            {phase === "uploading"
              ? t("plans.importPanel.uploading", { progress: String(progress) })
              : phase === "checking"
                ? t("plans.importPanel.checkingRows")
                : null}
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      {report && report.errors.length === 0 ? (
        <p role="status" className="text-green-700">
          {t("plans.importPanel.entriesImported", { imported: Number(report.imported) })}
        </p>
      ) : null}
      {report && report.errors.length > 0 ? (
        <div role="alert" data-testid="import-errors" className="rounded border border-red-300 bg-red-50 p-3">
          <p className="font-semibold text-red-800">
            {t("plans.importPanel.rowsFailedNothingWasImported", { errorsCount: Number(report.errors.length) })}
          </p>
          <ul className="mt-2 space-y-1">
            {report.errors.map((e) => (
              <li key={e.rowNumber}>
                {t("plans.importPanel.row", { rowNumber: String(e.rowNumber) })}
                {e.problems.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
