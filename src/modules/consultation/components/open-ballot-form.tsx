"use client";
// Opening a ballot on a project's proposed items. Works without JavaScript (the page renders again
// with the state); a refusal — e.g. a closing time before the opening — is shown at its field and
// keeps everything typed.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { Field, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { openBallotFormAction } from "../forms";
import { useTranslations } from "next-intl";

export function OpenBallotForm({
  projectId,
  code,
  defaultTitle,
  items,
}: {
  projectId: string;
  code: string;
  defaultTitle: string;
  items: number;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={openBallotFormAction}
      className="grid gap-3 rounded border border-slate-200 p-3 text-sm md:grid-cols-2"
      testId={`open-ballot-${code}`}
    >
      {(state) => {
        const running = state.values ? state.values.showRunningResults === "on" : false;
        return (
          <>
            <input type="hidden" name="projectId" value={projectId} />
            <div className="md:col-span-2">
              <FormMessage state={state} testId={`open-ballot-message-${code}`} />
            </div>
            <Field
              name="title"
              label={t("consultation.openBallotForm.title")}
              state={state}
              required
              defaultValue={defaultTitle}
              className="md:col-span-2"
            />
            <Field
              name="opensAt"
              label={t("consultation.openBallotForm.opens")}
              type="datetime-local"
              state={state}
              required
            />
            <Field
              name="closesAt"
              label={t("consultation.openBallotForm.closes")}
              type="datetime-local"
              state={state}
              required
              hint={t("consultation.openBallotForm.afterTheOpening")}
            />
            <Field
              name="noticeWorkingDays"
              label={t("consultation.openBallotForm.noticePeriodWorkingDays")}
              type="number"
              state={state}
              defaultValue="5"
              hint={t("consultation.openBallotForm.n130WorkingDays")}
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="showRunningResults" defaultChecked={running} />
              {t("consultation.openBallotForm.showRunningResultsToResidents")}
            </label>
            <p className="text-slate-600 md:col-span-2">
              {t("consultation.openBallotForm.proposedItemsBasicItemsAreIncluded", { items: String(items) })}
            </p>
            <SubmitButton
              label={t("consultation.openBallotForm.openBallot")}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white md:col-span-2"
            />
          </>
        );
      }}
    </StateForm>
  );
}
