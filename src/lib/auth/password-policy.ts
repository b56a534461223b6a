// What a new password must be: long enough, not guessable (zxcvbn's estimate), and not built on
// the login name. Pure: used by every form that sets a password and by its tests.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { ref, type MessageRef } from "@/lib/i18n/message-ref";

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn scores 0–4; below 3 ("safely unguessable" for online attacks) is refused. */
const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** Why the password cannot be used (a message of the catalogues), or null when it can. */
export function passwordProblem(
  password: string,
  person: { username: string; displayName?: string | null },
): MessageRef | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return ref("errors.auth.passwordTooShort", { min: String(MIN_PASSWORD_LENGTH), length: String(password.length) });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return ref("errors.auth.passwordTooLong", { max: String(MAX_PASSWORD_LENGTH) });
  }
  const username = person.username.trim().toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) {
    return ref("errors.auth.passwordContainsUsername");
  }
  const inputs = [person.username, person.displayName ?? ""].filter(Boolean);
  if (strength().check(password, inputs).score < MIN_PASSWORD_SCORE) {
    return ref("errors.auth.passwordGuessable");
  }
  return null;
}
