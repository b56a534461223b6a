"use client";
// The commission's "escalate the overdue tasks now": a plain POST form (works without JavaScript).
import { useTranslations } from "next-intl";
import { StateForm } from "@/components/forms/state-form";
import { escalateOverdueNowForm } from "../forms";

export function EscalateNowForm() {
  const t = useTranslations();
  return (
    <StateForm
      action={escalateOverdueNowForm}
      submitLabel={t("departments.escalateForm.escalateNow")}
      pendingLabel={t("departments.escalateForm.escalating")}
      successText={t("departments.escalateForm.escalatedNoticesSent")}
      className="mt-3 space-y-2"
      testId="escalate-now"
    >
      <p className="text-sm text-slate-600">{t("departments.escalateForm.escalateTheOverdueTasksNotYet")}</p>
    </StateForm>
  );
}
