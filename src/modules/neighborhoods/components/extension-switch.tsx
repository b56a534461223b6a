"use client";
// A plain POST form (works without JavaScript): the page, revalidated, shows the new setting.
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { Locale } from "@/lib/i18n/locale";
import { setExtensionFormAction } from "../forms";

/** The district's switch that takes 2001–2005 neighbourhoods in poor condition into scope (read-only for a street-scoped official). */
export function ExtensionSwitch({
  enabled,
  canChange = true,
}: {
  enabled: boolean;
  locale: Locale;
  canChange?: boolean;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={setExtensionFormAction}
      className="flex items-center gap-3 rounded border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      {(state) => (
        <>
          <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
          <span>
            {t("neighborhoods.extensionSwitch.include20012005NeighbourhoodsInPoor")}
            <strong data-testid="extension-state">
              {enabled ? t("neighborhoods.extensionSwitch.on") : t("neighborhoods.extensionSwitch.off")}
            </strong>
          </span>
          {canChange ? (
            <SubmitButton
              label={
                enabled ? t("neighborhoods.extensionSwitch.switchOff") : t("neighborhoods.extensionSwitch.switchOn")
              }
              className="rounded border border-brand-600 px-3 py-1 text-brand-700 disabled:opacity-60"
            />
          ) : null}
          {state.status === "error" ? <FormMessage state={state} /> : null}
        </>
      )}
    </StateForm>
  );
}
