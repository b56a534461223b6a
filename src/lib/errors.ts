// The domain errors a user may see. Their messages are written for the user, Chinese first, as
// keys of the catalogues (`ref("errors.notFound")`, docs/i18n.md) put in the user's language
// where they leave the server; anything that is not a DomainError is logged and shown as a
// generic message.
import type { Locale } from "@/lib/i18n/locale";
import { isMessageRef, ref, type MessageRef } from "@/lib/i18n/message-ref";
import { translateMessage } from "@/lib/i18n/translate";

/** A message in both languages, written beside the code (not yet moved to the catalogues). */
type Pair = { zh: string; en: string };

/** A message of the catalogues, or (not yet moved there) a pair. */
export type Message = MessageRef | Pair;

/** Errors per form field: a message of the catalogues (a MessageRef or its string form from `msg`), or a pair. */
export type FieldErrors = Record<string, (string | Message)[]>;

/** A message (a key of the catalogues, its string form, or a pair) in `locale`. */
export function messageText(message: string | Message, locale: Locale): string {
  return typeof message === "string" || isMessageRef(message) ? translateMessage(message, locale) : message[locale];
}

export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: Message;
  readonly fieldErrors?: FieldErrors;

  constructor(code: string, message: Message, fieldErrors?: FieldErrors) {
    super(messageText(message, "zh"));
    this.name = new.target.name;
    this.code = code;
    this.userMessage = message;
    this.fieldErrors = fieldErrors;
  }

  messageIn(locale: Locale): string {
    return messageText(this.userMessage, locale);
  }

  fieldErrorsIn(locale: Locale): Record<string, string[]> | undefined {
    if (!this.fieldErrors) return undefined;
    return Object.fromEntries(
      Object.entries(this.fieldErrors).map(([field, list]) => [field, list.map((e) => messageText(e, locale))]),
    );
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", ref("errors.unauthenticated"));
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: Message = ref("errors.forbidden")) {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends DomainError {
  /** `what`: the key of the thing's name ("errors.things.annualPlan"). */
  constructor(what = "errors.things.record") {
    super("NOT_FOUND", ref("errors.notFound", { what: ref(what) }));
  }
}

export class InvalidInputError extends DomainError {
  constructor(fieldErrors: FieldErrors, message?: Message) {
    super("INVALID_INPUT", message ?? ref("errors.invalidInput"), fieldErrors);
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

const GENERIC_ERROR: MessageRef = ref("errors.generic");

/** The generic message in `locale`, for a failure that is not a DomainError. */
export function genericError(locale: Locale): string {
  return translateMessage(GENERIC_ERROR, locale);
}

/** The database could not be reached or the connection broke mid-way: nothing was saved, trying again may work. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: Message = CONNECTION_LOST) {
    super("UNAVAILABLE", message);
  }
}

export const CONNECTION_LOST: MessageRef = ref("errors.connectionLost");

export const DATABASE_BUSY: MessageRef = ref("errors.databaseBusy");
