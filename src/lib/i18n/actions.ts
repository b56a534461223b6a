"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale } from "./locale";

/** Switches the interface language. A plain form post, so it works without JavaScript. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = parseLocale(String(formData.get("locale") ?? ""));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}
