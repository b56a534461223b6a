"use client";
// One dwelling's signed paper form, every item at once, with one scan. Works without JavaScript:
// a refusal renders the form again with the choices kept and the errors at their items.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import { paperDwellingFormAction } from "../forms";

type Item = { id: string; title: string; matter: string; online: string | null; counting: { choice: string; source: string } | null };

const CHOICES = [
  { value: "AGREE", label: "同意 Agree" },
  { value: "DISAGREE", label: "不同意 Disagree" },
  { value: "ABSTAIN", label: "弃权 Abstain" },
  { value: "NONE", label: "未填写 Not marked" },
] as const;

const CHOICE_WORD: Record<string, string> = { AGREE: "同意", DISAGREE: "不同意", ABSTAIN: "弃权" };

/** `proxy`: the dwelling's authorisation in force, if any — then staff say who signed the form. */
export function PaperDwellingForm({ ballotId, dwellingId, items, proxy }: { ballotId: string; dwellingId: string; items: Item[]; proxy: { proxyName: string; proxyIdLast4: string | null } | null }) {
  const [state, action, pending] = useActionState(paperDwellingFormAction, IDLE);
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
          <legend className="px-1 font-semibold">签字人 / Signed by</legend>
          <label className="mr-6 inline-flex items-center gap-2 text-base">
            <input type="radio" name="signedBy" value="OWNER" defaultChecked={signedBy === "OWNER"} className="h-5 w-5" />业主本人 The owner
          </label>
          <label className="inline-flex items-center gap-2 text-base">
            <input type="radio" name="signedBy" value="PROXY" defaultChecked={signedBy === "PROXY"} className="h-5 w-5" />受托人 {proxy.proxyName}{proxy.proxyIdLast4 ? `(身份证后四位 ${proxy.proxyIdLast4})` : ""} The proxy
          </label>
          <p className="mt-1 text-sm text-slate-600">{"业主本人签字的票优先于受托人的票,受托人的票优先于线上投票。/ The owner's own form outranks the proxy's, which outranks the online vote."}</p>
          {signedByErrors.length ? <p id="err-signedBy" className="mt-1 text-sm text-red-700" data-testid="error-signedBy">{signedByErrors.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      {items.map((item) => {
        const errors = state.fieldErrors?.[`choice_${item.id}`] ?? [];
        return (
          <fieldset key={item.id} className={`rounded border p-3 ${errors.length ? "border-red-600" : "border-slate-300"}`} data-testid="paper-item" aria-describedby={errors.length ? `err-${item.id}` : undefined}>
            <legend className="px-1 font-semibold">{item.title}</legend>
            <p className="mb-2 text-sm text-slate-600">
              {item.online ? <span className="text-amber-800" data-testid="paper-online">线上已投:{CHOICE_WORD[item.online]}(录入后以纸质票或委托投票为准)</span> : "线上未投票"}
              {item.counting?.source === "PAPER" ? <span className="ml-2 text-amber-800" data-testid="paper-existing">已有业主签字纸质票:{CHOICE_WORD[item.counting.choice]}(再录入以最新一张为准)</span> : null}
              {item.counting?.source === "PROXY" ? <span className="ml-2 text-amber-800" data-testid="paper-existing-proxy">已有受托人签字票(委托投票):{CHOICE_WORD[item.counting.choice]}(计入;业主本人签字的票优先)</span> : null}
            </p>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {CHOICES.map((c) => (
                <label key={c.value} className="flex items-center gap-2 text-base">
                  <input type="radio" name={`choice_${item.id}`} value={c.value} defaultChecked={chosen(item.id) === c.value} className="h-5 w-5" />
                  {c.label}
                </label>
              ))}
            </div>
            {errors.length ? <p id={`err-${item.id}`} className="mt-1 text-sm text-red-700" data-testid={`error-choice`}>{errors.join(" ")}</p> : null}
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="paper-scan" className="mb-1 block font-medium">签字表扫描件(图片或 PDF,所有事项共用一份)/ Scan of the signed form</label>
        <input id="paper-scan" type="file" name="scan" required accept="image/*,application/pdf" className="block w-full" aria-invalid={state.fieldErrors?.scan ? true : undefined} />
        {state.fieldErrors?.scan ? <p className="mt-1 text-sm text-red-700" data-testid="error-scan">{state.fieldErrors.scan.join(" ")}</p> : null}
        {state.status === "error" ? <p className="mt-1 text-sm text-slate-600">出于安全,浏览器不保留已选文件,请重新选择扫描件。/ Choose the scan again.</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">录入本户全部事项 Enter the whole form</button>
    </form>
  );
}
