import "server-only";
// What the administrator's actions read and record about an account: its scope (district,
// department, streets) checked against the database, and the snapshot the audit log keeps.
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { InvalidInputError, NotFoundError, type FieldErrors } from "@/lib/errors";
import { ref } from "@/lib/i18n/message-ref";

export type ScopeInput = { role: Role; districtId?: string; departmentId?: string; streetIds: string[] };
export type ResolvedScope = { role: Role; districtId: string | null; departmentId: string | null; streetIds: string[] };

/**
 * A role with the scope it needs: a district official has a current district (and optionally
 * streets of that district only), a department officer a department, the commission and the
 * administrator neither. What does not belong to the role is dropped.
 */
export async function resolveScope(tx: Tx, input: ScopeInput): Promise<ResolvedScope> {
  if (input.role === "DISTRICT") {
    if (!input.districtId) throw invalid({ districtId: [ref("errors.accounts.chooseTheDistrict")] });
    const district = await tx.district.findUnique({
      where: { id: input.districtId },
      select: { id: true, name: true, validTo: true },
    });
    if (!district || district.validTo) throw invalid({ districtId: [ref("errors.accounts.unknownDistrict")] });
    const streetIds = [...new Set(input.streetIds)].sort();
    if (streetIds.length) {
      const streets = await tx.street.findMany({
        where: { id: { in: streetIds } },
        select: { id: true, districtId: true },
      });
      const own = new Set(streets.filter((s) => s.districtId === district.id).map((s) => s.id));
      if (streetIds.some((id) => !own.has(id))) {
        throw invalid({ streetIds: [ref("errors.accounts.streetsOfDistrict", { district: district.name })] });
      }
    }
    return { role: input.role, districtId: district.id, departmentId: null, streetIds };
  }
  if (input.role === "DEPARTMENT") {
    if (!input.departmentId) throw invalid({ departmentId: [ref("errors.accounts.chooseTheDepartment")] });
    const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: { id: true } });
    if (!department) throw invalid({ departmentId: [ref("errors.accounts.unknownDepartment")] });
    return { role: input.role, districtId: null, departmentId: department.id, streetIds: [] };
  }
  return { role: input.role, districtId: null, departmentId: null, streetIds: [] };
}

function invalid(fieldErrors: FieldErrors) {
  return new InvalidInputError(fieldErrors);
}

const TARGET_SELECT = {
  id: true,
  username: true,
  displayName: true,
  phone: true,
  role: true,
  active: true,
  districtId: true,
  departmentId: true,
  mustChangePassword: true,
  streets: { select: { streetId: true }, orderBy: { streetId: "asc" } },
} as const;

/** The account an action is about, from the database; a missing one is "not found". */
export async function loadTarget(tx: Tx, id: string) {
  const target = await tx.user.findUnique({ where: { id }, select: TARGET_SELECT });
  if (!target) throw new NotFoundError("errors.things.account");
  return { ...target, streetIds: target.streets.map((s) => s.streetId) };
}
export type Target = Awaited<ReturnType<typeof loadTarget>>;

export function scopeChanged(before: ResolvedScope, after: ResolvedScope): boolean {
  return (
    before.role !== after.role ||
    before.districtId !== after.districtId ||
    before.departmentId !== after.departmentId ||
    before.streetIds.join(",") !== [...after.streetIds].sort().join(",")
  );
}

/**
 * What the audit log keeps of an account: readable names beside the ids, so the history reads in
 * plain words even after a street is renamed. Never a password or its hash.
 */
export async function accountSnapshot(tx: Tx, id: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id },
    select: {
      username: true,
      displayName: true,
      phone: true,
      role: true,
      active: true,
      mustChangePassword: true,
      district: { select: { id: true, name: true } },
      department: { select: { id: true, name: true } },
      streets: { select: { street: { select: { id: true, name: true } } }, orderBy: { streetId: "asc" } },
    },
  });
  return {
    username: user.username,
    displayName: user.displayName,
    phone: user.phone,
    role: user.role,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    district: user.district,
    department: user.department,
    streets: user.streets.map((s) => s.street),
  };
}
