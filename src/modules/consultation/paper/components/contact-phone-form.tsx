"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { contactPhoneFormAction } from "../forms";
import { useTranslations } from "next-intl";

/** The community's phone number printed on the letters, forms and notices. */
export function ContactPhoneForm({ neighborhoodId, current }: { neighborhoodId: string; current: string | null; locale: Locale }) {
  const [state, action, pending] = useActionState(contactPhoneFormAction, IDLE);
  const t = useTranslations();
  return (
    <form action={action} method="post" className="flex flex-wrap items-end gap-3" data-testid="contact-phone-form">
      <input type="hidden" name="neighborhoodId" value={neighborhoodId} />
      <Field name="contactPhone" label={t("consultation.paperContactPhoneForm.communityPhonePrintedOnTheLetters")} type="tel" state={state} defaultValue={current ?? ""} className="min-w-60" />
      <button type="submit" disabled={pending} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{t("consultation.paperContactPhoneForm.save")}</button>
      <div className="w-full"><FormMessage state={state} testId="contact-phone-message" /></div>
    </form>
  );
}
