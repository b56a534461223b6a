import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { ref } from "@/lib/i18n/message-ref";

/** Where a user with a temporary password is sent, and the only page they may use. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** A temporary password opens nothing but the page that replaces it. */
export function assertPasswordSettled(actor: Actor): void {
  if (actor.mustChangePassword) throw temporaryPasswordRefusal();
}

export function temporaryPasswordRefusal(): ForbiddenError {
  return new ForbiddenError(ref("errors.auth.youAreUsingATemporaryPassword"));
}
