"use server";
// Signing in and out: plain form posts that work without JavaScript. Credentials travel only in
// the POST body; the session is a row in the database named by the signed cookie.
import { redirect } from "next/navigation";
import { authenticate, LoginError } from "@/lib/auth/credentials";
import { homePathFor } from "@/lib/auth/home";
import { safeNextPath } from "@/lib/auth/next-path";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/password-change";
import {
  clearSessionCookie,
  createSession,
  endSession,
  getRequestContext,
  replaceSessionCookie,
} from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { translator } from "@/lib/i18n/translate";

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const context = await getRequestContext();
  const t = translator(context.locale);
  const username = typeof form.get("username") === "string" ? String(form.get("username")).slice(0, 200) : "";
  const values = { username, next: safeNextPath(form.get("next")) ?? "" };
  let destination: string;
  try {
    const user = await authenticate(db, { username, password: form.get("password"), ip: context.ip });
    const session = await createSession(db, user, context);
    await replaceSessionCookie(db, context.sessionId, session);
    destination = user.mustChangePassword
      ? CHANGE_PASSWORD_PATH
      : (safeNextPath(form.get("next")) ?? homePathFor(user.role));
  } catch (error) {
    if (error instanceof LoginError) {
      const message =
        error.reason === "DELAYED"
          ? t("login.error.DELAYED", { seconds: error.retryAfterSeconds ?? 60 })
          : t(`login.error.${error.reason}`);
      return { status: "error", message, values };
    }
    console.error("sign-in failed", error);
    return { status: "error", message: t("login.error.GENERIC"), values };
  }
  redirect(destination);
}

/** Ends this device's session on the server and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const { sessionId } = await getRequestContext();
  if (sessionId) await endSession(db, sessionId, "SIGN_OUT");
  await clearSessionCookie();
  redirect("/login?signedOut=1");
}
