"use client";
// The project page's forms: each a plain POST form (works without JavaScript) whose errors are
// shown at their fields and which keeps what was typed after a refusal.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import type { ProjectStage } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { MANAGEMENT_LABELS, REVIEW_CONCLUSION_LABELS, STAGE_LABELS } from "@/lib/labels";
import {
  addDesignReviewForm,
  addMilestoneForm,
  advanceStageForm,
  setManagementModelForm,
  updateMilestoneForm,
  uploadEvidenceForm,
} from "../forms";

const input = "rounded border border-slate-300 px-2 py-1.5";

export function AdvanceStageForm({
  projectId,
  next,
  version,
}: {
  projectId: string;
  next: ProjectStage;
  version: number;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={advanceStageForm}
      submitLabel={t("projects.projectPageForms.moveTo", {
        zh: String(STAGE_LABELS[next].zh),
        en: String(STAGE_LABELS[next].en),
      })}
      pendingLabel={t("projects.projectPageForms.submitting")}
      testId="advance-stage"
    >
      {(state) => (
        <>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="to" value={next} />
          <input type="hidden" name="version" value={version} />
          <label className="block text-sm" htmlFor="field-stage-note">
            {t("projects.projectPageForms.noteOptional")}
          </label>
          <input
            {...controlProps(state, "note", { idPrefix: "stage" })}
            defaultValue={sentValue(state, "note")}
            className={`mt-1 w-full ${input}`}
          />
          <FieldError state={state} name="note" idPrefix="stage" />
        </>
      )}
    </StateForm>
  );
}

export function DesignReviewForm({ projectId, locale }: { projectId: string; locale: Locale }) {
  const t = useTranslations();
  return (
    <StateForm
      action={addDesignReviewForm}
      submitLabel={t("projects.projectPageForms.recordReview")}
      pendingLabel={t("projects.projectPageForms.saving")}
      successText={t("projects.projectPageForms.recorded")}
      className="grid gap-2 text-sm"
    >
      {(state) => (
        <>
          <input type="hidden" name="projectId" value={projectId} />
          <div>
            <label htmlFor="field-review-reviewedOn">{t("projects.projectPageForms.date")}</label>{" "}
            <input
              {...controlProps(state, "reviewedOn", { idPrefix: "review" })}
              type="date"
              defaultValue={sentValue(state, "reviewedOn")}
              className={input}
            />
            <FieldError state={state} name="reviewedOn" idPrefix="review" />
          </div>
          <div>
            <label htmlFor="field-review-experts">{t("projects.projectPageForms.experts")}</label>{" "}
            <input
              {...controlProps(state, "experts", { idPrefix: "review" })}
              defaultValue={sentValue(state, "experts")}
              className={`w-full ${input}`}
            />
            <FieldError state={state} name="experts" idPrefix="review" />
          </div>
          <div>
            <label htmlFor="field-review-conclusion">{t("projects.projectPageForms.conclusion")}</label>{" "}
            <select
              {...controlProps(state, "conclusion", { idPrefix: "review" })}
              className={input}
              defaultValue={sentValue(state, "conclusion", "PASSED")}
            >
              {(["PASSED", "REVISE", "REJECTED"] as const).map((c) => (
                <option key={c} value={c}>
                  {REVIEW_CONCLUSION_LABELS[c][locale]}
                </option>
              ))}
            </select>
            <FieldError state={state} name="conclusion" idPrefix="review" />
          </div>
          <div>
            <label htmlFor="field-review-notes">{t("projects.projectPageForms.notes")}</label>{" "}
            <textarea
              {...controlProps(state, "notes", { idPrefix: "review" })}
              rows={2}
              defaultValue={sentValue(state, "notes")}
              className={`w-full ${input}`}
            />
            <FieldError state={state} name="notes" idPrefix="review" />
          </div>
        </>
      )}
    </StateForm>
  );
}

const MODELS = ["PROPERTY_COMPANY", "COMMUNITY_SERVICE_CENTRE", "SELF_MANAGEMENT"] as const;

export function ManagementModelForm({
  projectId,
  model,
  note,
  locale,
}: {
  projectId: string;
  model: string | null;
  note: string;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={setManagementModelForm}
      submitLabel={t("projects.projectPageForms.save")}
      pendingLabel={t("projects.projectPageForms.saving")}
      successText={t("projects.projectPageForms.saved")}
      className="mt-3 grid gap-2 text-sm"
    >
      {(state) => (
        <>
          <input type="hidden" name="projectId" value={projectId} />
          <fieldset {...controlProps(state, "model", { idPrefix: "management" })} className="grid gap-2">
            {MODELS.map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="model"
                  value={m}
                  defaultChecked={sentValue(state, "model", model ?? "") === m}
                />{" "}
                {MANAGEMENT_LABELS[m][locale]}
              </label>
            ))}
            <FieldError state={state} name="model" idPrefix="management" />
          </fieldset>
          <div>
            <label htmlFor="field-management-note">{t("projects.projectPageForms.note")}</label>{" "}
            <input
              {...controlProps(state, "note", { idPrefix: "management" })}
              defaultValue={sentValue(state, "note", note)}
              className={`w-full ${input}`}
            />
            <FieldError state={state} name="note" idPrefix="management" />
          </div>
        </>
      )}
    </StateForm>
  );
}

