"use client";
// Extending an open ballot once, and opening the next round for a counted ballot's failed items.
// Both work without JavaScript; errors (e.g. a second extension) are shown at their fields.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { extendBallotFormAction, secondRoundFormAction } from "../forms";
import { useTranslations } from "next-intl";

export function ExtendBallotForm({ ballotId, suggestedClose }: { ballotId: string; suggestedClose: string; locale: Locale }) {
  const [state, action, pending] = useActionState(extendBallotFormAction, IDLE);
  const t = useTranslations();
  return (
    <form action={action} method="post" className="space-y-3" data-testid="extend-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <FormMessage state={state} testId="extend-message" />
      <Field name="closesAt" label={t("consultation.roundsRoundForms.newClosingTime")} type="datetime-local" state={state} required defaultValue={suggestedClose} hint={t("consultation.roundsRoundForms.onceOnlyAfterTheCurrentClosing")} />
      <Field name="reason" label={t("consultation.roundsRoundForms.reasonResidentsAreTold")} state={state} required />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("consultation.roundsRoundForms.extend")}</button>
    </form>
  );
}

/** `round`: the number of the round this form opens (2 for the second). */
export function SecondRoundForm({ ballotId, title, opensAt, closesAt, roundLabel, round }: { ballotId: string; title: string; opensAt: string; closesAt: string; roundLabel: string; round: number; locale: Locale }) {
  const [state, action, pending] = useActionState(secondRoundFormAction, IDLE);
  const t = useTranslations();
  return (
    <form action={action} method="post" className="space-y-3" data-testid="second-round-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <FormMessage state={state} testId="second-round-message" />
      <Field name="title" label={t("consultation.roundsRoundForms.titleOfRound", { roundLabel: String(roundLabel), round: String(round) })} state={state} required defaultValue={title} />
      <Field name="opensAt" label={t("consultation.roundsRoundForms.opens")} type="datetime-local" state={state} required defaultValue={opensAt} />
      <Field name="closesAt" label={t("consultation.roundsRoundForms.closes")} type="datetime-local" state={state} required defaultValue={closesAt} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("consultation.roundsRoundForms.openRound", { roundLabel: String(roundLabel), round: String(round) })}</button>
    </form>
  );
}
