"use client";
// Opening a ballot on a project's proposed items. Works without JavaScript (the page renders again
// with the state); a refusal — e.g. a closing time before the opening — is shown at its field and
// keeps everything typed.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { openBallotFormAction } from "../forms";

export function OpenBallotForm({ projectId, code, defaultTitle, items, locale }: { projectId: string; code: string; defaultTitle: string; items: number; locale: Locale }) {
  const [state, action, pending] = useActionState(openBallotFormAction, IDLE);
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const running = state.values ? state.values.showRunningResults === "on" : false;
  return (
    <form action={action} className="grid gap-3 rounded border border-slate-200 p-3 text-sm md:grid-cols-2" data-testid={`open-ballot-${code}`}>
      <input type="hidden" name="projectId" value={projectId} />
      <div className="md:col-span-2">
        <FormMessage state={state} testId={`open-ballot-message-${code}`} />
      </div>
      <Field name="title" label={L("表决标题", "Title")} state={state} required defaultValue={defaultTitle} className="md:col-span-2" />
      <Field name="opensAt" label={L("开始时间", "Opens")} type="datetime-local" state={state} required />
      <Field name="closesAt" label={L("截止时间", "Closes")} type="datetime-local" state={state} required hint={L("须晚于开始时间", "After the opening")} />
      <Field name="noticeWorkingDays" label={L("公示期(工作日)", "Notice period (working days)")} type="number" state={state} defaultValue="5" hint={L("1–30 个工作日", "1–30 working days")} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="showRunningResults" defaultChecked={running} />
        {L("截止前向居民显示实时统计", "Show running results to residents")}
      </label>
      <p className="text-slate-600 md:col-span-2">{L(`待表决事项 ${items} 项(提升类、完善类);基础类内容直接纳入。`, `${items} proposed items; basic items are included without a vote.`)}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white md:col-span-2">
        {L("发起表决", "Open ballot")}
      </button>
    </form>
  );
}
