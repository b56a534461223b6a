"use client";
// A department's answers to a task: take it up, record the result, or reject it. Plain POST forms
// (they work without JavaScript); a refusal is shown at its field and keeps what was typed.
import { useTranslations } from "next-intl";
import { controlProps, FieldError, sentValue } from "@/components/forms/field";
import { StateForm } from "@/components/forms/state-form";
import { completeTaskForm, rejectTaskForm, startTaskForm } from "../forms";

const input = "rounded border border-slate-300 px-2 py-1.5";

export function StartTaskForm({ taskId, again }: { taskId: string; again: boolean }) {
  const t = useTranslations();
  return (
    <StateForm
      action={startTaskForm}
      submitLabel={again ? t("departments.taskForms.takeUpAgain") : t("departments.taskForms.startWork")}
      pendingLabel={t("departments.taskForms.submitting")}
      testId="start-task"
    >
      <input type="hidden" name="taskId" value={taskId} />
      <p className="text-sm text-slate-600">{t("departments.taskForms.marksTheTaskInProgressFor")}</p>
    </StateForm>
  );
}

export function CompleteTaskForm({ taskId }: { taskId: string }) {
  const t = useTranslations();
  return (
    <StateForm
      action={completeTaskForm}
      submitLabel={t("departments.taskForms.markDone")}
      pendingLabel={t("departments.taskForms.submitting")}
      className="grid gap-2 text-sm"
      testId="complete-task"
    >
      {(state) => (
        <>
          <input type="hidden" name="taskId" value={taskId} />
          <div className="flex flex-col">
            <label htmlFor="field-complete-note">{t("departments.taskForms.result")}</label>
            <textarea
              {...controlProps(state, "note", { idPrefix: "complete" })}
              rows={3}
              defaultValue={sentValue(state, "note")}
              className={input}
            />
            <FieldError state={state} name="note" idPrefix="complete" />
          </div>
          <div className="flex flex-col">
            <label htmlFor="field-complete-files">
              {t("departments.taskForms.attachmentsReportsLettersImagePdfWord")}
            </label>
            <input
              {...controlProps(state, "files", { idPrefix: "complete" })}
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx"
            />
            <FieldError state={state} name="files" idPrefix="complete" />
          </div>
        </>
      )}
    </StateForm>
  );
}

export function RejectTaskForm({ taskId }: { taskId: string }) {
  const t = useTranslations();
  return (
    <StateForm
      action={rejectTaskForm}
      submitLabel={t("departments.taskForms.reject")}
      pendingLabel={t("departments.taskForms.submitting")}
      className="grid gap-2 text-sm"
      testId="reject-task"
    >
      {(state) => (
        <>
          <input type="hidden" name="taskId" value={taskId} />
          <div className="flex flex-col">
            <label htmlFor="field-reject-reason">{t("departments.taskForms.reasonRequiredTheDistrictActsOn")}</label>
            <textarea
              {...controlProps(state, "reason", { idPrefix: "reject" })}
              rows={3}
              defaultValue={sentValue(state, "reason")}
              className={input}
            />
            <FieldError state={state} name="reason" idPrefix="reject" />
          </div>
        </>
      )}
    </StateForm>
  );
}
