"use server";
// Plain-form entry points (work without JavaScript): post, then redirect back with the outcome.
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action";
import { answerFeedback, rateProject, reportProblem } from "./actions";

function back(path: string, result: ActionResult<unknown>, ok: string): never {
  redirect(`${path}?${new URLSearchParams(result.ok ? { ok } : { error: result.error }).toString()}`);
}

export async function reportProblemForm(form: FormData) {
  back(`/resident/projects/${String(form.get("projectId"))}`, await reportProblem(form), "reported");
}

export async function rateProjectForm(form: FormData) {
  back(`/resident/projects/${String(form.get("projectId"))}`, await rateProject(form), "rated");
}

export async function answerFeedbackForm(form: FormData) {
  back("/district/feedback", await answerFeedback(form), "answered");
}
