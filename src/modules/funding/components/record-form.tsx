// The form for one funding record: new (empty) or an edit of an existing one (filled in).
import { ActionForm } from "@/components/forms/action-form";
import type { FundingSource, FundingStatus, MatterType } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { createFundingRecordForm, updateFundingRecordForm } from "../actions";
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, FUNDING_STATUS_LABELS } from "../labels";
import { yuanInput } from "@/lib/money";
import { FUNDING_SHARE_LABELS, FUNDING_SHARE_OF_SOURCE } from "../shares";

const input = "rounded border border-slate-300 px-2 py-1.5";

/** Today's date in Chongqing (UTC+8), as a date field's value. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export type RecordFormOptions = {
  items: { id: string; label: string }[];
  decisions: { id: string; title: string; matter: MatterType; ballotTitle: string }[];
};

export type EditableRecord = {
  id: string;
  source: FundingSource;
  status: FundingStatus;
  plannedFen: bigint;
  committedFen: bigint;
  paidFen: bigint;
  recordedOn: Date;
  documentRef: string;
  note: string;
  projectItemId: string | null;
  ballotItemId: string | null;
  attachmentKey: string | null;
  updatedAt: Date;
};

export function RecordForm({ locale, projectId, record, options }: { locale: Locale; projectId: string; record?: EditableRecord; options: RecordFormOptions }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const today = shanghaiToday();
  const key = record?.id ?? "new";
  return (
    <ActionForm
      action={record ? updateFundingRecordForm : createFundingRecordForm}
      submitLabel={record ? L("保存修改", "Save changes") : L("登记资金", "Record funding")}
      pendingLabel={L("正在保存…", "Saving…")}
      successText={record ? L("已保存。", "Saved.") : L("已登记。", "Recorded.")}
      resetOnSuccess={!record}
      className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4"
      testId={record ? `edit-record-${record.id}` : "new-record"}
    >
      {record ? (
        <>
          <input type="hidden" name="recordId" value={record.id} />
          <input type="hidden" name="updatedAt" value={record.updatedAt.toISOString()} />
        </>
      ) : (
        <input type="hidden" name="projectId" value={projectId} />
      )}
      <label className="flex flex-col">{L("资金来源", "Source")}
        <select name="source" className={input} defaultValue={record?.source ?? ""} required>
          <option value="" disabled>{L("请选择", "Choose")}</option>
          {FUNDING_SOURCES.map((s) => <option key={s} value={s}>{FUNDING_SOURCE_LABELS[s][locale]}({FUNDING_SHARE_LABELS[FUNDING_SHARE_OF_SOURCE[s]][locale]})</option>)}
        </select>
      </label>
      <label className="flex flex-col">{L("状态", "Status")}
        <select name="status" className={input} defaultValue={record?.status ?? "PLANNED"}>
          {(["PLANNED", "COMMITTED", "PAID"] as const).map((s) => <option key={s} value={s}>{FUNDING_STATUS_LABELS[s][locale]}</option>)}
        </select>
      </label>
      <label className="flex flex-col">{L("日期", "Date")}
        <input type="date" name="recordedOn" className={input} defaultValue={record ? record.recordedOn.toISOString().slice(0, 10) : today} required />
      </label>
      <label className="flex flex-col">{L("文件文号", "Document reference")}
        <input name="documentRef" className={input} defaultValue={record?.documentRef ?? ""} placeholder={L("如:渝财建〔2026〕12号", "e.g. a budget approval number")} />
      </label>
      <label className="flex flex-col">{L("计划金额(元)", "Planned (yuan)")}
        <input name="planned" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.plannedFen) : ""} required />
      </label>
      <label className="flex flex-col">{L("已承诺金额(元)", "Committed (yuan)")}
        <input name="committed" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.committedFen) : "0"} />
      </label>
      <label className="flex flex-col">{L("已到位金额(元)", "Paid (yuan)")}
        <input name="paid" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.paidFen) : "0"} />
      </label>
      <label className="flex flex-col">{L("对应改造内容(可选)", "For item (optional)")}
        <select name="projectItemId" className={input} defaultValue={record?.projectItemId ?? ""}>
          <option value="">{L("(整个项目)", "(whole project)")}</option>
          {options.items.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}
        </select>
      </label>
      <label className="flex flex-col sm:col-span-2">{L("业主表决依据(使用或续筹维修资金时必填)", "Owners' decision (required for maintenance-fund records)")}
        <select name="ballotItemId" className={input} defaultValue={record?.ballotItemId ?? ""}>
          <option value="">{L("(无)", "(none)")}</option>
          {options.decisions.map((d) => <option key={d.id} value={d.id}>{d.ballotTitle} · {d.title}({d.matter === "SPECIAL" ? L("特别事项", "special") : L("一般事项", "ordinary")})</option>)}
        </select>
      </label>
      <label className="flex flex-col sm:col-span-2">{record?.attachmentKey ? L("更换附件(可选;图片、PDF、Word、Excel)", "Replace attachment (optional)") : L("附件(可选;图片、PDF、Word、Excel)", "Attachment (optional; image, PDF, Word, Excel)")}
        <input type="file" name="attachment" accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx" />
      </label>
      <label className="flex flex-col sm:col-span-2 lg:col-span-3">{L("备注", "Note")}
        <input name="note" className={input} defaultValue={record?.note ?? ""} />
      </label>
      <label className="flex items-center gap-2 self-end" htmlFor={`surplus-${key}`}>
        <input id={`surplus-${key}`} type="checkbox" name="confirmSurplus" />
        {L("确认超出估算", "Confirm surplus")}
      </label>
    </ActionForm>
  );
}
