"use client";

import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { setDistrictExtensionForm } from "../actions";
import { useTranslations } from "next-intl";

/** The district's switch that takes 2001–2005 neighbourhoods in poor condition into scope (read-only for a street-scoped official). */
export function ExtensionSwitch({ enabled, canChange = true }: { enabled: boolean; locale: Locale; canChange?: boolean }) {
  const [state, submit, pending] = useActionState(setDistrictExtensionForm, null);
  const t = useTranslations();
  const on = state?.ok ? state.data.enabled : enabled;
  return (
    <form action={submit} className="flex items-center gap-3 rounded border border-slate-200 bg-white px-3 py-2 text-sm">
      <input type="hidden" name="enabled" value={on ? "false" : "true"} />
      <span>
        {t("neighborhoods.extensionSwitch.include20012005NeighbourhoodsInPoor")}
        <strong data-testid="extension-state">{on ? t("neighborhoods.extensionSwitch.on") : t("neighborhoods.extensionSwitch.off")}</strong>
      </span>
      {canChange ? (
        <button type="submit" disabled={pending} className="rounded border border-brand-600 px-3 py-1 text-brand-700 disabled:opacity-60">
          {on ? t("neighborhoods.extensionSwitch.switchOff") : t("neighborhoods.extensionSwitch.switchOn")}
        </button>
      ) : null}
      {state && !state.ok ? <span role="alert" className="text-red-700">{state.error}</span> : null}
    </form>
  );
}
