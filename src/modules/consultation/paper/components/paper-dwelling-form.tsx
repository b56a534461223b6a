"use client";
// One dwelling's signed paper form, every item at once, with one scan. Works without JavaScript:
// a refusal renders the form again with the choices kept and the errors at their items.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { VOTE_CHOICE_LABELS } from "@/lib/labels";
import { paperDwellingFormAction } from "../forms";
import { useTranslations } from "next-intl";

type Item = {
  id: string;
  title: string;
  matter: string;
  online: string | null;
  counting: { choice: string; source: string } | null;
};

const CHOICES = [
  { value: "AGREE", label: { zh: "同意", en: "Agree" } },
  { value: "DISAGREE", label: { zh: "不同意", en: "Disagree" } },
  { value: "ABSTAIN", label: { zh: "弃权", en: "Abstain" } },
  { value: "NONE", label: { zh: "未填写", en: "Not marked" } },
] as const;

/** `proxy`: the dwelling's authorisation in force, if any — then staff say who signed the form. */
export function PaperDwellingForm({
  ballotId,
  dwellingId,
  items,
  proxy,
  locale,
}: {
  ballotId: string;
  dwellingId: string;
  items: Item[];
  proxy: { proxyName: string; proxyIdLast4: string | null } | null;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm action={paperDwellingFormAction} className="space-y-4" testId="paper-dwelling-form">
      {(state) => {
        const word = (choice: string) =>
          VOTE_CHOICE_LABELS[choice as keyof typeof VOTE_CHOICE_LABELS]?.[locale] ?? choice;
        const chosen = (id: string) => (state.status === "error" ? state.values?.[`choice_${id}`] : undefined);
        const signedBy = state.status === "error" ? (state.values?.signedBy ?? "OWNER") : "OWNER";
        const signedByErrors = state.fieldErrors?.signedBy ?? [];
        return (
          <>
            <input type="hidden" name="ballotId" value={ballotId} />
            <input type="hidden" name="dwellingId" value={dwellingId} />
            <FormMessage state={state} testId="paper-dwelling-message" />
            {proxy ? (
              <fieldset
                className={`rounded border p-3 ${signedByErrors.length ? "border-red-600" : "border-amber-400 bg-amber-50"}`}
                data-testid="paper-signed-by"
                aria-describedby={signedByErrors.length ? "err-signedBy" : undefined}
              >
                <legend className="px-1 font-semibold">{t("consultation.paperPaperDwellingForm.signedBy")}</legend>
                <label className="mr-6 inline-flex items-center gap-2 text-base">
                  <input
                    type="radio"
                    name="signedBy"
                    value="OWNER"
                    defaultChecked={signedBy === "OWNER"}
                    className="h-5 w-5"
                  />
                  {t("consultation.paperPaperDwellingForm.theOwner")}
                </label>
                <label className="inline-flex items-center gap-2 text-base">
                  <input
                    type="radio"
                    name="signedBy"
                    value="PROXY"
                    defaultChecked={signedBy === "PROXY"}
                    className="h-5 w-5"
                  />
                  {t("consultation.paperPaperDwellingForm.theProxy")} {proxy.proxyName}
                  {proxy.proxyIdLast4
                    ? t("consultation.paperPaperDwellingForm.id", { proxyIdLast4: String(proxy.proxyIdLast4) })
                    : ""}
                </label>
                <p className="mt-1 text-sm text-slate-600">
                  {t("consultation.paperPaperDwellingForm.theOwnerSOwnFormOutranks")}
                </p>
                {signedByErrors.length ? (
                  <p id="err-signedBy" className="mt-1 text-sm text-red-700" data-testid="error-signedBy">
                    {signedByErrors.join(" ")}
                  </p>
                ) : null}
              </fieldset>
            ) : null}
            {items.map((item) => {
              const errors = state.fieldErrors?.[`choice_${item.id}`] ?? [];
              return (
                <fieldset
                  key={item.id}
                  className={`rounded border p-3 ${errors.length ? "border-red-600" : "border-slate-300"}`}
                  data-testid="paper-item"
                  aria-describedby={errors.length ? `err-${item.id}` : undefined}
                >
                  <legend className="px-1 font-semibold">{item.title}</legend>
                  <p className="mb-2 text-sm text-slate-600">
                    {item.online ? (
                      <span className="text-amber-800" data-testid="paper-online">
                        {t("consultation.paperPaperDwellingForm.votedOnlineThePaperOrProxy", {
                          online: String(word(item.online)),
                        })}
                      </span>
                    ) : (
                      t("consultation.paperPaperDwellingForm.noOnlineVote")
                    )}
                    {item.counting?.source === "PAPER" ? (
                      <span className="ml-2 text-amber-800" data-testid="paper-existing">
                        {t("consultation.paperPaperDwellingForm.ownerSSignedFormOnRecord", {
                          choice: String(word(item.counting.choice)),
                        })}
                      </span>
                    ) : null}
                    {item.counting?.source === "PROXY" ? (
                      <span className="ml-2 text-amber-800" data-testid="paper-existing-proxy">
                        {t("consultation.paperPaperDwellingForm.proxySSignedFormOnRecord", {
                          choice: String(word(item.counting.choice)),
                        })}
                      </span>
                    ) : null}
                  </p>
                  <div className="flex flex-wrap gap-x-5 gap-y-2">
                    {CHOICES.map((c) => (
                      <label key={c.value} className="flex items-center gap-2 text-base">
                        <input
                          type="radio"
                          name={`choice_${item.id}`}
                          value={c.value}
                          defaultChecked={chosen(item.id) === c.value}
                          className="h-5 w-5"
                        />
                        {c.label[locale]}
                      </label>
                    ))}
                  </div>
                  {errors.length ? (
                    <p id={`err-${item.id}`} className="mt-1 text-sm text-red-700" data-testid={`error-choice`}>
                      {errors.join(" ")}
                    </p>
                  ) : null}
                </fieldset>
              );
            })}
            <div>
              <label htmlFor="paper-scan" className="mb-1 block font-medium">
                {t("consultation.paperPaperDwellingForm.scanOfTheSignedFormImage")}
              </label>
              <input
                id="paper-scan"
                type="file"
                name="scan"
                required
                accept="image/*,application/pdf"
                className="block w-full"
                aria-invalid={state.fieldErrors?.scan ? true : undefined}
              />
              {state.fieldErrors?.scan ? (
                <p className="mt-1 text-sm text-red-700" data-testid="error-scan">
                  {state.fieldErrors.scan.join(" ")}
                </p>
              ) : null}
              {state.status === "error" ? (
                <p className="mt-1 text-sm text-slate-600">
                  {t("consultation.paperPaperDwellingForm.forSafetyTheBrowserDoesNot")}
                </p>
              ) : null}
            </div>
            <SubmitButton
              label={t("consultation.paperPaperDwellingForm.enterTheWholeForm")}
              className="rounded bg-brand-700 px-5 py-2 font-semibold text-white"
            />
          </>
        );
      }}
    </StateForm>
  );
}