export function MilestoneUpdateForm({
  milestone,
}: {
  milestone: { id: string; name: string; progress: number; actualEnd: string };
}) {
  const t = useTranslations();
  const m = milestone;
  return (
    <StateForm
      action={updateMilestoneForm}
      submitLabel={t("projects.projectPageForms.save_5fe30")}
      pendingLabel="…"
      className="flex flex-wrap items-center gap-1"
    >
      {(state) => (
        <>
          <input type="hidden" name="milestoneId" value={m.id} />
          <input
            {...controlProps(state, "progress", { idPrefix: m.id })}
            type="number"
            min={0}
            max={100}
            defaultValue={sentValue(state, "progress", String(m.progress))}
            aria-label={t("projects.projectPageForms.progress_6d376", { name: String(m.name) })}
            className={`w-16 ${input}`}
          />
          <input
            {...controlProps(state, "actualEnd", { idPrefix: m.id })}
            type="date"
            defaultValue={sentValue(state, "actualEnd", m.actualEnd)}
            aria-label={t("projects.projectPageForms.finishedOn", { name: String(m.name) })}
            className={input}
          />
          <FieldError state={state} name="progress" idPrefix={m.id} />
          <FieldError state={state} name="actualEnd" idPrefix={m.id} />
        </>
      )}
    </StateForm>
  );
}

export function AddMilestoneForm({ projectId }: { projectId: string }) {
  const t = useTranslations();
  return (
    <StateForm
      action={addMilestoneForm}
      submitLabel={t("projects.projectPageForms.addMilestone")}
      pendingLabel={t("projects.projectPageForms.saving")}
      className="mt-3 flex flex-wrap items-end gap-2 text-sm"
      testId="add-milestone"
    >
      {(state) => (
        <>
          <input type="hidden" name="projectId" value={projectId} />
          {(
            [
              ["name", t("projects.projectPageForms.name"), "text"],
              ["plannedStart", t("projects.projectPageForms.plannedStart"), "date"],
              ["plannedEnd", t("projects.projectPageForms.plannedEnd"), "date"],
            ] as const
          ).map(([name, label, type]) => (
            <div key={name} className="flex flex-col">
              <label htmlFor={`field-milestone-${name}`}>{label}</label>
              <input
                {...controlProps(state, name, { idPrefix: "milestone" })}
                type={type}
                defaultValue={sentValue(state, name)}
                className={input}
              />
              <FieldError state={state} name={name} idPrefix="milestone" />
            </div>
          ))}
        </>
      )}
    </StateForm>
  );
}

export function UploadEvidenceForm({
  projectId,
  milestones,
}: {
  projectId: string;
  milestones: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <StateForm
      action={uploadEvidenceForm}
      submitLabel={t("projects.projectPageForms.upload")}
      pendingLabel={t("projects.projectPageForms.uploading")}
      successText={t("projects.projectPageForms.uploaded")}
      className="flex flex-wrap items-end gap-2 text-sm"
      testId="upload-evidence"
    >
      {(state) => (
        <>
          <input type="hidden" name="projectId" value={projectId} />
          <div className="flex flex-col">
            <label htmlFor="field-evidence-file">{t("projects.projectPageForms.fileImagePdfWordExcelUp")}</label>
            <input
              {...controlProps(state, "file", { idPrefix: "evidence" })}
              type="file"
              accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx"
            />
            <FieldError state={state} name="file" idPrefix="evidence" />
          </div>
          <div className="flex flex-col">
            <label htmlFor="field-evidence-caption">{t("projects.projectPageForms.caption")}</label>
            <input
              {...controlProps(state, "caption", { idPrefix: "evidence" })}
              defaultValue={sentValue(state, "caption")}
              className={input}
            />
            <FieldError state={state} name="caption" idPrefix="evidence" />
          </div>
          <div className="flex flex-col">
            <label htmlFor="field-evidence-milestoneId">{t("projects.projectPageForms.milestone_68703")}</label>
            <select
              {...controlProps(state, "milestoneId", { idPrefix: "evidence" })}
              className={input}
              defaultValue={sentValue(state, "milestoneId")}
            >
              <option value="">{t("projects.projectPageForms.none")}</option>
              {milestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <FieldError state={state} name="milestoneId" idPrefix="evidence" />
          </div>
        </>
      )}
    </StateForm>
  );
}
