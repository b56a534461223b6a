import "server-only";
// The one way a server action is written: parse → authenticate → authorise → work + audit in
// one transaction → typed result. Every action states its own authorisation; nothing upstream
// (the proxy, the page) is relied on.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { loadSessionActor, type Actor, type SessionIdentity } from "@/lib/auth/actor";
import { assertPasswordSettled, temporaryPasswordRefusal } from "@/lib/auth/password-change";
import { requireRole, roleRefusal } from "@/lib/auth/guards";
import { getRequestContext } from "@/lib/auth/session";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { removingUploadsOnFailure } from "@/lib/storage";
import { databaseUnavailable } from "@/lib/database-errors";
import {
  ConflictError,
  DomainError,
  genericError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from "@/lib/errors";
import { zodErrorMap } from "@/lib/i18n/translate";
import { ref } from "@/lib/i18n/message-ref";
import type { Locale } from "@/lib/i18n/locale";
import { hasUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/text-safety";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; error: string; fieldErrors?: Record<string, string[]> };

type ActionContext<I, S> = {
  actor: Actor;
  input: I;
  tx: Tx;
  /** What `authorize` returned: the record(s) it looked up to decide. */
  scope: S;
  audit: (entry: AuditEntry) => Promise<void>;
};

type ActionSpec<Schema extends z.ZodType, S, T> = {
  /** Audit action name, e.g. "neighborhood.updateNotes". */
  name: string;
  input: Schema;
  /** Coarse role check; the resource check is in `authorize`. */
  roles: readonly Role[];
  /** Looks up what the input refers to and throws ForbiddenError/NotFoundError when the actor may not touch it. */
  authorize: (ctx: { actor: Actor; input: z.infer<Schema>; tx: Tx }) => Promise<S>;
  run: (ctx: ActionContext<z.infer<Schema>, S>) => Promise<T>;
  /** Paths whose pages show what changed. */
  revalidate?: (input: z.infer<Schema>, result: T) => string[];
  /** Transaction limits for actions that many users call at once (e.g. voting); DEFAULT_TRANSACTION otherwise. */
  transaction?: { maxWait?: number; timeout?: number };
  /** Only for changing one's own temporary password: everything else waits until it is changed. */
  allowWithTemporaryPassword?: boolean;
  /**
   * Work that must stand even when the action is refused (a throttle's count), done on its own
   * before the transaction opens. Never while it is open: the embedded database has one
   * connection, so a second one asked for inside the transaction waits for it to end — which it
   * cannot before its timeout.
   */
  beforeTransaction?: (ctx: { userId: string | null; input: z.infer<Schema> }) => Promise<void>;
};

/** What the registry knows of an action: enough for the tests that call every action as every role. */
export type RegisteredAction = {
  name: string;
  roles: readonly Role[];
  input: z.ZodType;
  call: (raw: unknown) => Promise<ActionResult<unknown>>;
};

const registry = new Map<string, RegisteredAction>();

// Prisma's defaults (2 s to get a connection, 5 s to finish) are tight for a small server under
// load, and some actions hash a password (argon2, deliberately slow) inside their transaction.
const DEFAULT_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** Every action defined by the modules loaded so far, by name. */
export function registeredActions(): RegisteredAction[] {
  return [...registry.values()];
}

export function defineAction<Schema extends z.ZodType, S, T>(spec: ActionSpec<Schema, S, T>) {
  const action = async function action(raw: unknown): Promise<ActionResult<T>> {
    const context = await getRequestContext();
    const { locale, ip } = context;
    try {
      const input = parseInput(spec.input, raw, locale);
      await spec.beforeTransaction?.({ userId: context.userId, input });
      const result = await removingUploadsOnFailure(() =>
        db.$transaction(
          async (tx) => {
            const actor = await loadSessionActor(tx, context);
            if (!spec.allowWithTemporaryPassword) assertPasswordSettled(actor);
            requireRole(actor, ...spec.roles);
            const scope = await spec.authorize({ actor, input, tx });
            const audit = (entry: AuditEntry) => writeAudit(tx, actor, entry, ip);
            return spec.run({ actor, input, tx, scope, audit });
          },
          { ...DEFAULT_TRANSACTION, ...spec.transaction },
        ),
      );
      for (const path of spec.revalidate?.(input, result) ?? []) revalidatePath(path);
      return { ok: true, data: result };
    } catch (error) {
      return actionFailure(error, locale, spec.name);
    }
  };
  registry.set(spec.name, { name: spec.name, roles: spec.roles, input: spec.input, call: action });
  return action;
}

type StatementActionSpec<Schema extends z.ZodType, T> = {
  name: string;
  input: Schema;
  /** The roles the statement lets through (it checks them itself, from the session's user row). */
  roles: readonly Role[];
  /**
   * Authenticates (the session row), authorises, changes and audits in ONE SQL statement — atomic
   * without an interactive transaction — and throws the DomainError of whatever refused it
   * (`sessionRefusal` for the checks every action makes).
   */
  statement: (ctx: { identity: SessionIdentity; input: z.infer<Schema>; ip: string | null }) => Promise<T>;
  revalidate?: (input: z.infer<Schema>, result: T) => string[];
};

/**
 * The same wrapper for the one action many people call in the same minute: a vote. An
 * interactive transaction costs a round trip per statement with the connection held (and the
 * event loop in between) throughout; under a burst that, not PostgreSQL, was the ceiling
 * (docs/performance.md, "Votes"). Same parsing, same refusals, same registry; only the
 * authorisation and the audit row live in the statement rather than in `authorize`/`audit`.
 */
export function defineStatementAction<Schema extends z.ZodType, T>(spec: StatementActionSpec<Schema, T>) {
  const action = async function action(raw: unknown): Promise<ActionResult<T>> {
    const context = await getRequestContext();
    const { locale, ip } = context;
    try {
      const input = parseInput(spec.input, raw, locale);
      if (!context.userId || !context.sessionId) throw new UnauthenticatedError();
      const result = await spec.statement({
        identity: { userId: context.userId, sessionId: context.sessionId },
        input,
        ip,
      });
      for (const path of spec.revalidate?.(input, result) ?? []) revalidatePath(path);
      return { ok: true, data: result };
    } catch (error) {
      return actionFailure(error, locale, spec.name);
    }
  };
  registry.set(spec.name, { name: spec.name, roles: spec.roles, input: spec.input, call: action });
  return action;
}

/** The refusal for the checks every action makes first, as a statement reports them. */
export function sessionRefusal(reason: "UNAUTHENTICATED" | "PASSWORD" | "ROLE", roles: readonly Role[]): DomainError {
  if (reason === "UNAUTHENTICATED") return new UnauthenticatedError();
  if (reason === "PASSWORD") return temporaryPasswordRefusal();
  return roleRefusal(roles);
}

function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown, locale: Locale): z.infer<Schema> {
  const submitted = raw instanceof FormData ? formDataToObject(raw) : raw;
  const unsafe = unsafeFields(submitted);
  if (unsafe.length)
    throw new InvalidInputError(
      Object.fromEntries(unsafe.map((field) => [field, [UNSAFE_TEXT_MESSAGE]])),
      UNSAFE_TEXT_MESSAGE,
    );
  const parsed = schema.safeParse(submitted, { error: zodErrorMap(locale) });
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The typed refusal for an error: a domain error's own message, anything else logged and generic. */
export function actionFailure(error: unknown, locale: Locale, name: string): ActionResult<never> {
  const domain = toDomainError(error);
  if (domain) {
    // Logged too: a dropped connection is the operator's business even when the user is told plainly.
    if (domain.code === "UNAVAILABLE") console.error(`action ${name}: database unavailable`, error);
    return { ok: false, code: domain.code, error: domain.messageIn(locale), fieldErrors: domain.fieldErrorsIn(locale) };
  }
  console.error(`action ${name} failed`, error);
  return { ok: false, code: "INTERNAL", error: genericError(locale) };
}

function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") {
      return new ConflictError(ref("errors.duplicate"));
    }
    if (error.code === "P2025") return new NotFoundError();
  }
  return databaseUnavailable(error);
}

/** Each field's messages as the schema wrote them (keys of the catalogues, or Zod's own in the user's language); the error translates them. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The fields (dotted paths) whose text, or file name, holds characters nobody typed (NUL, lone surrogates…). */
function unsafeFields(value: unknown, path = "", depth = 0): string[] {
  if (typeof value === "string") return hasUnsafeText(value) ? [path || "_"] : [];
  if (value instanceof File) return hasUnsafeText(value.name) ? [path || "_"] : [];
  if (depth > 6 || value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  // A repeated form field is an array; its errors belong to the field, not to an index.
  return entries.flatMap(([key, v]) =>
    unsafeFields(v, Array.isArray(value) ? path : path ? `${path}.${key}` : key, depth + 1),
  );
}

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js' own fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
