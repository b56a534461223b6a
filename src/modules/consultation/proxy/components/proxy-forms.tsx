"use client";
// Recording an owner's authorisation of a proxy (with the scan of the signed 委托书), and revoking
// it with a reason. Both work without JavaScript: a refusal renders the form again with what was
// typed and the errors at their fields.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { recordProxyFormAction, revokeProxyFormAction } from "../forms";

export function RecordProxyForm({ ballotId, dwellingId, ownerHint, locale }: { ballotId: string; dwellingId: string; ownerHint: string; locale: Locale }) {
  const [state, action, pending] = useActionState(recordProxyFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const scanError = state.fieldErrors?.scan;
  return (
    <form action={action} method="post" encType="multipart/form-data" className="grid gap-3 md:grid-cols-2" data-testid="proxy-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="dwellingId" value={dwellingId} />
      <div className="md:col-span-2"><FormMessage state={state} testId="proxy-message" /></div>
      <Field name="ownerName" label={L("委托人(业主)姓名", "Owner")} state={state} required hint={ownerHint} />
      <Field name="proxyName" label={L("受托人姓名", "Proxy")} state={state} required />
      <Field name="proxyPhone" label={L("受托人电话(选填)", "Proxy's phone (optional)")} state={state} type="tel" inputMode="tel" />
      <Field name="proxyIdLast4" label={L("受托人身份证号后四位(选填)", "Last four of the proxy's ID (optional)")} state={state} />
      <div className="md:col-span-2">
        <label htmlFor="proxy-scan" className="mb-1 block text-sm font-medium text-slate-800">{L("签字委托书扫描件(图片或 PDF)", "Scan of the signed authorisation (image or PDF)")}</label>
        <input id="proxy-scan" type="file" name="scan" required accept="image/*,application/pdf" className="block w-full" aria-invalid={scanError ? true : undefined} aria-describedby={scanError ? "proxy-scan-error" : undefined} />
        {scanError ? <p id="proxy-scan-error" className="mt-1 text-sm text-red-700" data-testid="error-scan">{scanError.join(" ")}</p> : null}
        {state.status === "error" ? <p className="mt-1 text-sm text-slate-600">{L("出于安全,浏览器不保留已选文件,请重新选择扫描件。", "For safety the browser does not keep a chosen file: choose the scan again.")}</p> : null}
      </div>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">{L("登记委托", "Record the proxy")}</button>
      </div>
    </form>
  );
}

export function RevokeProxyForm({ proxyId, locale }: { proxyId: string; locale: Locale }) {
  const [state, action, pending] = useActionState(revokeProxyFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={action} method="post" className="mt-2 flex flex-wrap items-end gap-2" data-testid="revoke-proxy-form">
      <input type="hidden" name="proxyId" value={proxyId} />
      <FormMessage state={state} testId="revoke-proxy-message" />
      <Field name="reason" label={L("撤销原因", "Reason")} state={state} required className="min-w-64 flex-1" />
      <button type="submit" disabled={pending} className="rounded border border-red-700 px-3 py-2 text-red-700">{L("撤销委托", "Revoke")}</button>
    </form>
  );
}
