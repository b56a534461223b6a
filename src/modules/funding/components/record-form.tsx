// The form for one funding record: new (empty) or an edit of an existing one (filled in).
import { ActionForm } from "@/components/forms/action-form";
import type { FundingSource, FundingStatus, MatterType } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { createFundingRecordForm, updateFundingRecordForm } from "../actions";
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, FUNDING_STATUS_LABELS } from "../labels";
import { yuanInput } from "@/lib/money";
import { FUNDING_SHARE_LABELS, FUNDING_SHARE_OF_SOURCE } from "../shares";
import { useTranslations } from "next-intl";

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
  const t = useTranslations();
  const today = shanghaiToday();
  const key = record?.id ?? "new";
  return (
    <ActionForm
      action={record ? updateFundingRecordForm : createFundingRecordForm}
      submitLabel={record ? t("funding.recordForm.saveChanges") : t("funding.recordForm.recordFunding")}
      pendingLabel={t("funding.recordForm.saving")}
      successText={record ? t("funding.recordForm.saved") : t("funding.recordForm.recorded")}
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
      <label className="flex flex-col">{t("funding.recordForm.source")}
        <select name="source" className={input} defaultValue={record?.source ?? ""} required>
          <option value="" disabled>{t("funding.recordForm.choose")}</option>
          {FUNDING_SOURCES.map((s) => <option key={s} value={s}>{FUNDING_SOURCE_LABELS[s][locale]}({FUNDING_SHARE_LABELS[FUNDING_SHARE_OF_SOURCE[s]][locale]})</option>)}
        </select>
      </label>
      <label className="flex flex-col">{t("funding.recordForm.status")}
        <select name="status" className={input} defaultValue={record?.status ?? "PLANNED"}>
          {(["PLANNED", "COMMITTED", "PAID"] as const).map((s) => <option key={s} value={s}>{FUNDING_STATUS_LABELS[s][locale]}</option>)}
        </select>
      </label>
      <label className="flex flex-col">{t("funding.recordForm.date")}
        <input type="date" name="recordedOn" className={input} defaultValue={record ? record.recordedOn.toISOString().slice(0, 10) : today} required />
      </label>
      <label className="flex flex-col">{t("funding.recordForm.documentReference")}
        <input name="documentRef" className={input} defaultValue={record?.documentRef ?? ""} placeholder={t("funding.recordForm.eGABudgetApprovalNumber")} />
      </label>
      <label className="flex flex-col">{t("funding.recordForm.plannedYuan")}
        <input name="planned" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.plannedFen) : ""} required />
      </label>
      <label className="flex flex-col">{t("funding.recordForm.committedYuan")}
        <input name="committed" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.committedFen) : "0"} />
      </label>
      <label className="flex flex-col">{t("funding.recordForm.paidYuan")}
        <input name="paid" inputMode="decimal" className={input} defaultValue={record ? yuanInput(record.paidFen) : "0"} />
      </label>
      <label className="flex flex-col">{t("funding.recordForm.forItemOptional")}
        <select name="projectItemId" className={input} defaultValue={record?.projectItemId ?? ""}>
          <option value="">{t("funding.recordForm.wholeProject")}</option>
          {options.items.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}
        </select>
      </label>
      <label className="flex flex-col sm:col-span-2">{t("funding.recordForm.ownersDecisionRequiredForMaintenanceFund")}
        <select name="ballotItemId" className={input} defaultValue={record?.ballotItemId ?? ""}>
          <option value="">{t("funding.recordForm.none")}</option>
          {options.decisions.map((d) => <option key={d.id} value={d.id}>{d.ballotTitle} · {d.title}({d.matter === "SPECIAL" ? t("funding.recordForm.special") : t("funding.recordForm.ordinary")})</option>)}
        </select>
      </label>
      <label className="flex flex-col sm:col-span-2">{record?.attachmentKey ? t("funding.recordForm.replaceAttachmentOptional") : t("funding.recordForm.attachmentOptionalImagePdfWordExcel")}
        <input type="file" name="attachment" accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx" />
      </label>
      <label className="flex flex-col sm:col-span-2 lg:col-span-3">{t("funding.recordForm.note")}
        <input name="note" className={input} defaultValue={record?.note ?? ""} />
      </label>
      <label className="flex items-center gap-2 self-end" htmlFor={`surplus-${key}`}>
        <input id={`surplus-${key}`} type="checkbox" name="confirmSurplus" />
        {t("funding.recordForm.confirmSurplus")}
      </label>
    </ActionForm>
  );
}
