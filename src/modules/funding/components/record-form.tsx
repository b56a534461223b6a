"use client";
// The form for one funding record: new (empty) or an edit of an existing one (filled in). A plain
// POST form (works without JavaScript): a refusal is shown at its field, or above the button for
// a rule, and what was typed is kept.
import { controlProps, FieldError, sentChecked, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { FundingSource, FundingStatus, MatterType } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { createFundingRecordForm, deleteFundingRecordForm, updateFundingRecordForm } from "../forms";
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

export function RecordForm({
  locale,
  projectId,
  record,
  options,
}: {
  locale: Locale;
  projectId: string;
  record?: EditableRecord;
  options: RecordFormOptions;
}) {
  const t = useTranslations();
  const today = shanghaiToday();
  const key = record?.id ?? "new";
  return (
    <StateForm
      action={record ? updateFundingRecordForm : createFundingRecordForm}
      submitLabel={record ? t("funding.recordForm.saveChanges") : t("funding.recordForm.recordFunding")}
      pendingLabel={t("funding.recordForm.saving")}
      successText={record ? t("funding.recordForm.saved") : t("funding.recordForm.recorded")}
      className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4"
      testId={record ? `edit-record-${record.id}` : "new-record"}
    >
      {(state) => {
        const bind = (name: string) => controlProps(state, name, { idPrefix: key });
        const error = (name: string) => <FieldError state={state} name={name} idPrefix={key} />;
        return (
          <>
            {record ? (
              <>
                <input type="hidden" name="recordId" value={record.id} />
                <input type="hidden" name="updatedAt" value={record.updatedAt.toISOString()} />
              </>
            ) : (
              <input type="hidden" name="projectId" value={projectId} />
            )}
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-source`}>{t("funding.recordForm.source")}</label>
              <select
                {...bind("source")}
                className={input}
                defaultValue={sentValue(state, "source", record?.source ?? "")}
                required
              >
                <option value="" disabled>
                  {t("funding.recordForm.choose")}
                </option>
                {FUNDING_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {FUNDING_SOURCE_LABELS[s][locale]}({FUNDING_SHARE_LABELS[FUNDING_SHARE_OF_SOURCE[s]][locale]})
                  </option>
                ))}
              </select>
              {error("source")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-status`}>{t("funding.recordForm.status")}</label>
              <select
                {...bind("status")}
                className={input}
                defaultValue={sentValue(state, "status", record?.status ?? "PLANNED")}
              >
                {(["PLANNED", "COMMITTED", "PAID"] as const).map((s) => (
                  <option key={s} value={s}>
                    {FUNDING_STATUS_LABELS[s][locale]}
                  </option>
                ))}
              </select>
              {error("status")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-recordedOn`}>{t("funding.recordForm.date")}</label>
              <input
                type="date"
                {...bind("recordedOn")}
                className={input}
                defaultValue={sentValue(
                  state,
                  "recordedOn",
                  record ? record.recordedOn.toISOString().slice(0, 10) : today,
                )}
                required
              />
              {error("recordedOn")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-documentRef`}>{t("funding.recordForm.documentReference")}</label>
              <input
                {...bind("documentRef")}
                className={input}
                defaultValue={sentValue(state, "documentRef", record?.documentRef ?? "")}
                placeholder={t("funding.recordForm.eGABudgetApprovalNumber")}
              />
              {error("documentRef")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-planned`}>{t("funding.recordForm.plannedYuan")}</label>
              <input
                {...bind("planned")}
                inputMode="decimal"
                className={input}
                defaultValue={sentValue(state, "planned", record ? yuanInput(record.plannedFen) : "")}
                required
              />
              {error("planned")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-committed`}>{t("funding.recordForm.committedYuan")}</label>
              <input
                {...bind("committed")}
                inputMode="decimal"
                className={input}
                defaultValue={sentValue(state, "committed", record ? yuanInput(record.committedFen) : "0")}
              />
              {error("committed")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-paid`}>{t("funding.recordForm.paidYuan")}</label>
              <input
                {...bind("paid")}
                inputMode="decimal"
                className={input}
                defaultValue={sentValue(state, "paid", record ? yuanInput(record.paidFen) : "0")}
              />
              {error("paid")}
            </div>
            <div className="flex flex-col">
              <label htmlFor={`field-${key}-projectItemId`}>{t("funding.recordForm.forItemOptional")}</label>
              <select
                {...bind("projectItemId")}
                className={input}
                defaultValue={sentValue(state, "projectItemId", record?.projectItemId ?? "")}
              >
                <option value="">{t("funding.recordForm.wholeProject")}</option>
                {options.items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.label}
                  </option>
                ))}
              </select>
              {error("projectItemId")}
            </div>
            <div className="flex flex-col sm:col-span-2">
              <label htmlFor={`field-${key}-ballotItemId`}>
                {t("funding.recordForm.ownersDecisionRequiredForMaintenanceFund")}
              </label>
              <select
                {...bind("ballotItemId")}
                className={input}
                defaultValue={sentValue(state, "ballotItemId", record?.ballotItemId ?? "")}
              >
                <option value="">{t("funding.recordForm.none")}</option>
                {options.decisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.ballotTitle} · {d.title}(
                    {d.matter === "SPECIAL" ? t("funding.recordForm.special") : t("funding.recordForm.ordinary")})
                  </option>
                ))}
              </select>
              {error("ballotItemId")}
            </div>
            <div className="flex flex-col sm:col-span-2">
              <label htmlFor={`field-${key}-attachment`}>
                {record?.attachmentKey
                  ? t("funding.recordForm.replaceAttachmentOptional")
                  : t("funding.recordForm.attachmentOptionalImagePdfWordExcel")}
              </label>
              <input
                type="file"
                {...bind("attachment")}
                accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx"
              />
              {error("attachment")}
            </div>
            <div className="flex flex-col sm:col-span-2 lg:col-span-3">
              <label htmlFor={`field-${key}-note`}>{t("funding.recordForm.note")}</label>
              <input {...bind("note")} className={input} defaultValue={sentValue(state, "note", record?.note ?? "")} />
              {error("note")}
            </div>
            <label className="flex items-center gap-2 self-end" htmlFor={`surplus-${key}`}>
              <input
                id={`surplus-${key}`}
                type="checkbox"
                name="confirmSurplus"
                defaultChecked={sentChecked(state, "confirmSurplus")}
              />
              {t("funding.recordForm.confirmSurplus")}
            </label>
          </>
        );
      }}
    </StateForm>
  );
}

/** Deleting a record that is only planned. */
export function DeleteRecordForm({ recordId, updatedAt }: { recordId: string; updatedAt: string }) {
  const t = useTranslations();
  return (
    <StateForm
      action={deleteFundingRecordForm}
      submitLabel={t("funding.recordForm.deleteThisRecord")}
      pendingLabel="…"
      className="mt-3 text-sm"
    >
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
    </StateForm>
  );
}
