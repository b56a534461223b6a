// The domain errors a user may see. Their messages are written for the user, Chinese first;
// anything that is not a DomainError is logged and shown as a generic message.
import { inLocale } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/locale";

export type Message = { zh: string; en: string };

/** Errors per form field: plain text, or a message in both languages shown in the user's. */
export type FieldErrors = Record<string, (string | Message)[]>;

export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: Message;
  readonly fieldErrors?: FieldErrors;

  constructor(code: string, message: Message, fieldErrors?: FieldErrors) {
    super(message.zh);
    this.name = new.target.name;
    this.code = code;
    this.userMessage = message;
    this.fieldErrors = fieldErrors;
  }

  messageIn(locale: Locale): string {
    return this.userMessage[locale];
  }

  fieldErrorsIn(locale: Locale): Record<string, string[]> | undefined {
    if (!this.fieldErrors) return undefined;
    return Object.fromEntries(
      Object.entries(this.fieldErrors).map(([field, list]) => [field, list.map((e) => (typeof e === "string" ? inLocale(e, locale) : e[locale]))]),
    );
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", { zh: "请先登录。", en: "Please sign in first." });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: Message = { zh: "您没有权限执行此操作。", en: "You are not allowed to do this." }) {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: Message = { zh: "记录", en: "record" }) {
    super("NOT_FOUND", {
      zh: `${what.zh}不存在或您无权查看。`,
      en: `The ${what.en} does not exist or you may not see it.`,
    });
  }
}

export class InvalidInputError extends DomainError {
  constructor(fieldErrors: FieldErrors, message?: Message) {
    super(
      "INVALID_INPUT",
      message ?? { zh: "填写的内容有误,请按提示修改。", en: "Some fields need correcting." },
      fieldErrors,
    );
  }
}

/** Someone else changed the record first, or a uniqueness rule would be broken. */
export class ConflictError extends DomainError {
  constructor(message: Message) {
    super("CONFLICT", message);
  }
}

/** A rule of the programme refuses the change; the message says which and why. */
export class RuleViolationError extends DomainError {
  constructor(message: Message) {
    super("RULE_VIOLATION", message);
  }
}

export const GENERIC_ERROR: Message = {
  zh: "系统出现错误,您的操作未生效。请稍后重试,或联系管理员。",
  en: "Something went wrong and nothing was changed. Please try again later or contact the administrator.",
};
