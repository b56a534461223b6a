"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";

type Report = { imported: number; errors: { rowNumber: number; problems: string[] }[] };

/**
 * Uploads the workbook with XMLHttpRequest so the official sees the upload progress of a large
 * file, then the server's row-by-row report. Nothing is written unless every row passes.
 */
export function ImportPanel({ planId, locale }: { planId: string; locale: Locale }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [phase, setPhase] = useState<"idle" | "uploading" | "checking" | "done">("idle");
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);

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
        setError(L("导入失败,请稍后重试。", "The import failed; try again later."));
      }
    };
    xhr.onerror = () => {
      setPhase("done");
      setError(L("网络错误,文件未导入。", "Network error; nothing was imported."));
    };
    xhr.send(body);
  }

  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">
        {L("先下载模板,按表头填写后上传。系统逐行校验:只要有一行不合格,整个文件都不会写入,请按错误报告修改后重新上传。", "Download the template, fill it in and upload it. Every row is checked; if any row fails, nothing is written.")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {/* A file download from a route handler, not a page: a plain link is right here. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/district/plans/template" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">{L("下载导入模板", "Download template")}</a>
        <label className="rounded bg-brand-600 px-3 py-1.5 font-semibold text-white">
          {L("选择Excel文件导入", "Choose an Excel file")}
          <input
            type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="sr-only"
            aria-label={L("导入Excel文件", "Import Excel file")}
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
          <progress max={100} value={phase === "checking" ? undefined : progress ?? 0} className="w-full" aria-label={L("导入进度", "Import progress")} />
          <p className="text-slate-600">
            {phase === "uploading" ? L(`正在上传 ${progress}%`, `Uploading ${progress}%`) : phase === "checking" ? L("正在逐行校验…", "Checking rows…") : null}
          </p>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      {report && report.errors.length === 0 ? (
        <p role="status" className="text-green-700">{L(`已导入${report.imported}条。`, `${report.imported} entries imported.`)}</p>
      ) : null}
      {report && report.errors.length > 0 ? (
        <div role="alert" data-testid="import-errors" className="rounded border border-red-300 bg-red-50 p-3">
          <p className="font-semibold text-red-800">{L(`有${report.errors.length}行不合格,整个文件未导入:`, `${report.errors.length} rows failed; nothing was imported:`)}</p>
          <ul className="mt-2 space-y-1">
            {report.errors.map((e) => (
              <li key={e.rowNumber}>{L(`第${e.rowNumber}行:`, `Row ${e.rowNumber}: `)}{e.problems.join(" ")}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
