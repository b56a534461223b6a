"use client";
// The commission's decision on a submitted plan: return with comments (plan and entries) or
// approve. A real POST form (StateForm), so it works with JavaScript off: approving asks
// first, and the question is rendered by the server. A refusal keeps every comment typed, the
// error at its field.
import { controlProps, FieldError, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { reviewPlanFormAction } from "../forms";
import { useTranslations } from "next-intl";

export function ReviewPanel({
  planId,
  entries,
}: {
  planId: string;
  entries: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={reviewPlanFormAction} className="space-y-3 text-sm" testId="review-panel">
      {(state) => {
        const v = state.values ?? {};
        const confirming = state.data?.confirm === "1";
        const border = state.fieldErrors?.comment?.length ? "border-red-600" : "border-slate-300";
        return (
          <>
            <input type="hidden" name="planId" value={planId} />
            <div>
              <label htmlFor="field-comment" className="block text-slate-600">
                {t("plans.reviewPanel.commentRequiredToReturn")}
              </label>
              <textarea
                {...controlProps(state, "comment")}
                rows={3}
                defaultValue={v.comment ?? ""}
                className={`w-full rounded border px-3 py-2 ${border}`}
              />
              <FieldError state={state} name="comment" />
            </div>
            <details open={entries.some((e) => v[`entryComment.${e.id}`])}>
              <summary className="cursor-pointer text-brand-700">{t("plans.reviewPanel.commentOnEntries")}</summary>
              <div className="mt-2 space-y-2">
                {entries.map((e) => (
                  <div key={e.id}>
                    <label htmlFor={`ec-${e.id}`} className="block text-slate-600">
                      {e.name}
                    </label>
                    <input
                      id={`ec-${e.id}`}
                      name={`entryComment.${e.id}`}
                      defaultValue={v[`entryComment.${e.id}`] ?? ""}
                      className="w-full rounded border border-slate-300 px-3 py-1.5"
                    />
                  </div>
                ))}
              </div>
            </details>
            {confirming ? (
              // Approval fixes the year's targets and the 约谈 list's base; later changes need amendments.
              <div
                role="alertdialog"
                aria-labelledby="approve-confirm-text"
                className="rounded border border-green-700 bg-green-50 p-3"
              >
                <p id="approve-confirm-text" className="text-slate-800">
                  {t("plans.reviewPanel.onceApprovedThisPlanIsThe")}
                </p>
                <div className="mt-3 flex gap-3">
                  <SubmitButton
                    name="decision"
                    value="approve"
                    className="rounded bg-green-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
                    label={t("plans.reviewPanel.yesApprove")}
                  />
                  <SubmitButton
                    name="decision"
                    value="cancel"
                    className="rounded border border-slate-400 px-4 py-2 text-slate-800"
                    label={t("plans.reviewPanel.cancel")}
                  />
                </div>
              </div>
            ) : (
              <div className="flex gap-3">
                <SubmitButton
                  name="decision"
                  value="return"
                  className="rounded border border-amber-600 px-4 py-2 font-semibold text-amber-800 disabled:opacity-60"
                  label={t("plans.reviewPanel.return")}
                />
                <SubmitButton
                  name="decision"
                  value="confirm"
                  className="rounded bg-green-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
                  label={t("plans.reviewPanel.approve")}
                />
              </div>
            )}
            <FormMessage state={state} testId="review-message" />
          </>
        );
      }}
    </StateForm>
  );
}
