// The permission rules, as small guards that compose. Each throws ForbiddenError with a message
// the user can act on. Scope (which district owns a record) is always looked up on the server
// (see ./scope.ts), never taken from the client.
import type { Role } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";

const ROLE_ZH: Record<Role, string> = {
  ADMIN: "系统管理员",
  COMMISSION: "市住房城乡建委",
  DISTRICT: "区县住房城乡建设部门",
  DEPARTMENT: "市级部门",
  RESIDENT: "居民",
};

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) {
    throw new ForbiddenError({
      zh: `此操作仅限${roles.map((r) => ROLE_ZH[r]).join("、")}使用。`,
      en: `Only ${roles.join(", ").toLowerCase()} users may do this.`,
    });
  }
}

export function isCommission(actor: Actor): boolean {
  return actor.role === "COMMISSION";
}

/** The commission reads the whole city; a district official reads their own district. */
export function canReadDistrict(actor: Actor, districtId: string): boolean {
  if (actor.role === "COMMISSION") return true;
  return actor.role === "DISTRICT" && actor.districtId === districtId;
}

export function assertCanReadDistrict(actor: Actor, districtId: string): void {
  if (!canReadDistrict(actor, districtId)) throw outsideDistrict();
}

/** Only the district's own officials enter and change its records. */
export function assertCanManageDistrict(actor: Actor, districtId: string): void {
  if (actor.role !== "DISTRICT" || actor.districtId !== districtId) throw outsideDistrict();
}

export function assertDepartment(actor: Actor, departmentId: string): void {
  if (actor.role !== "DEPARTMENT" || actor.departmentId !== departmentId) {
    throw new ForbiddenError({
      zh: "该任务不属于您所在的部门。",
      en: "This task belongs to another department.",
    });
  }
}

/** A resident acts only for dwellings bound to their account. */
export async function assertOwnsDwelling(client: Db | Tx, actor: Actor, dwellingId: string): Promise<void> {
  if (actor.role === "RESIDENT") {
    const binding = await client.residentDwelling.findFirst({
      where: { userId: actor.id, dwellingId, revokedAt: null },
      select: { id: true },
    });
    if (binding) return;
  }
  throw new ForbiddenError({
    zh: "该房屋未绑定到您的账号。",
    en: "This dwelling is not bound to your account.",
  });
}

/**
 * The `where` fragment that limits a district-owned list to what the actor may see.
 * Other roles see no district records through it.
 */
export function districtScope(actor: Actor): { districtId?: string } {
  if (actor.role === "COMMISSION") return {};
  if (actor.role === "DISTRICT" && actor.districtId) return { districtId: actor.districtId };
  throw outsideDistrict();
}

function outsideDistrict(): ForbiddenError {
  return new ForbiddenError({
    zh: "该记录属于其他区县,您无权查看或修改。",
    en: "This record belongs to another district; you may not see or change it.",
  });
}
