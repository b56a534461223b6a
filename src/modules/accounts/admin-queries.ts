import "server-only";
// What the administrator's account pages read. Every function checks the role itself.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AccountListFilters } from "./schema";

const ACCOUNTS_PAGE_SIZE = 50;

/** One line of an account list (the administrator's home and the account search). */
export const ACCOUNT_ROW_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  mustChangePassword: true,
  lastLoginAt: true,
  district: { select: { name: true } },
  department: { select: { name: true } },
  _count: { select: { streets: true } },
} satisfies Prisma.UserSelect;

export async function searchAccounts(actor: Actor, filters: AccountListFilters) {
  requireRole(actor, "ADMIN");
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.district ? { districtId: filters.district } : {}),
    ...(filters.department ? { departmentId: filters.department } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
    ...(filters.q
      ? {
          OR: [
            { username: { contains: filters.q, mode: "insensitive" } },
            { displayName: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { username: "asc" }],
      skip: (filters.page - 1) * ACCOUNTS_PAGE_SIZE,
      take: ACCOUNTS_PAGE_SIZE,
      select: ACCOUNT_ROW_SELECT,
    }),
  ]);
  return { total, rows, page: filters.page, pageCount: Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE)) };
}

/** Districts (current), departments and every street by district, for the selects and checkboxes. */
export async function accountFormOptions(actor: Actor) {
  requireRole(actor, "ADMIN");
  const [districts, departments, streets] = await Promise.all([
    db.district.findMany({
      where: { validTo: null },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, code: true },
    }),
    db.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, nameEn: true } }),
    db.street.findMany({
      orderBy: [{ districtId: "asc" }, { name: "asc" }],
      select: { id: true, name: true, districtId: true },
    }),
  ]);
  return { districts, departments, streets };
}

export async function accountDetail(actor: Actor, id: string) {
  requireRole(actor, "ADMIN");
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      phone: true,
      role: true,
      active: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      lastLoginAt: true,
      createdAt: true,
      createdById: true,
      districtId: true,
      departmentId: true,
      district: { select: { name: true } },
      department: { select: { name: true } },
      streets: { select: { street: { select: { id: true, name: true } } }, orderBy: { streetId: "asc" } },
      _count: { select: { dwellings: { where: { revokedAt: null } } } },
    },
  });
  if (!user) throw new NotFoundError("errors.things.account");
  const [createdBy, openSessions] = await Promise.all([
    user.createdById
      ? db.user.findUnique({ where: { id: user.createdById }, select: { username: true, displayName: true } })
      : null,
    db.userSession.count({ where: { userId: id, revokedAt: null, expiresAt: { gt: new Date() } } }),
  ]);
  return { ...user, createdBy, openSessions };
}

/** The account's audit history, newest first, with who acted. */
export async function accountHistory(actor: Actor, id: string) {
  requireRole(actor, "ADMIN");
  return db.auditLog.findMany({
    where: { entityType: "User", entityId: id },
    orderBy: { at: "desc" },
    take: 50,
    select: {
      id: true,
      at: true,
      action: true,
      before: true,
      after: true,
      ip: true,
      actor: { select: { username: true, displayName: true } },
    },
  });
}

/** Recent sign-in attempts under the account's username, newest first. */
export async function recentSignIns(actor: Actor, username: string) {
  requireRole(actor, "ADMIN");
  return db.loginAttempt.findMany({
    where: { username },
    orderBy: { at: "desc" },
    take: 20,
    select: { id: true, at: true, ip: true, success: true, reason: true, kind: true },
  });
}
