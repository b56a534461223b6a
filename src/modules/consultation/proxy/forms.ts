"use server";
// `StateForm` entry points for the proxy forms: a refusal renders the form again with what
// was typed and the errors at their fields, with or without JavaScript.
import { stateOf, type FormState } from "@/lib/form-state";
import { recordProxy, revokeProxy } from "./actions";

export async function recordProxyFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  return stateOf(
    await recordProxy(form),
    form,
    "委托已登记。受托人签字的表决票请在上方按“受托人签字”录入。/ Proxy recorded.",
  );
}

export async function revokeProxyFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await revokeProxy(form);
  if (!result.ok) return stateOf(result, form);
  const n = result.data.formsNoLongerCounting;
  return {
    status: "ok",
    message: n ? `委托已撤销,受托人已录入的 ${n} 张表决票不再计入(仍保留在记录中)。` : "委托已撤销。",
  };
}
