"use server";
// The departments' form entry points: a refusal renders the form again with what was typed and
// each error at its field; they work with JavaScript off.
import { formEntry } from "@/lib/form-state";
import { completeTask, escalateOverdueNow, rejectTask, saveDuty, saveRule, startTask } from "./actions";

export const startTaskForm = formEntry(startTask);
export const completeTaskForm = formEntry(completeTask);
export const rejectTaskForm = formEntry(rejectTask);
export const saveDutyForm = formEntry(saveDuty);
export const saveRuleForm = formEntry(saveRule);
export const escalateOverdueNowForm = formEntry(escalateOverdueNow);
