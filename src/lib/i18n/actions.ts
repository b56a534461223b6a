"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, parseLocale } from "./locale";

/** Switches the interface language and reloads the page. A plain form post: works without JavaScript. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = parseLocale(String(formData.get("locale") ?? ""));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  redirect(sameSitePath((await headers()).get("referer")));
}

/** The path of the page the switch was pressed on; never another site. */
function sameSitePath(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
