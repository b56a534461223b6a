// What a new password must be: long enough, not guessable (zxcvbn's estimate), and not built on
// the login name. Pure: used by every form that sets a password and by its tests.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import type { Pair as Message } from "@/lib/errors";

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

/** Why the password cannot be used, or null when it can. */
export function passwordProblem(password: string, person: { username: string; displayName?: string | null }): Message | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符(现在 ${password.length} 个)。`, en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters (it has ${password.length}).` };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { zh: `密码最多 ${MAX_PASSWORD_LENGTH} 个字符。`, en: `The password may have at most ${MAX_PASSWORD_LENGTH} characters.` };
  }
  const username = person.username.trim().toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) {
    return { zh: "密码不能包含用户名(手机号)。", en: "The password must not contain the username (mobile number)." };
  }
  const inputs = [person.username, person.displayName ?? ""].filter(Boolean);
  if (strength().check(password, inputs).score < MIN_PASSWORD_SCORE) {
    return {
      zh: "密码太容易被猜到。请换一个更长、不常见的组合,例如几个不相关的词加上数字和符号。",
      en: "This password is too easy to guess. Use something longer and less common, such as a few unrelated words with digits and symbols.",
    };
  }
  return null;
}
