"use server";
// A forgotten password: the resident comes to the community office, a district official checks
// their ID card and gives them a temporary password, shown once. Every open session of the
// resident ends; the next sign-in must choose a new password.
import { defineAction } from "@/lib/action";
import { ForbiddenError } from "@/lib/errors";
import { assignTemporaryPassword } from "@/modules/accounts/passwords";
import { ResetResidentPasswordInput } from "./schema";
import { residentInScope } from "./scope";
import { ref } from "@/lib/i18n/message-ref";

export const resetResidentPassword = defineAction({
  name: "user.resetPassword",
  input: ResetResidentPasswordInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const resident = await residentInScope(tx, actor, input.userId);
    if (!resident.active) {
      throw new ForbiddenError(ref("errors.residents.thisAccountIsDisabledItsPassword"));
    }
    return resident;
  },
  run: async ({ actor, tx, scope, audit }) => {
    const { temporaryPassword, sessionsEnded } = await assignTemporaryPassword(tx, scope.id, "PASSWORD_RESET");
    // Neither password goes into the audit log: what happened, who checked identity, how many sessions ended.
    await audit({
      action: "user.resetPassword",
      entityType: "User",
      entityId: scope.id,
      districtId: actor.districtId,
      after: { mustChangePassword: true, identityCheckedInPerson: true, sessionsEnded },
    });
    return { username: scope.username, temporaryPassword };
  },
});
