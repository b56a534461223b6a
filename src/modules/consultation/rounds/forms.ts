"use server";
// `StateForm` entry points for extending a ballot and opening its next round; they work with
// JavaScript off (the page renders again with the state), errors at their fields.
import { redirect } from "next/navigation";
import { stateOf, type FormState } from "@/lib/form-state";
import { extendBallot, openSecondRound } from "./actions";

export async function extendBallotFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await extendBallot(form);
  if (!result.ok) return stateOf(result, form);
  const at = result.data.closesAt.toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  });
  return { status: "ok", message: `截止时间已延长至 ${at}(只能延长这一次)。/ Extended.` };
}

export async function secondRoundFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await openSecondRound(form);
  if (!result.ok) return stateOf(result, form);
  redirect(`/district/consultations/${result.data.id}?ok=opened`);
}
