"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locale";

type Outcome = { ok: true; data: { buildings: number; units: number; dwellings: number; owners?: number } } | { ok: false; error: string; fieldErrors?: { rows?: string[] } };

/**
 * Upload of the buildings/units/dwellings workbook. XMLHttpRequest rather than fetch, because only
 * it reports upload progress; after the upload the bar shows that the server is checking rows.
 */
export function ImportForm({ neighborhoodId, locale }: { neighborhoodId: string; locale: Locale }) {
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
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
        body = { ok: false, error: L("导入失败,请稍后重试。", "The import failed; please try again.") };
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
      setOutcome({ ok: false, error: L("网络中断,未导入任何数据,请重试。", "The connection dropped; nothing was imported. Please retry.") });
    };
    xhr.send(data);
  }

  const busy = progress !== null;
  return (
    <div className="space-y-3 text-sm">
      <p>
        {L("先下载模板,按列填写楼栋、单元、房号、楼层和面积,以及业主姓名、身份证号和电话(可不填;身份证号只保存加密摘要和末四位),再上传。任何一行有误都不会导入,并逐行列出问题。", "Download the template, fill in one dwelling per row and upload it. If any row is wrong nothing is imported and each problem is listed.")}{" "}
        <a href="/district/neighborhoods/import-template" className="text-brand-700 underline" download>{L("下载导入模板", "Download the template")}</a>
      </p>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          upload(event.currentTarget);
        }}
      >
        <label htmlFor="import-file" className="sr-only">{L("Excel 文件", "Excel file")}</label>
        <input id="import-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <button type="submit" disabled={busy} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {L("导入", "Import")}
        </button>
      </form>
      {busy ? (
        <div>
          <div role="progressbar" aria-label={L("导入进度", "Import progress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress ?? 0} className="h-3 w-full overflow-hidden rounded bg-slate-200">
            <div className={`h-full bg-brand-600 transition-all ${processing ? "animate-pulse" : ""}`} style={{ width: `${progress ?? 0}%` }} />
          </div>
          <p className="mt-1 text-slate-600">{processing ? L("上传完成,正在逐行校验并导入…", "Uploaded; checking and importing rows…") : L(`正在上传 ${progress}%`, `Uploading ${progress}%`)}</p>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="import-result">
        {outcome?.ok ? (
          <p className="text-green-700">
            {L(`导入成功:新增楼栋 ${outcome.data.buildings} 栋、单元 ${outcome.data.units} 个、房屋 ${outcome.data.dwellings} 户${outcome.data.owners ? `,登记业主 ${outcome.data.owners} 位` : ""}。`, `Imported ${outcome.data.buildings} buildings, ${outcome.data.units} units and ${outcome.data.dwellings} dwellings${outcome.data.owners ? ` with ${outcome.data.owners} owners` : ""}.`)}
          </p>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="rounded border border-red-200 bg-red-50 p-3 text-red-800">
            <p className="font-semibold">{outcome.error}</p>
            {outcome.fieldErrors?.rows?.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-errors">
                {outcome.fieldErrors.rows.slice(0, 200).map((line) => <li key={line}>{line}</li>)}
                {outcome.fieldErrors.rows.length > 200 ? <li>{L(`……另有 ${outcome.fieldErrors.rows.length - 200} 处`, `…and ${outcome.fieldErrors.rows.length - 200} more`)}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
