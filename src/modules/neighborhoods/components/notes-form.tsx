"use client";
// The neighbourhood's notes. A plain POST form (works without JavaScript); a refused save keeps
// what was typed, with the reason at the field. A saved one is based on the page's new version.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { updateNotesFormAction } from "../forms";

export function NotesForm({ id, version, notes }: { id: string; version: number; notes: string; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm
      action={updateNotesFormAction}
      submitLabel={t("neighborhoods.notesForm.save")}
      pendingLabel={t("neighborhoods.notesForm.saving")}
      successText={t("neighborhoods.notesForm.saved")}
      submitClassName="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
    >
      {(state) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <label htmlFor="field-notes" className="sr-only">
            {t("neighborhoods.notesForm.notes")}
          </label>
          <textarea
            {...controlProps(state, "notes")}
            rows={4}
            defaultValue={sentValue(state, "notes", notes)}
            className="w-full rounded border border-slate-300 px-3 py-2 text-sm"
          />
          <FieldError state={state} name="notes" />
        </>
      )}
    </StateForm>
  );
}
