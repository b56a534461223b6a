"use client";
// The commission's programme forms: the year's target, its shares by district, a snapshot now, and
// the follow-up threshold. Plain POST forms (they work without JavaScript); a refusal keeps what
// was typed, each error at its field.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { saveSharesFormAction, saveTargetFormAction, setThresholdFormAction, takeSnapshotFormAction } from "../forms";

const input = "w-full rounded border border-slate-300 px-2 py-1";

export function TargetForm({
  year,
  target,
}: {
  year: number;
  target: {
    neighborhoods: number;
    floorAreaM2: string;
    households: number;
    investmentWan: string;
    note: string;
  } | null;
  locale: Locale;
}) {
  const t = useTranslations();
  const saved = {
    neighborhoods: String(target?.neighborhoods ?? ""),
    floorAreaM2: target?.floorAreaM2 ?? "",
    households: String(target?.households ?? ""),
    investmentWan: target?.investmentWan ?? "",
    note: target?.note ?? "",
  };
  const fields = [
    ["neighborhoods", t("programme.targetForms.neighbourhoods")],
    ["floorAreaM2", t("programme.targetForms.floorAreaM")],
    ["households", t("programme.targetForms.households")],
    ["investmentWan", t("programme.targetForms.investment10kYuanOptional")],
    ["note", t("programme.targetForms.basisNote")],
  ] as const;
  return (
    <StateForm
      action={saveTargetFormAction}
      successText={t("programme.targetForms.saved")}
      className="grid gap-3 md:grid-cols-2"
    >
      {(state) => (
        <>
          <input type="hidden" name="year" value={year} />
          {fields.map(([key, label]) => (
            <div key={key}>
              <label htmlFor={`field-target-${key}`} className="block text-sm text-slate-600">
                {label}
              </label>
              <input
                {...controlProps(state, key, { idPrefix: "target" })}
                defaultValue={sentValue(state, key, saved[key])}
                className={input}
              />
              <FieldError state={state} name={key} idPrefix="target" />
            </div>
          ))}
          <div className="flex items-center gap-3 md:col-span-2">
            <SubmitButton
              label={t("programme.targetForms.saveTarget")}
              className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
            />
            <Status state={state} />
          </div>
        </>
      )}
    </StateForm>
  );
}

/** The answer beside a form's button: saved, or why not. */
function Status({ state, ok }: { state: FormState; ok?: string }) {
  return (
    <span role="status" className="text-sm">
      {state.status === "ok" ? <span className="text-green-700">{ok ?? state.message}</span> : null}
      {state.status === "error" ? <span className="text-red-700">{state.message}</span> : null}
    </span>
  );
}

type Share = { districtId: string; name: string; neighborhoods: number; floorAreaM2: number; households: number };
const SHARE_FIELDS = ["neighborhoods", "floorAreaM2", "households"] as const;

export function SharesForm({ year, shares }: { year: number; shares: Share[]; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={saveSharesFormAction} successText={t("programme.targetForms.saved")} className="space-y-3">
      {(state) => <ShareRows year={year} shares={shares} state={state} />}
    </StateForm>
  );
}

/** The table, with its running total (mounted afresh after each answer, from what was sent or saved). */
function ShareRows({ year, shares, state }: { year: number; shares: Share[]; state: FormState }) {
  const t = useTranslations();
  const [rows, setRows] = useState(() =>
    shares.map(
      (s) =>
        ({
          ...s,
          ...Object.fromEntries(
            SHARE_FIELDS.map((key) => [key, sentValue(state, `${key}.${s.districtId}`, String(s[key]))]),
          ),
        }) as Share & Record<(typeof SHARE_FIELDS)[number], string>,
    ),
  );
  const total = rows.reduce((sum, r) => sum + (Number(r.neighborhoods) || 0), 0);
  const set = (i: number, key: (typeof SHARE_FIELDS)[number], value: string) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const labels = {
    neighborhoods: t("programme.targetForms.neighbourhoods_c7569"),
    floorAreaM2: t("programme.targetForms.floorArea"),
    households: t("programme.targetForms.households_2ef7e"),
  };
  return (
    <>
      <input type="hidden" name="year" value={year} />
      <div className="max-h-[32rem] overflow-y-auto">
        <table className="w-full text-sm">
          <thead className="sticky top-0 border-b bg-white text-left text-slate-600">
            <tr>
              <th className="py-2 pr-2">{t("programme.targetForms.district")}</th>
              <th className="py-2 pr-2">{t("programme.targetForms.neighbourhoods_43ab0")}</th>
              <th className="py-2 pr-2">{t("programme.targetForms.areaM")}</th>
              <th className="py-2">{t("programme.targetForms.households_187be")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.districtId} className="border-b last:border-0">
                <td className="py-1 pr-2">
                  {r.name}
                  <input type="hidden" name="districtId" value={r.districtId} />
                </td>
                {SHARE_FIELDS.map((key) => (
                  <td key={key} className="py-1 pr-2">
                    <input
                      {...controlProps(state, `${key}.${r.districtId}`)}
                      aria-label={`${r.name} ${labels[key]}`}
                      inputMode="decimal"
                      value={r[key]}
                      onChange={(e) => set(i, key, e.target.value)}
                      className={input}
                    />
                    <FieldError state={state} name={`${key}.${r.districtId}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton
          label={t("programme.targetForms.saveShares")}
          className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        />
        <span className="text-sm text-slate-600">{t("programme.targetForms.total", { total: String(total) })}</span>
        <Status state={state} />
      </div>
    </>
  );
}

export function SnapshotButton({ year }: { year: number; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm action={takeSnapshotFormAction} className="flex items-center gap-3">
      {(state) => (
        <>
          <input type="hidden" name="year" value={year} />
          <SubmitButton
            label={t("programme.targetForms.takeASnapshotNow")}
            className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 disabled:opacity-60"
          />
          <Status state={state} ok={t("programme.targetForms.snapshotForTaken", { month: state.data?.month ?? "" })} />
        </>
      )}
    </StateForm>
  );
}

export function ThresholdForm({ percent }: { percent: number; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm
      action={setThresholdFormAction}
      successText={t("programme.targetForms.saved")}
      className="flex flex-wrap items-end gap-2"
    >
      {(state) => (
        <>
          <div>
            <label htmlFor="field-percent" className="block text-sm text-slate-600">
              {t("programme.targetForms.followUpThreshold")}
            </label>
            <input
              {...controlProps(state, "percent")}
              defaultValue={sentValue(state, "percent", String(percent))}
              className="w-24 rounded border border-slate-300 px-2 py-1"
            />
          </div>
          <SubmitButton
            label={t("programme.targetForms.save")}
            className="rounded border border-slate-400 px-3 py-1.5 text-sm"
          />
          <Status state={state} />
          <FieldError state={state} name="percent" />
        </>
      )}
    </StateForm>
  );
}
