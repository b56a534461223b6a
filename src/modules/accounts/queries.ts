import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { cachedFigures } from "@/lib/cached-figures";
import { db } from "@/lib/db";
import { ACCOUNT_ROW_SELECT } from "./admin-queries";

/** What the header says the actor's scope is: their district, department, or dwelling count. */
export async function scopeLabelOf(actor: Actor): Promise<{ zh: string; en: string }> {
  // Every signed-in page shows this: cached under the figures stamp (District and Department are
  // among the tables it covers), it shares the page's one stamp read instead of its own query.
  const { districtId, departmentId } = actor;
  if (districtId) {
    return cachedFigures(`scope-label|district|${districtId}`, async () => {
      const d = await db.district.findUnique({ where: { id: districtId }, select: { name: true, code: true } });
      return { zh: d?.name ?? "", en: d ? `${d.name} (${d.code})` : "" };
    });
  }
  if (departmentId) {
    return cachedFigures(`scope-label|department|${departmentId}`, async () => {
      const d = await db.department.findUnique({ where: { id: departmentId }, select: { name: true, nameEn: true } });
      return { zh: d?.name ?? "", en: d?.nameEn ?? "" };
    });
  }
  if (actor.role === "COMMISSION") return { zh: "全市", en: "Whole city" };
  if (actor.role === "RESIDENT") {
    const count = await db.residentDwelling.count({ where: { userId: actor.id, revokedAt: null } });
    return { zh: `已绑定 ${count} 户`, en: `${count} dwelling(s) bound` };
  }
  return { zh: "账号与基础数据", en: "Accounts and reference data" };
}

/** Accounts for the administrator's list. */
export async function listAccounts(actor: Actor) {
  requireRole(actor, "ADMIN");
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    take: 200,
    select: ACCOUNT_ROW_SELECT,
  });
}

export async function referenceCounts(actor: Actor) {
  requireRole(actor, "ADMIN");
  const [districts, departments, catalogueItems, routingRules, users] = await Promise.all([
    db.district.count({ where: { validTo: null } }),
    db.department.count(),
    db.catalogueItem.count({ where: { active: true } }),
    db.routingRule.count({ where: { active: true } }),
    db.user.count(),
  ]);
  return { districts, departments, catalogueItems, routingRules, users };
}
