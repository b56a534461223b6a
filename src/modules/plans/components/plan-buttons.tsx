"use client";

import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { removeEntryForm, submitPlanForm } from "../actions";

export function SubmitPlanButton({ planId, resubmit, locale }: { planId: string; resubmit: boolean; locale: Locale }) {
  const [state, submit, pending] = useActionState(submitPlanForm, null);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={submit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="planId" value={planId} />
      <button disabled={pending} className="rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        {resubmit ? L("重新报送市住房城乡建委", "Resubmit to the commission") : L("报送市住房城乡建委", "Submit to the commission")}
      </button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{L(`已报送(第${state.data.version}版)。`, `Submitted (version ${state.data.version}).`)}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
      </span>
    </form>
  );
}

export function RemoveEntryButton({ planId, entryId, amendment, locale }: { planId: string; entryId: string; amendment: boolean; locale: Locale }) {
  const [state, submit, pending] = useActionState(removeEntryForm, null);
  const [reason, setReason] = useState("");
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form
      action={submit}
      className="inline"
      onSubmit={(e) => {
        if (amendment) {
          const given = window.prompt(L("计划已批准,删除条目须填写变更理由:", "The plan is approved; reason for the amendment:"));
          if (!given) return e.preventDefault();
          setReason(given);
          (e.currentTarget.elements.namedItem("amendmentReason") as HTMLInputElement).value = given;
        } else if (!window.confirm(L("确定删除该条目?", "Remove this entry?"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="amendmentReason" value={reason} readOnly />
      <button disabled={pending} className="text-red-700 underline">{L("删除", "Remove")}</button>
      {state && !state.ok ? <span role="alert" className="ml-2 text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
