"use client";
// Submitting a plan, and removing an entry. Plain POST forms (they work without JavaScript).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { removeEntryFormAction, submitPlanFormAction } from "../forms";

export function SubmitPlanButton({ planId, resubmit }: { planId: string; resubmit: boolean; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={submitPlanFormAction} className="flex flex-wrap items-center gap-3">
      {(state) => (
        <>
          <input type="hidden" name="planId" value={planId} />
          <SubmitButton
            label={
              resubmit ? t("plans.planButtons.resubmitToTheCommission") : t("plans.planButtons.submitToTheCommission")
            }
            className="rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          />
          <span role="status" className="text-sm">
            {state.status === "ok" ? (
              <span className="text-green-700">
                {t("plans.planButtons.submittedVersion", { version: state.data?.version ?? "" })}
              </span>
            ) : null}
            {state.status === "error" ? <span className="text-red-700">{state.message}</span> : null}
          </span>
        </>
      )}
    </StateForm>
  );
}

export function RemoveEntryButton({
  planId,
  entryId,
  amendment,
}: {
  planId: string;
  entryId: string;
  amendment: boolean;
  locale: Locale;
}) {
  const [reason, setReason] = useState("");
  const t = useTranslations();
  return (
    <StateForm
      action={removeEntryFormAction}
      className="inline"
      // With JavaScript the removal is asked about first (and an approved plan's reason asked for);
      // without it, the server refuses an amendment that gives none.
      onSubmit={(e) => {
        if (amendment) {
          const given = window.prompt(t("plans.planButtons.thePlanIsApprovedReasonFor"));
          if (!given) return e.preventDefault();
          setReason(given);
          (e.currentTarget.elements.namedItem("amendmentReason") as HTMLInputElement).value = given;
        } else if (!window.confirm(t("plans.planButtons.removeThisEntry"))) e.preventDefault();
      }}
    >
      {(state) => (
        <>
          <input type="hidden" name="planId" value={planId} />
          <input type="hidden" name="entryId" value={entryId} />
          <input type="hidden" name="amendmentReason" value={reason} readOnly />
          <SubmitButton label={t("plans.planButtons.remove")} className="text-red-700 underline" />
          {state.status === "error" ? (
            <span role="alert" className="ml-2 text-xs text-red-700">
              {state.message}
            </span>
          ) : null}
        </>
      )}
    </StateForm>
  );
}
