"use client";

import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { removeEntryForm, submitPlanForm } from "../actions";
import { useTranslations } from "next-intl";

export function SubmitPlanButton({ planId, resubmit }: { planId: string; resubmit: boolean; locale: Locale }) {
  const [state, submit, pending] = useActionState(submitPlanForm, null);
  const t = useTranslations();
  return (
    <form action={submit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="planId" value={planId} />
      <button disabled={pending} className="rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        {resubmit ? t("plans.planButtons.resubmitToTheCommission") : t("plans.planButtons.submitToTheCommission")}
      </button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{t("plans.planButtons.submittedVersion", { version: String(state.data.version) })}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
      </span>
    </form>
  );
}

export function RemoveEntryButton({ planId, entryId, amendment }: { planId: string; entryId: string; amendment: boolean; locale: Locale }) {
  const [state, submit, pending] = useActionState(removeEntryForm, null);
  const [reason, setReason] = useState("");
  const t = useTranslations();
  return (
    <form
      action={submit}
      className="inline"
      onSubmit={(e) => {
        if (amendment) {
          const given = window.prompt(t("plans.planButtons.thePlanIsApprovedReasonFor"));
          if (!given) return e.preventDefault();
          setReason(given);
          (e.currentTarget.elements.namedItem("amendmentReason") as HTMLInputElement).value = given;
        } else if (!window.confirm(t("plans.planButtons.removeThisEntry"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="amendmentReason" value={reason} readOnly />
      <button disabled={pending} className="text-red-700 underline">{t("plans.planButtons.remove")}</button>
      {state && !state.ok ? <span role="alert" className="ml-2 text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
