"use client";
// The dwelling page's forms: each a plain POST form around a server action (works without
// JavaScript), with errors at the field and what was typed kept.
import { Field, FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import {
  removeDwellingForm,
  revealOwnersForm,
  setDwellingOwnersForm,
  updateDwellingForm,
  type RevealState,
} from "../dwelling-actions";
import { useTranslations } from "next-intl";

const button =
  "rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";

export function RevealOwners({ dwellingId }: { dwellingId: string; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm<RevealState> action={revealOwnersForm} className="space-y-2">
      {(state) =>
        state.status === "ok" ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="revealed-owners">
            <p className="mb-2 font-semibold text-amber-900">
              {t("neighborhoods.dwellingForms.fullDetailsThisViewIsRecorded")}
            </p>
            <ul className="space-y-1">
              {(state.owners ?? []).map((o) => (
                <li key={o.id}>
                  {o.name} · {t("neighborhoods.dwellingForms.idEnds")} {o.idLast4} ·{" "}
                  {o.phone || t("neighborhoods.dwellingForms.noPhone")}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <input type="hidden" name="dwellingId" value={dwellingId} />
            <SubmitButton
              label={t("neighborhoods.dwellingForms.showFullDetails")}
              className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 disabled:opacity-60"
            />
            <p className="text-xs text-slate-600">{t("neighborhoods.dwellingForms.namesAndPhonesArePartlyHidden")}</p>
            <FormMessage state={state} />
          </>
        )
      }
    </StateForm>
  );
}

export function EditDwellingForm({
  dwelling,
}: {
  dwelling: { id: string; room: string; floor: number; areaM2: string };
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={updateDwellingForm} className="grid gap-3 sm:grid-cols-3" testId="edit-dwelling">
      {(state) => (
        <>
          <input type="hidden" name="dwellingId" value={dwelling.id} />
          <Field name="room" label={t("neighborhoods.dwellingForms.room")} state={state} defaultValue={dwelling.room} />
          <Field
            name="floor"
            label={t("neighborhoods.dwellingForms.floor")}
            state={state}
            inputMode="numeric"
            defaultValue={String(dwelling.floor)}
          />
          <Field
            name="area"
            label={t("neighborhoods.dwellingForms.exclusiveAreaM")}
            state={state}
            defaultValue={dwelling.areaM2}
          />
          <div className="sm:col-span-3 space-y-2">
            <FormMessage state={state} testId="edit-dwelling-message" />
            <SubmitButton label={t("neighborhoods.dwellingForms.saveDwelling")} className={button} />
          </div>
        </>
      )}
    </StateForm>
  );
}

export function OwnersForm({ dwellingId, hasOwners }: { dwellingId: string; hasOwners: boolean; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={setDwellingOwnersForm} className="grid gap-3 sm:grid-cols-3" testId="owners-form">
      {(state) => (
        <>
          <input type="hidden" name="dwellingId" value={dwellingId} />
          <p className="text-sm text-slate-700 sm:col-span-3">
            {hasOwners
              ? t("neighborhoods.dwellingForms.registeringAgainReplacesTheCurrentOwners")
              : t("neighborhoods.dwellingForms.theIdNumberOnlyTellsOne")}
          </p>
          <Field name="ownerName" label={t("neighborhoods.dwellingForms.ownerSName")} state={state} />
          <Field
            name="ownerId"
            label={t("neighborhoods.dwellingForms.ownerSIdNumber")}
            state={state}
            hint={t("neighborhoods.dwellingForms.n18CharactersTheLastMayBe")}
          />
          <Field
            name="ownerPhone"
            label={t("neighborhoods.dwellingForms.ownerSPhoneOptional")}
            state={state}
            type="tel"
            inputMode="tel"
          />
          <Field
            name="coOwnerNames"
            label={t("neighborhoods.dwellingForms.coOwnersNames")}
            state={state}
            hint={t("neighborhoods.dwellingForms.separateWith")}
          />
          <Field
            name="coOwnerIds"
            label={t("neighborhoods.dwellingForms.coOwnersIdNumbers")}
            state={state}
            hint={t("neighborhoods.dwellingForms.onePerName")}
          />
          <Field
            name="coOwnerPhones"
            label={t("neighborhoods.dwellingForms.coOwnersPhones")}
            state={state}
            hint={t("neighborhoods.dwellingForms.optional")}
          />
          <div className="sm:col-span-3 space-y-2">
            <FormMessage state={state} testId="owners-message" />
            <SubmitButton label={t("neighborhoods.dwellingForms.registerOwners")} className={button} />
          </div>
        </>
      )}
    </StateForm>
  );
}

export function RemoveDwelling({ dwellingId, blockedBy }: { dwellingId: string; blockedBy: string[]; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={removeDwellingForm} className="space-y-2">
      {(state) => (
        <>
          <input type="hidden" name="dwellingId" value={dwellingId} />
          {blockedBy.length ? (
            <p className="text-sm text-slate-700">
              {t("neighborhoods.dwellingForms.thisDwellingAlreadyHasVotesBallots", {
                join: String(blockedBy.join("、")),
              })}
            </p>
          ) : (
            <p className="text-sm text-slate-700">{t("neighborhoods.dwellingForms.aDwellingEnteredByMistakeCan")}</p>
          )}
          {blockedBy.length ? null : (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="confirm" required />{" "}
              {t("neighborhoods.dwellingForms.confirmRemovalCannotBeUndone")}
            </label>
          )}
          <FormMessage state={state} testId="remove-message" />
          <SubmitButton
            label={t("neighborhoods.dwellingForms.removeDwelling")}
            disabled={blockedBy.length > 0}
            className="rounded-md border border-red-700 px-4 py-2 text-sm font-semibold text-red-700 disabled:opacity-50"
          />
        </>
      )}
    </StateForm>
  );
}
