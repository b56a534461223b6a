"use client";
// One dwelling's signed paper form, every item at once, with one scan. Works without JavaScript:
// a refusal renders the form again with the choices kept and the errors at their items.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { VOTE_CHOICE_LABELS } from "@/lib/labels";
import { paperDwellingFormAction } from "../forms";

type Item = { id: string; title: string; matter: string; online: string | null; counting: { choice: string; source: string } | null };

const CHOICES = [
  { value: "AGREE", label: { zh: "同意", en: "Agree" } },
  { value: "DISAGREE", label: { zh: "不同意", en: "Disagree" } },
  { value: "ABSTAIN", label: { zh: "弃权", en: "Abstain" } },
  { value: "NONE", label: { zh: "未填写", en: "Not marked" } },
] as const;

/** `proxy`: the dwelling's authorisation in force, if any — then staff say who signed the form. */
export function PaperDwellingForm({ ballotId, dwellingId, items, proxy, locale }: { ballotId: string; dwellingId: string; items: Item[]; proxy: { proxyName: string; proxyIdLast4: string | null } | null; locale: Locale }) {
  const [state, action, pending] = useActionState(paperDwellingFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const word = (choice: string) => VOTE_CHOICE_LABELS[choice as keyof typeof VOTE_CHOICE_LABELS]?.[locale] ?? choice;
  const chosen = (id: string) => state.status === "error" ? state.values?.[`choice_${id}`] : undefined;
  const signedBy = state.status === "error" ? (state.values?.signedBy ?? "OWNER") : "OWNER";
  const signedByErrors = state.fieldErrors?.signedBy ?? [];
  return (
    <form action={action} method="post" encType="multipart/form-data" className="space-y-4" data-testid="paper-dwelling-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="dwellingId" value={dwellingId} />
      <FormMessage state={state} testId="paper-dwelling-message" />
      {proxy ? (
        <fieldset className={`rounded border p-3 ${signedByErrors.length ? "border-red-600" : "border-amber-400 bg-amber-50"}`} data-testid="paper-signed-by" aria-describedby={signedByErrors.length ? "err-signedBy" : undefined}>
          <legend className="px-1 font-semibold">{L("签字人", "Signed by")}</legend>
          <label className="mr-6 inline-flex items-center gap-2 text-base">
            <input type="radio" name="signedBy" value="OWNER" defaultChecked={signedBy === "OWNER"} className="h-5 w-5" />{L("业主本人", "The owner")}
          </label>
          <label className="inline-flex items-center gap-2 text-base">
            <input type="radio" name="signedBy" value="PROXY" defaultChecked={signedBy === "PROXY"} className="h-5 w-5" />{L("受托人", "The proxy")} {proxy.proxyName}{proxy.proxyIdLast4 ? L(`(身份证后四位 ${proxy.proxyIdLast4})`, ` (ID …${proxy.proxyIdLast4})`) : ""}
          </label>
          <p className="mt-1 text-sm text-slate-600">{L("业主本人签字的票优先于受托人的票,受托人的票优先于线上投票。", "The owner's own form outranks the proxy's, which outranks the online vote.")}</p>
          {signedByErrors.length ? <p id="err-signedBy" className="mt-1 text-sm text-red-700" data-testid="error-signedBy">{signedByErrors.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      {items.map((item) => {
        const errors = state.fieldErrors?.[`choice_${item.id}`] ?? [];
        return (
          <fieldset key={item.id} className={`rounded border p-3 ${errors.length ? "border-red-600" : "border-slate-300"}`} data-testid="paper-item" aria-describedby={errors.length ? `err-${item.id}` : undefined}>
            <legend className="px-1 font-semibold">{item.title}</legend>
            <p className="mb-2 text-sm text-slate-600">
              {item.online ? <span className="text-amber-800" data-testid="paper-online">{L(`线上已投:${word(item.online)}(录入后以纸质票或委托投票为准)`, `Voted online: ${word(item.online)} (the paper or proxy form entered here takes precedence)`)}</span> : L("线上未投票", "No online vote")}
              {item.counting?.source === "PAPER" ? <span className="ml-2 text-amber-800" data-testid="paper-existing">{L(`已有业主签字纸质票:${word(item.counting.choice)}(再录入以最新一张为准)`, `Owner's signed form on record: ${word(item.counting.choice)} (a new entry replaces it)`)}</span> : null}
              {item.counting?.source === "PROXY" ? <span className="ml-2 text-amber-800" data-testid="paper-existing-proxy">{L(`已有受托人签字票(委托投票):${word(item.counting.choice)}(计入;业主本人签字的票优先)`, `Proxy's signed form on record: ${word(item.counting.choice)} (counted; the owner's own form outranks it)`)}</span> : null}
            </p>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {CHOICES.map((c) => (
                <label key={c.value} className="flex items-center gap-2 text-base">
                  <input type="radio" name={`choice_${item.id}`} value={c.value} defaultChecked={chosen(item.id) === c.value} className="h-5 w-5" />
                  {c.label[locale]}
                </label>
              ))}
            </div>
            {errors.length ? <p id={`err-${item.id}`} className="mt-1 text-sm text-red-700" data-testid={`error-choice`}>{errors.join(" ")}</p> : null}
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="paper-scan" className="mb-1 block font-medium">{L("签字表扫描件(图片或 PDF,所有事项共用一份)", "Scan of the signed form (image or PDF, one for all items)")}</label>
        <input id="paper-scan" type="file" name="scan" required accept="image/*,application/pdf" className="block w-full" aria-invalid={state.fieldErrors?.scan ? true : undefined} />
        {state.fieldErrors?.scan ? <p className="mt-1 text-sm text-red-700" data-testid="error-scan">{state.fieldErrors.scan.join(" ")}</p> : null}
        {state.status === "error" ? <p className="mt-1 text-sm text-slate-600">{L("出于安全,浏览器不保留已选文件,请重新选择扫描件。", "For safety the browser does not keep a chosen file: choose the scan again.")}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">{L("录入本户全部事项", "Enter the whole form")}</button>
    </form>
  );
}
