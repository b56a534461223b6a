"use server";
// Plain-form entry points (work without JavaScript): post, then back to the page the form was
// on (the resident's home or the list) with the outcome, or on to the notice's own page.
import { redirect } from "next/navigation";
import { markNotificationsRead, openNotification } from "./actions";
import { RETURN_PATHS, ReturnTo } from "./schema";

const back = (form: FormData) => RETURN_PATHS[ReturnTo.parse(form.get("returnTo"))];

export async function markNotificationsReadForm(form: FormData) {
  const result = await markNotificationsRead(form);
  redirect(`${back(form)}?${new URLSearchParams(result.ok ? { ok: "read" } : { error: result.error }).toString()}`);
}

/** Only paths inside the app are followed (stored links are ours; this keeps it so). */
const isInternalPath = (link: string | null | undefined): link is string =>
  !!link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");

export async function openNotificationForm(form: FormData) {
  const result = await openNotification(form);
  if (result.ok && isInternalPath(result.data.link)) redirect(result.data.link);
  redirect(`${back(form)}?${new URLSearchParams(result.ok ? { ok: "read" } : { error: result.error }).toString()}`);
}
