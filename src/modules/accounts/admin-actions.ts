"use server";
// The administrator's work on accounts: create, edit, disable/enable, reset the password, end
// every session, import from Excel. Each action looks the account up itself and writes its audit
// row (before and after) in the same transaction. A change of role or scope, disabling and a
// reset end the account's open sessions, so a copied cookie stops at its next request.
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { defineAction, type ActionResult } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { endSessions, getRequestContext } from "@/lib/auth/session";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { stateOf, type FormState } from "@/lib/form-state";
import type { Tx } from "@/lib/db";
import { pick } from "@/lib/i18n/messages";
import { accountSnapshot, loadTarget, resolveScope, scopeChanged, type Target } from "./account-records";
import { MAX_IMPORT_ROWS, sheetUsernames, validateAccountRows, type RowError } from "./account-import";
import { assignTemporaryPassword } from "./passwords";
import { AccountIdInput, CreateAccountInput, SetActiveInput, UpdateAccountInput } from "./schema";
import { ref, type MessageRef } from "@/lib/i18n/message-ref";
import { oneByOne } from "@/lib/one-by-one";

const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly Role[];

// An account never usable before a temporary password is assigned (not an argon2 hash).
const NO_PASSWORD_YET = "!unset";

async function assertUsernameFree(tx: Tx, username: string): Promise<void> {
  const taken = await tx.user.findUnique({ where: { username }, select: { id: true } });
  if (taken) throw new InvalidInputError({ username: [ref("errors.accounts.usernameTaken", { username })] });
}

export const createAccount = defineAction({
  name: "account.create",
  input: CreateAccountInput,
  roles: ADMIN_ONLY,
  authorize: async ({ input, tx }) => {
    await assertUsernameFree(tx, input.username);
    return resolveScope(tx, input);
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const user = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        phone: input.phone ?? null,
        role: scope.role,
        districtId: scope.districtId,
        departmentId: scope.departmentId,
        passwordHash: NO_PASSWORD_YET,
        createdById: actor.id,
        streets: { create: scope.streetIds.map((streetId) => ({ streetId })) },
      },
      select: { id: true, username: true },
    });
    const { temporaryPassword } = await assignTemporaryPassword(tx, user.id, "PASSWORD_RESET");
    await audit({
      action: "account.create",
      entityType: "User",
      entityId: user.id,
      districtId: scope.districtId,
      after: await accountSnapshot(tx, user.id),
    });
    return { id: user.id, username: user.username, temporaryPassword };
  },
  revalidate: () => ["/admin", "/admin/accounts"],
});

/** An administrator may not lock themselves out: no disabling or demoting their own account. */
function assertNotSelf(actor: Actor, target: Target, what: MessageRef): void {
  if (actor.id === target.id) throw new ForbiddenError(what);
}

export const updateAccount = defineAction({
  name: "account.update",
  input: UpdateAccountInput,
  roles: ADMIN_ONLY,
  authorize: async ({ actor, input, tx }) => {
    const target = await loadTarget(tx, input.id);
    if (target.role === "RESIDENT") {
      throw new ForbiddenError(ref("errors.accounts.aResidentSAccountCanOnly"));
    }
    if (!input.role) throw new InvalidInputError({ role: [ref("errors.accounts.chooseARole")] });
    if (actor.id === target.id && input.role !== "ADMIN") {
      throw new ForbiddenError(ref("errors.accounts.youCannotRemoveYourOwnAdministrator"));
    }
    const scope = await resolveScope(tx, { ...input, role: input.role });
    return { target, scope };
  },
  run: async ({ input, tx, scope: { target, scope }, audit }) => {
    const before = await accountSnapshot(tx, target.id);
    const changedScope = scopeChanged(
      {
        role: target.role,
        districtId: target.districtId,
        departmentId: target.departmentId,
        streetIds: target.streetIds,
      },
      scope,
    );
    await tx.user.update({
      where: { id: target.id },
      data: {
        displayName: input.displayName,
        phone: input.phone ?? null,
        role: scope.role,
        districtId: scope.districtId,
        departmentId: scope.departmentId,
      },
      select: { id: true },
    });
    if (changedScope) {
      await tx.userStreet.deleteMany({ where: { userId: target.id } });
      if (scope.streetIds.length)
        await tx.userStreet.createMany({ data: scope.streetIds.map((streetId) => ({ userId: target.id, streetId })) });
    }
    const sessionsEnded = changedScope ? await endSessions(tx, target.id, "ROLE_OR_SCOPE_CHANGED") : 0;
    const after = await accountSnapshot(tx, target.id);
    await audit({
      action: "account.update",
      entityType: "User",
      entityId: target.id,
      districtId: scope.districtId ?? target.districtId,
      before,
      after: { ...after, sessionsEnded },
    });
    return { id: target.id, sessionsEnded };
  },
  revalidate: (input) => ["/admin/accounts", `/admin/accounts/${input.id}`],
});

