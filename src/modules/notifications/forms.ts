"use server";
// Plain-form entry point (works without JavaScript): post, then back to the list with the outcome.
import { redirect } from "next/navigation";
import { markNotificationsRead } from "./actions";

export async function markNotificationsReadForm(form: FormData) {
  const result = await markNotificationsRead(form);
  redirect(`/notifications?${new URLSearchParams(result.ok ? { ok: "read" } : { error: result.error }).toString()}`);
}
