import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";

/** Where a user with a temporary password is sent, and the only page they may use. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** A temporary password opens nothing but the page that replaces it. */
export function assertPasswordSettled(actor: Actor): void {
  if (actor.mustChangePassword) throw temporaryPasswordRefusal();
}

export function temporaryPasswordRefusal(): ForbiddenError {
  return new ForbiddenError({
    zh: "您正在使用临时密码,请先设置自己的新密码后再操作。",
    en: "You are using a temporary password. Please choose your own password first.",
  });
}