export const setAccountActive = defineAction({
  name: "account.setActive",
  input: SetActiveInput,
  roles: ADMIN_ONLY,
  authorize: async ({ actor, input, tx }) => {
    const target = await loadTarget(tx, input.id);
    if (!input.active) assertNotSelf(actor, target, ref("errors.accounts.cannotDisableYourself"));
    return target;
  },
  run: async ({ input, tx, scope: target, audit }) => {
    const before = await accountSnapshot(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { active: input.active }, select: { id: true } });
    const sessionsEnded = input.active ? 0 : await endSessions(tx, target.id, "DISABLED");
    const after = await accountSnapshot(tx, target.id);
    await audit({
      action: input.active ? "account.enable" : "account.disable",
      entityType: "User",
      entityId: target.id,
      districtId: target.districtId,
      before,
      after: { ...after, sessionsEnded },
    });
    return { id: target.id, active: input.active, sessionsEnded };
  },
  revalidate: (input) => ["/admin/accounts", `/admin/accounts/${input.id}`],
});

export const resetAccountPassword = defineAction({
  name: "account.resetPassword",
  input: AccountIdInput,
  roles: ADMIN_ONLY,
  authorize: async ({ actor, input, tx }) => {
    const target = await loadTarget(tx, input.id);
    assertNotSelf(actor, target, ref("errors.accounts.changeOwnPasswordElsewhere"));
    return target;
  },
  run: async ({ tx, scope: target, audit }) => {
    const { temporaryPassword, sessionsEnded } = await assignTemporaryPassword(tx, target.id, "PASSWORD_RESET");
    await audit({
      action: "account.resetPassword",
      entityType: "User",
      entityId: target.id,
      districtId: target.districtId,
      before: { mustChangePassword: target.mustChangePassword },
      after: { mustChangePassword: true, sessionsEnded },
    });
    return { id: target.id, username: target.username, temporaryPassword };
  },
  revalidate: (input) => [`/admin/accounts/${input.id}`],
});

export const signOutAccountEverywhere = defineAction({
  name: "account.signOutAccountEverywhere",
  input: AccountIdInput,
  roles: ADMIN_ONLY,
  authorize: async ({ input, tx }) => loadTarget(tx, input.id),
  run: async ({ tx, scope: target, audit }) => {
    const sessionsEnded = await endSessions(tx, target.id, "SIGN_OUT_EVERYWHERE");
    await audit({
      action: "account.signOutEverywhere",
      entityType: "User",
      entityId: target.id,
      districtId: target.districtId,
      after: { sessionsEnded },
    });
    return { id: target.id, sessionsEnded };
  },
  revalidate: (input) => [`/admin/accounts/${input.id}`],
});

const cell = z.union([z.string().max(2000), z.number(), z.boolean(), z.date(), z.null()]);
const ImportAccountsInput = z.object({
  rows: z.array(z.object({ rowNumber: z.number().int(), values: z.record(z.string(), cell) })).max(MAX_IMPORT_ROWS + 1),
});

/**
 * Creates every account of a checked sheet, or none: the rows are validated against the
 * reference data and the existing accounts inside the transaction. Returns each temporary
 * password once, for the download; only their hashes are stored.
 */
