"use server";
// Form entry points for the account pages (StateForm; they work without JavaScript).
import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/home";
import { clearSessionCookie, setSessionCookie } from "@/lib/auth/session";
import { stateOf, type FormState } from "@/lib/form-state";
import { changeOwnPassword, signOutEverywhere } from "./self-service";

export async function changePasswordForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await changeOwnPassword(form);
  if (!result.ok) return stateOf(result, form);
  await setSessionCookie(result.data.token, result.data.maxAge);
  redirect(`${homePathFor(result.data.role)}?ok=password-changed`);
}

export async function signOutEverywhereForm(): Promise<void> {
  await signOutEverywhere({});
  await clearSessionCookie();
  redirect("/login?signedOut=1");
}
