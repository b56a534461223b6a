import "server-only";
// What every signed-in user does for their own account: change the password (also the way out of
// a temporary one) and end their sessions everywhere. Kept out of a "use server" module: the
// password change returns the new session's cookie value, which only the form wrapper may see.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createSession, endSessions, getRequestContext } from "@/lib/auth/session";
import { countAttempt, MINUTE } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { ref } from "@/lib/i18n/message-ref";

const ALL_ROLES = ["ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT", "RESIDENT"] as const;

/** Wrong current passwords allowed per account in 15 minutes, so a borrowed session cannot guess it. */
const MAX_CURRENT_PASSWORD_FAILURES = 5;

const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "请输入当前密码(或临时密码)。").max(256),
  newPassword: z.string().min(1, "请输入新密码。").max(256),
  confirmPassword: z.string().max(256),
});

export const changeOwnPassword = defineAction({
  name: "account.changePassword",
  input: ChangePasswordInput,
  roles: ALL_ROLES,
  allowWithTemporaryPassword: true,
  // Counted before the transaction, so a refusal (which rolls it back) still counts.
  beforeTransaction: async ({ userId }) => {
    if (!userId) return; // the transaction refuses who is not signed in
    const tries = await countAttempt(db, `password-change:${userId}`, 15 * MINUTE);
    if (tries > MAX_CURRENT_PASSWORD_FAILURES) {
      throw new RuleViolationError(ref("errors.accounts.tooManyWrongCurrentPasswordsPlease"));
    }
  },
  authorize: async ({ actor, tx }) => {
    const user = await tx.user.findUnique({
      where: { id: actor.id },
      select: { id: true, passwordHash: true, mustChangePassword: true },
    });
    if (!user) throw new NotFoundError("errors.things.account");
    return user;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    if (!(await verifyPassword(scope.passwordHash, input.currentPassword))) {
      const wrong = ref("errors.accounts.theCurrentPasswordIsWrong");
      throw new InvalidInputError({ currentPassword: [wrong] }, wrong);
    }
    const problem = passwordProblem(input.newPassword, actor);
    if (problem) throw new InvalidInputError({ newPassword: [problem] }, problem);
    if (input.newPassword === input.currentPassword) {
      const same = ref("errors.accounts.theNewPasswordMustDifferFrom");
      throw new InvalidInputError({ newPassword: [same] }, same);
    }
    if (input.confirmPassword !== input.newPassword) {
      const mismatch = ref("errors.accounts.theTwoNewPasswordsDiffer");
      throw new InvalidInputError({ confirmPassword: [mismatch] }, mismatch);
    }
    await tx.user.update({
      where: { id: actor.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        passwordChangedAt: new Date(),
      },
      select: { id: true },
    });
    // Every session ends, this one too; the browser that changed it gets a fresh one.
    const sessionsEnded = await endSessions(tx, actor.id, "PASSWORD_CHANGED");
    const session = await createSession(tx, actor, await getRequestContext());
    await audit({
      action: "account.changePassword",
      entityType: "User",
      entityId: actor.id,
      districtId: actor.districtId,
      before: { mustChangePassword: scope.mustChangePassword },
      after: { mustChangePassword: false, sessionsEnded },
    });
    return { token: session.token, maxAge: session.maxAge, role: actor.role };
  },
});

export const signOutEverywhere = defineAction({
  name: "account.signOutEverywhere",
  input: z.object({}),
  roles: ALL_ROLES,
  allowWithTemporaryPassword: true,
  authorize: async () => null,
  run: async ({ actor, tx, audit }) => {
    const sessionsEnded = await endSessions(tx, actor.id, "SIGN_OUT_EVERYWHERE");
    await audit({
      action: "account.signOutEverywhere",
      entityType: "User",
      entityId: actor.id,
      districtId: actor.districtId,
      after: { sessionsEnded },
    });
    return { sessionsEnded };
  },
});
