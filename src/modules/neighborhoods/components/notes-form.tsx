"use client";

import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { updateNeighborhoodNotesForm } from "../actions";
import { useTranslations } from "next-intl";

export function NotesForm({ id, version, notes }: { id: string; version: number; notes: string; locale: Locale }) {
  const [state, submit, pending] = useActionState(updateNeighborhoodNotesForm, null);
  // Controlled, because React resets uncontrolled fields after an action: a refused save must
  // keep what the user typed.
  const [text, setText] = useState(notes);
  const t = useTranslations();
  // After a successful save the next edit is based on the new version.
  const currentVersion = state?.ok ? state.data.version : version;
  return (
    <form action={submit} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={currentVersion} />
      <label htmlFor="notes" className="sr-only">{t("neighborhoods.notesForm.notes")}</label>
      <textarea
        id="notes"
        name="notes"
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="w-full rounded border border-slate-300 px-3 py-2 text-sm"
        aria-describedby="notes-status"
      />
      <div id="notes-status" role="status" className="min-h-5 text-sm">
        {state?.ok ? <span className="text-green-700">{t("neighborhoods.notesForm.saved")}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error} {state.fieldErrors?.notes?.join(" ")}</span> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        {pending ? t("neighborhoods.notesForm.saving") : t("neighborhoods.notesForm.save")}
      </button>
    </form>
  );
}
