"use client";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { Field, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { contactPhoneFormAction } from "../forms";
import { useTranslations } from "next-intl";

/** The community's phone number printed on the letters, forms and notices. */
export function ContactPhoneForm({
  neighborhoodId,
  current,
}: {
  neighborhoodId: string;
  current: string | null;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={contactPhoneFormAction} className="flex flex-wrap items-end gap-3" testId="contact-phone-form">
      {(state) => (
        <>
          <input type="hidden" name="neighborhoodId" value={neighborhoodId} />
          <Field
            name="contactPhone"
            label={t("consultation.paperContactPhoneForm.communityPhonePrintedOnTheLetters")}
            type="tel"
            state={state}
            defaultValue={current ?? ""}
            className="min-w-60"
          />
          <SubmitButton
            label={t("consultation.paperContactPhoneForm.save")}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
          />
          <div className="w-full">
            <FormMessage state={state} testId="contact-phone-message" />
          </div>
        </>
      )}
    </StateForm>
  );
}
