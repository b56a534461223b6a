"use client";
// The dwelling page's forms: each a plain POST form around a server action (works without
// JavaScript), with errors at the field and what was typed kept.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { IDLE, type FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { removeDwellingForm, revealOwnersForm, setDwellingOwnersForm, updateDwellingForm, type RevealState } from "../dwelling-actions";

const button = "rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
const T = (locale: Locale) => (zh: string, en: string) => (locale === "zh" ? zh : en);

export function RevealOwners({ dwellingId, locale }: { dwellingId: string; locale: Locale }) {
  const L = T(locale);
  const [state, action, pending] = useActionState<RevealState, FormData>(revealOwnersForm, { status: "idle" });
  if (state.status === "ok") {
    return (
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="revealed-owners">
        <p className="mb-2 font-semibold text-amber-900">{L("完整信息(本次查看已记入操作日志)", "Full details (this view is recorded in the audit log)")}</p>
        <ul className="space-y-1">
          {(state.owners ?? []).map((o) => (
            <li key={o.id}>{o.name} · {L("身份证号末四位", "ID ends")} {o.idLast4} · {o.phone || L("未登记电话", "no phone")}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form action={action} method="post" className="space-y-2">
      <input type="hidden" name="dwellingId" value={dwellingId} />
      <button type="submit" disabled={pending} className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 disabled:opacity-60">
        {L("查看完整信息", "Show full details")}
      </button>
      <p className="text-xs text-slate-600">{L("姓名和电话默认隐去部分字符;查看完整信息会记录查看人和时间。", "Names and phones are partly hidden; showing them in full records who looked and when.")}</p>
      {state.status === "error" ? <p role="alert" className="text-sm text-red-700">{state.message}</p> : null}
    </form>
  );
}

export function EditDwellingForm({ dwelling, locale }: { dwelling: { id: string; room: string; floor: number; areaM2: string }; locale: Locale }) {
  const L = T(locale);
  const [state, action, pending] = useActionState<FormState, FormData>(updateDwellingForm, IDLE);
  return (
    <form action={action} method="post" className="grid gap-3 sm:grid-cols-3" data-testid="edit-dwelling">
      <input type="hidden" name="dwellingId" value={dwelling.id} />
      <Field name="room" label={L("房号", "Room")} state={state} defaultValue={dwelling.room} />
      <Field name="floor" label={L("所在楼层", "Floor")} state={state} inputMode="numeric" defaultValue={String(dwelling.floor)} />
      <Field name="area" label={L("专有部分面积(平方米)", "Exclusive area (m²)")} state={state} defaultValue={dwelling.areaM2} />
      <div className="sm:col-span-3 space-y-2">
        <FormMessage state={state} testId="edit-dwelling-message" />
        <button type="submit" disabled={pending} className={button}>{L("保存房屋信息", "Save dwelling")}</button>
      </div>
    </form>
  );
}

export function OwnersForm({ dwellingId, hasOwners, locale }: { dwellingId: string; hasOwners: boolean; locale: Locale }) {
  const L = T(locale);
  const [state, action, pending] = useActionState<FormState, FormData>(setDwellingOwnersForm, IDLE);
  return (
    <form action={action} method="post" className="grid gap-3 sm:grid-cols-3" data-testid="owners-form">
      <input type="hidden" name="dwellingId" value={dwellingId} />
      <p className="text-sm text-slate-700 sm:col-span-3">
        {hasOwners
          ? L("重新登记将替换本户现有业主。身份证号不保存,需重新填写;系统只保留加密摘要和末四位。", "Registering again replaces the current owners. ID numbers are not kept, so type them again; only a keyed hash and the last four are stored.")
          : L("身份证号只用于确认同一业主(一人多套只计一人),系统只保留加密摘要和末四位。", "The ID number only tells one owner from another (one owner of several dwellings counts once); only a keyed hash and the last four are stored.")}
      </p>
      <Field name="ownerName" label={L("业主姓名", "Owner's name")} state={state} />
      <Field name="ownerId" label={L("业主身份证号", "Owner's ID number")} state={state} hint={L("18位,末位可为X", "18 characters, the last may be X")} />
      <Field name="ownerPhone" label={L("业主电话(可不填)", "Owner's phone (optional)")} state={state} type="tel" inputMode="tel" />
      <Field name="coOwnerNames" label={L("共有人姓名", "Co-owners' names")} state={state} hint={L("多人用“、”分隔", "separate with 、")} />
      <Field name="coOwnerIds" label={L("共有人身份证号", "Co-owners' ID numbers")} state={state} hint={L("与姓名一一对应", "one per name")} />
      <Field name="coOwnerPhones" label={L("共有人电话", "Co-owners' phones")} state={state} hint={L("可不填", "optional")} />
      <div className="sm:col-span-3 space-y-2">
        <FormMessage state={state} testId="owners-message" />
        <button type="submit" disabled={pending} className={button}>{L("登记业主", "Register owners")}</button>
      </div>
    </form>
  );
}

export function RemoveDwelling({ dwellingId, blockedBy, locale }: { dwellingId: string; blockedBy: string[]; locale: Locale }) {
  const L = T(locale);
  const [state, action, pending] = useActionState<FormState, FormData>(removeDwellingForm, IDLE);
  return (
    <form action={action} method="post" className="space-y-2">
      <input type="hidden" name="dwellingId" value={dwellingId} />
      {blockedBy.length ? (
        <p className="text-sm text-slate-700">{L(`该房屋已有${blockedBy.join("、")},不能删除。`, "This dwelling already has votes, ballots, cost shares or residents and cannot be removed.")}</p>
      ) : (
        <p className="text-sm text-slate-700">{L("登记错误的房屋可以删除;已有表决、纸质票、电梯费用分摊或绑定居民的房屋不能删除。", "A dwelling entered by mistake can be removed; not once it has votes, paper ballots, lift cost shares or bound residents.")}</p>
      )}
      {blockedBy.length ? null : (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" required /> {L("确认删除该房屋(删除后不能恢复)", "Confirm removal (cannot be undone)")}
        </label>
      )}
      <FormMessage state={state} testId="remove-message" />
      <button type="submit" disabled={pending || blockedBy.length > 0} className="rounded-md border border-red-700 px-4 py-2 text-sm font-semibold text-red-700 disabled:opacity-50">
        {L("删除该房屋", "Remove dwelling")}
      </button>
    </form>
  );
}
