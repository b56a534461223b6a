"use client";
// Extending an open ballot once, and opening the next round for a counted ballot's failed items.
// Both work without JavaScript; errors (e.g. a second extension) are shown at their fields.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { extendBallotFormAction, secondRoundFormAction } from "../forms";

export function ExtendBallotForm({ ballotId, suggestedClose, locale }: { ballotId: string; suggestedClose: string; locale: Locale }) {
  const [state, action, pending] = useActionState(extendBallotFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={action} method="post" className="space-y-3" data-testid="extend-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <FormMessage state={state} testId="extend-message" />
      <Field name="closesAt" label={L("新的截止时间", "New closing time")} type="datetime-local" state={state} required defaultValue={suggestedClose} hint={L("只能延长一次,须晚于现在的截止时间。", "Once only, after the current closing time.")} />
      <Field name="reason" label={L("延长原因(将告知居民)", "Reason (residents are told)")} state={state} required />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L("延长截止时间", "Extend")}</button>
    </form>
  );
}

/** `round`: the number of the round this form opens (2 for the second). */
export function SecondRoundForm({ ballotId, title, opensAt, closesAt, roundLabel, round, locale }: { ballotId: string; title: string; opensAt: string; closesAt: string; roundLabel: string; round: number; locale: Locale }) {
  const [state, action, pending] = useActionState(secondRoundFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={action} method="post" className="space-y-3" data-testid="second-round-form">
      <input type="hidden" name="ballotId" value={ballotId} />
      <FormMessage state={state} testId="second-round-message" />
      <Field name="title" label={L(`${roundLabel}标题`, `Title of round ${round}`)} state={state} required defaultValue={title} />
      <Field name="opensAt" label={L("开始时间", "Opens")} type="datetime-local" state={state} required defaultValue={opensAt} />
      <Field name="closesAt" label={L("截止时间", "Closes")} type="datetime-local" state={state} required defaultValue={closesAt} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L(`发起${roundLabel}表决`, `Open round ${round}`)}</button>
    </form>
  );
}
