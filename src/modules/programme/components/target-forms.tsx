"use client";

import { useActionState, useState, useTransition } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { saveShares, saveTargetForm, setLaggardThresholdForm, takeSnapshotForm } from "../actions";

const input = "w-full rounded border border-slate-300 px-2 py-1";

export function TargetForm({ year, target, locale }: {
  year: number;
  target: { neighborhoods: number; floorAreaM2: string; households: number; investmentWan: string; note: string } | null;
  locale: Locale;
}) {
  const [state, submit, pending] = useActionState(saveTargetForm, null);
  const [values, setValues] = useState({
    neighborhoods: String(target?.neighborhoods ?? ""), floorAreaM2: target?.floorAreaM2 ?? "", households: String(target?.households ?? ""),
    investmentWan: target?.investmentWan ?? "", note: target?.note ?? "",
  });
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const fields = [
    ["neighborhoods", L("小区数(个)", "Neighbourhoods")],
    ["floorAreaM2", L("改造面积(平方米)", "Floor area (m²)")],
    ["households", L("受益户数(户)", "Households")],
    ["investmentWan", L("投资(万元,可不填)", "Investment (10k yuan, optional)")],
    ["note", L("依据/备注", "Basis / note")],
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
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">{L("保存目标", "Save target")}</button>
        <span role="status" className="text-sm">
          {state?.ok ? <span className="text-green-700">{L("已保存。", "Saved.")}</span> : null}
          {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}

type Share = { districtId: string; name: string; neighborhoods: number; floorAreaM2: number; households: number };

export function SharesForm({ year, shares, locale }: { year: number; shares: Share[]; locale: Locale }) {
  const [rows, setRows] = useState(shares.map((s) => ({ ...s, neighborhoods: String(s.neighborhoods), floorAreaM2: String(s.floorAreaM2), households: String(s.households) })));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const total = rows.reduce((sum, r) => sum + (Number(r.neighborhoods) || 0), 0);
  const set = (i: number, key: "neighborhoods" | "floorAreaM2" | "households", value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const save = () =>
    startTransition(async () => {
      const result = await saveShares({ year, shares: rows.map(({ districtId, neighborhoods, floorAreaM2, households }) => ({ districtId, neighborhoods: neighborhoods || 0, floorAreaM2: floorAreaM2 || 0, households: households || 0 })) });
      setMessage(result.ok ? { ok: true, text: L("已保存。", "Saved.") } : { ok: false, text: `${result.error} ${Object.values(result.fieldErrors ?? {}).flat()[0] ?? ""}` });
    });
  return (
    <div className="space-y-3">
      <div className="max-h-[32rem] overflow-y-auto">
        <table className="w-full text-sm">
          <thead className="sticky top-0 border-b bg-white text-left text-slate-600">
            <tr><th className="py-2 pr-2">{L("区县", "District")}</th><th className="py-2 pr-2">{L("小区数", "Neighbourhoods")}</th><th className="py-2 pr-2">{L("面积(㎡)", "Area (m²)")}</th><th className="py-2">{L("户数", "Households")}</th></tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.districtId} className="border-b last:border-0">
                <td className="py-1 pr-2">{r.name}</td>
                {([["neighborhoods", L("小区数", "neighbourhoods")], ["floorAreaM2", L("面积", "floor area")], ["households", L("户数", "households")]] as const).map(([key, label]) => (
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
        <button type="button" onClick={save} disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">{L("保存分解目标", "Save shares")}</button>
        <span className="text-sm text-slate-600">{L(`各区县小区数合计 ${total}`, `Total ${total}`)}</span>
        {message ? <span role="status" className={message.ok ? "text-sm text-green-700" : "text-sm text-red-700"}>{message.text}</span> : null}
      </div>
    </div>
  );
}

export function SnapshotButton({ year, locale }: { year: number; locale: Locale }) {
  const [state, submit, pending] = useActionState(takeSnapshotForm, null);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={submit} className="flex items-center gap-3">
      <input type="hidden" name="year" value={year} />
      <button disabled={pending} className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 disabled:opacity-60">{L("立即生成快照", "Take a snapshot now")}</button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{L(`已生成${state.data.month}快照。`, `Snapshot for ${state.data.month} taken.`)}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}
      </span>
    </form>
  );
}

export function ThresholdForm({ percent, locale }: { percent: number; locale: Locale }) {
  const [state, submit, pending] = useActionState(setLaggardThresholdForm, null);
  const [value, setValue] = useState(String(percent));
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <form action={submit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="threshold" className="block text-sm text-slate-600">{L("约谈线(开工率或完工率低于,%)", "Follow-up threshold (%)")}</label>
        <input id="threshold" name="percent" value={value} onChange={(e) => setValue(e.target.value)} className="w-24 rounded border border-slate-300 px-2 py-1" />
      </div>
      <button disabled={pending} className="rounded border border-slate-400 px-3 py-1.5 text-sm">{L("保存", "Save")}</button>
      <span role="status" className="text-sm">
        {state?.ok ? <span className="text-green-700">{L("已保存。", "Saved.")}</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.error} {state.fieldErrors?.percent?.join(" ")}</span> : null}
      </span>
    </form>
  );
}
