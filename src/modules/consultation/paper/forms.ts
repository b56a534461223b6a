"use server";
// `StateForm` entry points for the paper forms: a refusal renders the form again with what
// was chosen and the errors at their fields, with or without JavaScript.
import { stateOf, type FormState } from "@/lib/form-state";
import { enterDwellingPaperBallot, setContactPhone } from "./actions";

export async function contactPhoneFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  return stateOf(await setContactPhone(form), form, "联系电话已保存,信件和公示将印上该号码。/ Saved.");
}

export async function paperDwellingFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await enterDwellingPaperBallot(form);
  if (!result.ok) {
    // Zod puts an unknown choice under "choices.<item>"; the form's fields are "choice_<item>".
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^choices\./, "choice_"), v]),
    );
    return { ...stateOf(result, form), fieldErrors };
  }
  const { entered, skipped, overridesOnline, proxyName } = result.data;
  const parts = [
    proxyName ? `已录入受托人签字的本户 ${entered} 个事项表决票(委托投票)` : `已录入本户 ${entered} 个事项的纸质表决票`,
    skipped ? `${skipped} 个未填写` : "",
    overridesOnline ? `${overridesOnline} 个事项以纸质票替代线上投票` : "",
  ].filter(Boolean);
  return { status: "ok", message: `${parts.join(",")}。` };
}
