"use client";

import { useActionState, useState, useTransition } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { saveShares, saveTargetForm, setLaggardThresholdForm, takeSnapshotForm } from "../actions";
import { useTranslations } from "next-intl";

const input = "w-full rounded border border-slate-300 px-2 py-1";

export function TargetForm({ year, target }: {
  year: number;
  target: { neighborhoods: number; floorAreaM2: string; households: number; investmentWan: string; note: string } | null;
  locale: Locale;
}) {
  const [state, submit, pending] = useActionState(saveTargetForm, null);
  const [values, setValues] = useState({
    neighborhoods: String(target?.neighborhoods ?? ""), floorAreaM2: target?.floorAreaM2 ?? "", households: String(target?.households ?? ""),
    investmentWan: target?.investmentWan ?? "", note: target?.note ?? "",
  });
  const t = useTranslations();
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const fields = [
    ["neighborhoods", t("programme.targetForms.neighbourhoods")],
    ["floorAreaM2", t("programme.targetForms.floorAreaM")],
    ["households", t("programme.targetForms.households")],
    ["investmentWan", t("programme.targetForms.investment10kYuanOptional")],
    ["note", t("programme.targetForms.basisNote")],
  ] as const;
  return (
    <form action={submit} className="grid gap-3 md:grid-cols-2">
      <input type="hidden" name="year" value={year} />
      {fields.map(([key, label]) => (
        <div key={key}>
          <label htmlFor={`t-${key}`} className="block text-sm text-slate-600">{label}</label>
          <input id={`t-${key}`} name={key} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} className={input} />
          {errors[key] ? <p className="text-sm text-red-700">{errors[key].join(" ")}</p> : null}
        </div>
      ))}
      <div className="flex items-center gap-3 md:col-span-2">
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">{t("programme.targetForms.saveTarget")}</button>
        <span role="status" className="text-sm">
          {state?.ok ? <span className="text-green-700">{t("programme.targetForms.saved")}</span> : null}
          {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}

type Share = { districtId: string; name: string; neighborhoods: number; floorAreaM2: number; households: number };

export function SharesForm({ year, shares }: { year: number; shares: Share[]; locale: Locale }) {
  const [rows, setRows] = useState(shares.map((s) => ({ ...s, neighborhoods: String(s.neighborhoods), floorAreaM2: String(s.floorAreaM2), households: String(s.households) })));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations();
  const total = rows.reduce((sum, r) => sum + (Number(r.neighborhoods) || 0), 0);
  const set = (i: number, key: "neighborhoods" | "floorAreaM2" | "households", value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const save = () =>
    startTransition(async () => {
      const result = await saveShares({ year, shares: rows.map(({ districtId, neighborhoods, floorAreaM2, households }) => ({ districtId, neighborhoods: neighborhoods || 0, floorAreaM2: floorAreaM2 || 0, households: households || 0 })) });
      setMessage(result.ok ? { ok: true, text: t("programme.targetForms.saved") } : { ok: false, text: `${result.error} ${Object.values(result.fieldErrors ?? {}).flat()[0] ?? ""}` });
    });
  return (
    <div className="space-y-3">
      <div className="max-h-[32rem] overflow-y-auto">
        <table className="w-full text-sm">
          <thead className="sticky top-0 border-b bg-white text-left text-slate-600">
            <tr><th className="py-2 pr-2">{t("programme.targetForms.district")}</th><th className="py-2 pr-2">{t("programme.targetForms.neighbourhoods_43ab0")}</th><th className="py-2 pr-2">{t("programme.targetForms.areaM")}</th><th className="py-2">{t("programme.targetForms.households_187be")}</th></tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.districtId} className="border-b last:border-0">
                <td className="py-1 pr-2">{r.name}</td>
                {([["neighborhoods", t("programme.targetForms.neighbourhoods_c7569")], ["floorAreaM2", t("programme.targetForms.floorArea")], ["households", t("programme.targetForms.households_2ef7e")]] as const).map(([key, label]) => (
                  <td key={key} className="py-1 pr-2">
                    <input aria-label={`${r.name} ${label}`} inputMode="decimal" value={r[key]} onChange={(e) => set(i, key, e.target.value)} className={input} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        <button type="button" onClick={save} disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">{t("programme.targetForms.saveShares")}</button>
        <span className="text-sm text-slate-600">{t("programme.targetForms.total", { total: String(total) })}</span>
        {message ? <span role="status" className={message.ok ? "text-sm text-green-700" : "text-sm text-red-700"}>{message.text}</span> : null}
      </div>
    </div>
  );
}

export function SnapshotButton({ year }: { year: number; locale: Locale }) {
  const [state, submit, pending] = useActionState(takeSnapshotForm, null);
  const t = useTranslations();
  return (
    <form action={submit} className="flex items-center gap-3">
      <input type="hidden" name="year" value={year} />
      <button disabled={pending} className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 disabled:opacity-60">{t("programme.targetForms.takeASnapshotNow")}</button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{t("programme.targetForms.snapshotForTaken", { month: String(state.data.month) })}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
      </span>
    </form>
  );
}

export function ThresholdForm({ percent }: { percent: number; locale: Locale }) {
  const [state, submit, pending] = useActionState(setLaggardThresholdForm, null);
  const [value, setValue] = useState(String(percent));
  const t = useTranslations();
  return (
    <form action={submit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="threshold" className="block text-sm text-slate-600">{t("programme.targetForms.followUpThreshold")}</label>
        <input id="threshold" name="percent" value={value} onChange={(e) => setValue(e.target.value)} className="w-24 rounded border border-slate-300 px-2 py-1" />
      </div>
      <button disabled={pending} className="rounded border border-slate-400 px-3 py-1.5 text-sm">{t("programme.targetForms.save")}</button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{t("programme.targetForms.saved")}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error} {state.fieldErrors?.percent?.join(" ")}</span> : null}
      </span>
    </form>
  );
}
