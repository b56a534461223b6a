"use server";
// Plain-form entry points: each posts FormData to an action and redirects back with the outcome
// in the address, so the pages work with JavaScript switched off (old phones) as well as with it.
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action";
import { stateOf, type FormState } from "@/lib/form-state";
import {
  answerObjection,
  closeBallot,
  enterPaperBallot,
  finalizeBallot,
  issueBindingCodes,
  lodgeObjection,
  openBallot,
  publishBallot,
  redeemBindingCode,
  revokeBindingCode,
  voidPaperBallot,
} from "./actions";

function back(path: string, result: ActionResult<unknown>, ok: string): never {
  const [base, hash] = path.split("#");
  const params = new URLSearchParams(result.ok ? { ok } : { error: result.error });
  redirect(`${base}${base!.includes("?") ? "&" : "?"}${params.toString()}${hash ? `#${hash}` : ""}`);
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function objectionForm(form: FormData) {
  back(`/resident/ballots/${field(form, "ballotId")}`, await lodgeObjection(form), "objected");
}

/** For `StateForm`: a refusal renders the page again with the code still typed and the error at the field. */
export async function redeemFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await redeemBindingCode(form);
  if (result.ok) redirect("/resident?ok=bound");
  return stateOf(result, form);
}

/** For `StateForm`: a refusal keeps the title, both times and the settings, the error at its field. */
export async function openBallotFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await openBallot(form);
  if (result.ok) redirect(`/district/consultations/${result.data.id}?ok=opened`);
  return stateOf(result, form);
}

export async function ballotStepForm(form: FormData) {
  const ballotId = field(form, "ballotId");
  const step = field(form, "step");
  const action = step === "close" ? closeBallot : step === "publish" ? publishBallot : finalizeBallot;
  back(`/district/consultations/${ballotId}`, await action({ ballotId }), step);
}

export async function paperBallotForm(form: FormData) {
  back(`/district/consultations/${field(form, "ballotId")}#paper`, await enterPaperBallot(form), "paper");
}

export async function voidPaperForm(form: FormData) {
  back(`/district/consultations/${field(form, "ballotId")}#paper`, await voidPaperBallot(form), "voided");
}

export async function answerObjectionForm(form: FormData) {
  back(`/district/consultations/${field(form, "ballotId")}#objections`, await answerObjection(form), "answered");
}

export async function issueCodesForm(form: FormData) {
  back(`/district/consultations/codes/${field(form, "neighborhoodId")}`, await issueBindingCodes(form), "issued");
}

export async function revokeCodeForm(form: FormData) {
  back(`/district/consultations/codes/${field(form, "neighborhoodId")}`, await revokeBindingCode(form), "reissued");
}