export const importAccounts = defineAction({
  name: "account.import",
  input: ImportAccountsInput,
  roles: ADMIN_ONLY,
  // Hashing a temporary password takes tens of milliseconds; a full sheet takes a while.
  transaction: { timeout: 300_000, maxWait: 10_000 },
  authorize: async () => null,
  run: async ({ actor, input, tx, audit }) => {
    const usernames = sheetUsernames(input.rows);
    const [districts, departments, streets, taken] = await oneByOne(
      () => tx.district.findMany({ where: { validTo: null }, select: { id: true, code: true, name: true } }),
      () => tx.department.findMany({ select: { id: true, code: true, name: true } }),
      () => tx.street.findMany({ select: { id: true, districtId: true, name: true } }),
      () => tx.user.findMany({ where: { username: { in: usernames } }, select: { username: true } }),
    );
    const { accounts, errors } = validateAccountRows(input.rows, {
      districts,
      departments,
      streets,
      takenUsernames: new Set(taken.map((u) => u.username)),
    });
    if (errors.length) throw importRefused(errors);

    // The one place passwords are set without assignTemporaryPassword: a new account has no
    // session to end, and hashing them side by side keeps a full sheet within the transaction.
    const passwords = accounts.map(() => generateTemporaryPassword());
    const hashes: string[] = [];
    for (let i = 0; i < passwords.length; i += 4)
      hashes.push(...(await Promise.all(passwords.slice(i, i + 4).map(hashPassword))));
    const now = new Date();
    await tx.user.createMany({
      data: accounts.map((a, i) => ({
        username: a.username,
        displayName: a.displayName,
        phone: a.phone,
        role: a.role,
        districtId: a.districtId,
        departmentId: a.departmentId,
        passwordHash: hashes[i]!,
        mustChangePassword: true,
        passwordChangedAt: now,
        createdById: actor.id,
      })),
    });
    const created = await tx.user.findMany({
      where: { username: { in: accounts.map((a) => a.username) } },
      select: { id: true, username: true },
    });
    const idOf = new Map(created.map((u) => [u.username, u.id]));
    const streetRows = accounts.flatMap((a) =>
      a.streetIds.map((streetId) => ({ userId: idOf.get(a.username)!, streetId })),
    );
    if (streetRows.length) await tx.userStreet.createMany({ data: streetRows });

    const batch = `import-${now.getTime()}`;
    await audit({
      action: "account.import",
      entityType: "User",
      entityId: batch,
      after: { count: accounts.length, usernames: accounts.map((a) => a.username) },
    });
    for (const a of accounts) {
      const id = idOf.get(a.username)!;
      await audit({
        action: "account.create",
        entityType: "User",
        entityId: id,
        districtId: a.districtId,
        after: { ...(await accountSnapshot(tx, id)), importBatch: batch, sheetRow: a.rowNumber },
      });
    }
    return {
      count: accounts.length,
      accounts: accounts.map((a, i) => ({
        username: a.username,
        displayName: a.displayName,
        temporaryPassword: passwords[i]!,
      })),
    };
  },
  revalidate: () => ["/admin", "/admin/accounts"],
});

function importRefused(errors: RowError[]): InvalidInputError {
  return new InvalidInputError(
    { rows: errors.map((e) => (e.row ? `第${e.row}行:${e.message}` : e.message)) },
    ref("errors.accounts.importRefused", { count: String(errors.length) }),
  );
}

// ——— The forms (StateForm): what was typed comes back on an error, the temporary
// password comes back once on success and is never echoed again.

function withStreets(state: FormState, form: FormData): FormState {
  if (state.status !== "error") return state;
  return {
    ...state,
    values: {
      ...state.values,
      streetIds: form
        .getAll("streetIds")
        .filter((v) => typeof v === "string")
        .join(","),
    },
  };
}

function once<T extends { temporaryPassword: string; username: string; id: string }>(
  result: ActionResult<T>,
  form: FormData,
  okMessage: string,
): FormState {
  if (!result.ok) return withStreets(stateOf(result, form), form);
  return {
    status: "ok",
    message: okMessage,
    data: { id: result.data.id, username: result.data.username, temporaryPassword: result.data.temporaryPassword },
  };
}

async function say(zh: string, en: string): Promise<string> {
  return pick((await getRequestContext()).locale, { zh, en });
}

export async function createAccountForm(_previous: FormState, form: FormData): Promise<FormState> {
  return once(await createAccount(form), form, await say("账号已创建。", "Account created."));
}

export async function updateAccountForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await updateAccount(form);
  if (!result.ok) return withStreets(stateOf(result, form), form);
  const ended = result.data.sessionsEnded;
  return {
    status: "ok",
    message: ended
      ? await say(
          `已保存。角色或范围已变更,该账号的 ${ended} 个登录会话已结束。`,
          `Saved. The role or scope changed; ${ended} session(s) ended.`,
        )
      : await say("已保存。", "Saved."),
  };
}

export async function setAccountActiveForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await setAccountActive(form);
  if (!result.ok) return stateOf(result, form);
  const { active, sessionsEnded } = result.data;
  return {
    status: "ok",
    message: active
      ? await say("账号已启用。", "Account enabled.")
      : await say(
          `账号已停用,${sessionsEnded} 个登录会话已结束。`,
          `Account disabled; ${sessionsEnded} session(s) ended.`,
        ),
  };
}

export async function resetAccountPasswordForm(_previous: FormState, form: FormData): Promise<FormState> {
  return once(
    await resetAccountPassword(form),
    form,
    await say("密码已重置,该账号的登录会话已全部结束。", "Password reset; every session of the account ended."),
  );
}

export async function signOutAccountEverywhereForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await signOutAccountEverywhere(form);
  if (!result.ok) return stateOf(result, form);
  return {
    status: "ok",
    message: await say(
      `已强制下线,结束了 ${result.data.sessionsEnded} 个登录会话。`,
      `Signed out everywhere: ${result.data.sessionsEnded} session(s) ended.`,
    ),
  };
}
