import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, parseLocale, type Locale } from "@/lib/i18n/locale";
import { authOptions } from "./options";
import { clientIpFrom } from "./client-ip";

export type RequestContext = { userId: string | null; locale: Locale; ip: string | null };

/**
 * Who is asking, in which language, from where — read from the request. Only the user id is
 * taken from the session cookie; role and scope are always re-read from the database.
 */
export async function getRequestContext(): Promise<RequestContext> {
  const [session, cookieStore, headerList] = await Promise.all([
    getServerSession(authOptions),
    cookies(),
    headers(),
  ]);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return {
    userId: typeof id === "string" ? id : null,
    locale: parseLocale(cookieStore.get(LOCALE_COOKIE)?.value),
    ip: clientIpFrom(headerList),
  };
}
