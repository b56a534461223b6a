import "server-only";
// A resident's way in: the one-time binding code on the letter creates the account (mobile number
// and password) and binds the dwelling in one step. The rule lives here, apart from the form,
// so it is tested against the database; ./registration-actions.ts only sets the cookie and redirects.
//
// Writes: the attempt is counted (./code-throttle) and recorded in LoginAttempt (kind REGISTER)
// whatever the outcome; everything else — account, code redeemed, binding, audit rows, session —
// is one transaction, so a refusal writes nothing more. The code's text is never stored anywhere
// but its own row.
import type { Role } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createSession } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { DomainError, InvalidInputError, messageText, type Message } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { normalizeBindingCode } from "@/modules/consultation/codes";
import {
  CODE_THROTTLED,
  CODE_UNUSABLE,
  codeThrottleKeys,
  countCodeAttempt,
  forgiveCodeAttempt,
} from "@/modules/consultation/code-throttle";
import { maskMobile, normalizeMobile } from "@/lib/mobile";
import { ref } from "@/lib/i18n/message-ref";

export type RegistrationInput = { code?: unknown; mobile?: unknown; password?: unknown; passwordConfirm?: unknown };
export type RegistrationContext = { ip: string | null; userAgent: string | null; locale: Locale };
export type Registered = {
  user: { id: string; username: string; role: Role };
  dwellingId: string;
  session: { sessionId: string; token: string; maxAge: number };
};

class ThrottledError extends DomainError {
  constructor() {
    super("THROTTLED", CODE_THROTTLED);
  }
}

const MOBILE_TAKEN = ref("errors.accounts.mobileTaken");

const text = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

export async function registerWithCode(
  client: Db,
  input: RegistrationInput,
  context: RegistrationContext,
): Promise<Registered> {
  const typedCode = text(input.code, 60);
  const typedMobile = text(input.mobile, 40);
  const password = text(input.password, 300);
  const confirm = text(input.passwordConfirm, 300);
  const mobile = normalizeMobile(typedMobile);
  const ip = context.ip ?? "unknown";
  // Never the typed text of a field that might hold the code: only a valid mobile number, or a marker.
  const record = (success: boolean, reason: string | null) =>
    client.loginAttempt.create({
      data: { kind: "REGISTER", username: mobile ?? "(invalid mobile)", ip, success, reason },
      select: { id: true },
    });

  const keys = codeThrottleKeys(context.ip, mobile ? { mobile } : null);
  if (await countCodeAttempt(client, keys)) {
    await record(false, "THROTTLED");
    throw new ThrottledError();
  }

  const say = (message: Message) => messageText(message, context.locale);
  const fieldErrors: Record<string, string[]> = {};
  const reasons: string[] = [];
  const refuse = (field: string, reason: string, message: Message) => {
    (fieldErrors[field] ??= []).push(say(message));
    reasons.push(reason);
  };

  const normalizedCode = normalizeBindingCode(typedCode);
  const code = normalizedCode
    ? await client.bindingCode.findUnique({
        where: { code: normalizedCode },
        select: {
          id: true,
          dwellingId: true,
          revokedAt: true,
          redeemedAt: true,
          dwelling: { select: { neighborhood: { select: { districtId: true } } } },
        },
      })
    : null;
  const usable = code && !code.revokedAt && !code.redeemedAt ? code : null;
  if (!typedCode.trim()) refuse("code", "CODE_MISSING", ref("errors.consultation.enterTheCode"));
  else if (!usable) refuse("code", "CODE_UNUSABLE", CODE_UNUSABLE);

  if (!typedMobile.trim()) refuse("mobile", "MOBILE_MISSING", ref("errors.accounts.enterYourMobile"));
  else if (!mobile) refuse("mobile", "MOBILE_INVALID", ref("errors.accounts.mobileInvalid"));
  // Whether a number is registered is told only to someone holding a valid code.
  else if (usable && (await client.user.findUnique({ where: { username: mobile }, select: { id: true } })))
    refuse("mobile", "MOBILE_TAKEN", MOBILE_TAKEN);

  const displayName = mobile ? `居民 ${maskMobile(mobile)}` : "";
  if (!password) refuse("password", "PASSWORD_MISSING", ref("errors.accounts.choosePassword"));
  else {
    const problem = passwordProblem(password, { username: mobile ?? typedMobile, displayName });
    if (problem) refuse("password", "PASSWORD_WEAK", problem);
    else if (confirm !== password)
      refuse("passwordConfirm", "PASSWORD_MISMATCH", ref("errors.accounts.passwordsDiffer"));
  }

  if (reasons.length > 0 || !usable || !mobile) {
    await record(false, reasons.join(",").slice(0, 190) || "INVALID");
    throw new InvalidInputError(fieldErrors, ref("errors.accounts.notRegisteredYetPleaseCorrectThe"));
  }

  const passwordHash = await hashPassword(password);
  let registered: Registered;
  try {
    registered = await client.$transaction(async (tx) => {
      // One-time: of two simultaneous registrations with this code, the second waits on the row
      // and then finds it redeemed; its transaction is rolled back.
      const { count } = await tx.bindingCode.updateMany({
        where: { id: usable.id, redeemedAt: null, revokedAt: null },
        data: { redeemedAt: new Date() },
      });
      if (count === 0) throw codeGone();
      const user = await tx.user.create({
        data: {
          username: mobile,
          phone: mobile,
          displayName,
          role: "RESIDENT",
          passwordHash,
          locale: context.locale,
          passwordChangedAt: new Date(),
          lastLoginAt: new Date(),
        },
        select: { id: true, username: true, role: true },
      });
      const binding = await tx.residentDwelling.create({
        data: { userId: user.id, dwellingId: usable.dwellingId, codeId: usable.id },
        select: { id: true },
      });
      const districtId = usable.dwelling.neighborhood.districtId;
      await writeAudit(
        tx,
        user,
        {
          action: "resident.register",
          entityType: "User",
          entityId: user.id,
          districtId,
          after: { role: "RESIDENT", dwellingId: usable.dwellingId, codeId: usable.id },
        },
        context.ip,
      );
      await writeAudit(
        tx,
        user,
        {
          action: "bindingCode.redeem",
          entityType: "ResidentDwelling",
          entityId: binding.id,
          districtId,
          after: { dwellingId: usable.dwellingId, codeId: usable.id },
        },
        context.ip,
      );
      const session = await createSession(tx, user, context);
      await tx.loginAttempt.create({
        data: { kind: "REGISTER", username: mobile, ip, success: true, reason: null },
        select: { id: true },
      });
      return { user, dwellingId: usable.dwellingId, session };
    });
  } catch (error) {
    // A uniqueness clash means a simultaneous request won: the number was registered, or the code used.
    const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    const refusal = clash
      ? (await client.user.findUnique({ where: { username: mobile }, select: { id: true } }))
        ? mobileGone()
        : codeGone()
      : error;
    await record(
      false,
      refusal instanceof InvalidInputError
        ? Object.keys(refusal.fieldErrors ?? {}).includes("code")
          ? "CODE_UNUSABLE"
          : "MOBILE_TAKEN"
        : "ERROR",
    );
    throw refusal;
  }
  await forgiveCodeAttempt(client, keys);
  return registered;
}

function codeGone() {
  return new InvalidInputError({ code: [CODE_UNUSABLE] }, CODE_UNUSABLE);
}

/** The same number registered a moment ago, in a simultaneous request. */
function mobileGone() {
  return new InvalidInputError({ mobile: [MOBILE_TAKEN] }, MOBILE_TAKEN);
}
