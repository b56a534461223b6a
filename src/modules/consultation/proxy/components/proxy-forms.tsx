"use client";
// Recording an owner's authorisation of a proxy (with the scan of the signed 委托书), and revoking
// it with a reason. Both work without JavaScript: a refusal renders the form again with what was
// typed and the errors at their fields.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { Field, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { recordProxyFormAction, revokeProxyFormAction } from "../forms";
import { useTranslations } from "next-intl";

export function RecordProxyForm({
  ballotId,
  dwellingId,
  ownerHint,
}: {
  ballotId: string;
  dwellingId: string;
  ownerHint: string;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={recordProxyFormAction} className="grid gap-3 md:grid-cols-2" testId="proxy-form">
      {(state) => {
        const scanError = state.fieldErrors?.scan;
        return (
          <>
            <input type="hidden" name="ballotId" value={ballotId} />
            <input type="hidden" name="dwellingId" value={dwellingId} />
            <div className="md:col-span-2">
              <FormMessage state={state} testId="proxy-message" />
            </div>
            <Field
              name="ownerName"
              label={t("consultation.proxyProxyForms.owner")}
              state={state}
              required
              hint={ownerHint}
            />
            <Field name="proxyName" label={t("consultation.proxyProxyForms.proxy")} state={state} required />
            <Field
              name="proxyPhone"
              label={t("consultation.proxyProxyForms.proxySPhoneOptional")}
              state={state}
              type="tel"
              inputMode="tel"
            />
            <Field name="proxyIdLast4" label={t("consultation.proxyProxyForms.lastFourOfTheProxyS")} state={state} />
            <div className="md:col-span-2">
              <label htmlFor="proxy-scan" className="mb-1 block text-sm font-medium text-slate-800">
                {t("consultation.proxyProxyForms.scanOfTheSignedAuthorisationImage")}
              </label>
              <input
                id="proxy-scan"
                type="file"
                name="scan"
                required
                accept="image/*,application/pdf"
                className="block w-full"
                aria-invalid={scanError ? true : undefined}
                aria-describedby={scanError ? "proxy-scan-error" : undefined}
              />
              {scanError ? (
                <p id="proxy-scan-error" className="mt-1 text-sm text-red-700" data-testid="error-scan">
                  {scanError.join(" ")}
                </p>
              ) : null}
              {state.status === "error" ? (
                <p className="mt-1 text-sm text-slate-600">
                  {t("consultation.proxyProxyForms.forSafetyTheBrowserDoesNot")}
                </p>
              ) : null}
            </div>
            <div className="md:col-span-2">
              <SubmitButton
                label={t("consultation.proxyProxyForms.recordTheProxy")}
                className="rounded bg-brand-700 px-5 py-2 font-semibold text-white"
              />
            </div>
          </>
        );
      }}
    </StateForm>
  );
}

export function RevokeProxyForm({ proxyId }: { proxyId: string; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm
      action={revokeProxyFormAction}
      className="mt-2 flex flex-wrap items-end gap-2"
      testId="revoke-proxy-form"
    >
      {(state) => (
        <>
          <input type="hidden" name="proxyId" value={proxyId} />
          <FormMessage state={state} testId="revoke-proxy-message" />
          <Field
            name="reason"
            label={t("consultation.proxyProxyForms.reason")}
            state={state}
            required
            className="min-w-64 flex-1"
          />
          <SubmitButton
            label={t("consultation.proxyProxyForms.revoke")}
            className="rounded border border-red-700 px-3 py-2 text-red-700"
          />
        </>
      )}
    </StateForm>
  );
}
