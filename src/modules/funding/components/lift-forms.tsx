"use client";
// The lift cost split's forms: compute (or recompute) the split, and mark one dwelling's payment.
// Plain POST forms (they work without JavaScript); a refusal is shown with what was chosen kept.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { SharePayment } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { markLiftSharePaidForm, splitLiftForm } from "../forms";
import { SHARE_PAYMENT_LABELS } from "../labels";

const input = "rounded border border-slate-300 px-2 py-1";

export function SplitLiftForm({ projectItemId, split }: { projectItemId: string; split: boolean }) {
  const t = useTranslations();
  return (
    <StateForm
      action={splitLiftForm}
      submitLabel={split ? t("funding.liftForms.recomputeTheSplit") : t("funding.liftForms.computeTheSplit")}
      pendingLabel={t("funding.liftForms.computing")}
      successText={t("funding.liftForms.computedAndSaved")}
      className="mt-3 space-y-2"
      testId="split-lift"
    >
      <input type="hidden" name="projectItemId" value={projectItemId} />
      <p className="text-xs text-slate-500">{t("funding.liftForms.usesTheDistrictSTableRecomputing")}</p>
    </StateForm>
  );
}

export function MarkSharePaidForm({
  share,
  room,
  locale,
}: {
  share: { id: string; payment: SharePayment };
  room: string;
  locale: Locale;
}) {
  const t = useTranslations();
  const prefix = `share-${share.id}`;
  return (
    <StateForm
      action={markLiftSharePaidForm}
      submitLabel={t("funding.liftForms.save")}
      pendingLabel="…"
      className="mt-1 flex flex-wrap items-center gap-1"
    >
      {(state) => (
        <>
          <input type="hidden" name="shareId" value={share.id} />
          <input type="hidden" name="expected" value={share.payment} />
          <select
            {...controlProps(state, "payment", { idPrefix: prefix })}
            defaultValue={sentValue(state, "payment", share.payment === "UNPAID" ? "DIRECT" : "UNPAID")}
            className={input}
            aria-label={t("funding.liftForms.payment_ae7e6", { room })}
          >
            {(["DIRECT", "PROVIDENT_FUND", "UNPAID"] as const).map((p) => (
              <option key={p} value={p}>
                {p === "UNPAID" ? t("funding.liftForms.undoPayment") : SHARE_PAYMENT_LABELS[p][locale]}
              </option>
            ))}
          </select>
          <input
            {...controlProps(state, "paidAt", { idPrefix: prefix })}
            type="date"
            defaultValue={sentValue(state, "paidAt")}
            className={input}
            aria-label={t("funding.liftForms.paidOn", { room })}
          />
          <FieldError state={state} name="payment" idPrefix={prefix} />
          <FieldError state={state} name="paidAt" idPrefix={prefix} />
        </>
      )}
    </StateForm>
  );
}
