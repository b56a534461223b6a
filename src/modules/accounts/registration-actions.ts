"use server";
// The form at /b: registering with the letter's binding code. A plain POST that works without
// JavaScript; the rule is registerWithCode (./registration.ts), this only sets the cookie.
import { redirect } from "next/navigation";
import { Prisma } from "@/generated/prisma/client";
import { getRequestContext, replaceSessionCookie } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError, genericError } from "@/lib/errors";
import { typedValues, type FormState } from "@/lib/form-state";
import { registerWithCode } from "./registration";

export async function registerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const context = await getRequestContext();
  // The code and the mobile number stay typed on a refusal; the passwords never come back.
  const values = typedValues(form);
  try {
    const registered = await registerWithCode(
      db,
      {
        code: form.get("code"),
        mobile: form.get("mobile"),
        password: form.get("password"),
        passwordConfirm: form.get("passwordConfirm"),
      },
      context,
    );
    await replaceSessionCookie(db, context.sessionId, registered.session);
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        status: "error",
        message: error.messageIn(context.locale),
        fieldErrors: error.fieldErrorsIn(context.locale),
        values,
      };
    }
    // Only the kind of failure: a database error's text can carry the submitted values.
    console.error(
      "registration failed",
      error instanceof Prisma.PrismaClientKnownRequestError
        ? error.code
        : error instanceof Error
          ? error.name
          : "unknown error",
    );
    return { status: "error", message: genericError(context.locale), values };
  }
  redirect("/resident?ok=bound");
}
