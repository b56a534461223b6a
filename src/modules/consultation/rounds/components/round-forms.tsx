"use client";
// Extending an open ballot once, and opening the next round for a counted ballot's failed items.
// Both work without JavaScript; errors (e.g. a second extension) are shown at their fields.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { Field, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { extendBallotFormAction, secondRoundFormAction } from "../forms";
import { useTranslations } from "next-intl";

export function ExtendBallotForm({
  ballotId,
  suggestedClose,
}: {
  ballotId: string;
  suggestedClose: string;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={extendBallotFormAction} className="space-y-3" testId="extend-form">
      {(state) => (
        <>
          <input type="hidden" name="ballotId" value={ballotId} />
          <FormMessage state={state} testId="extend-message" />
          <Field
            name="closesAt"
            label={t("consultation.roundsRoundForms.newClosingTime")}
            type="datetime-local"
            state={state}
            required
            defaultValue={suggestedClose}
            hint={t("consultation.roundsRoundForms.onceOnlyAfterTheCurrentClosing")}
          />
          <Field
            name="reason"
            label={t("consultation.roundsRoundForms.reasonResidentsAreTold")}
            state={state}
            required
          />
          <SubmitButton
            label={t("consultation.roundsRoundForms.extend")}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
          />
        </>
      )}
    </StateForm>
  );
}

/** `round`: the number of the round this form opens (2 for the second). */
export function SecondRoundForm({
  ballotId,
  title,
  opensAt,
  closesAt,
  roundLabel,
  round,
}: {
  ballotId: string;
  title: string;
  opensAt: string;
  closesAt: string;
  roundLabel: string;
  round: number;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={secondRoundFormAction} className="space-y-3" testId="second-round-form">
      {(state) => (
        <>
          <input type="hidden" name="ballotId" value={ballotId} />
          <FormMessage state={state} testId="second-round-message" />
          <Field
            name="title"
            label={t("consultation.roundsRoundForms.titleOfRound", {
              roundLabel: String(roundLabel),
              round: String(round),
            })}
            state={state}
            required
            defaultValue={title}
          />
          <Field
            name="opensAt"
            label={t("consultation.roundsRoundForms.opens")}
            type="datetime-local"
            state={state}
            required
            defaultValue={opensAt}
          />
          <Field
            name="closesAt"
            label={t("consultation.roundsRoundForms.closes")}
            type="datetime-local"
            state={state}
            required
            defaultValue={closesAt}
          />
          <SubmitButton
            label={t("consultation.roundsRoundForms.openRound", {
              roundLabel: String(roundLabel),
              round: String(round),
            })}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
          />
        </>
      )}
    </StateForm>
  );
}
