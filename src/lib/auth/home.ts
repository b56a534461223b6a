import type { Role } from "@/generated/prisma/enums";

/** Where each role lands after signing in. */
const HOME_BY_ROLE: Record<Role, string> = {
  ADMIN: "/admin",
  COMMISSION: "/commission",
  DISTRICT: "/district",
  DEPARTMENT: "/department",
  RESIDENT: "/resident",
};

export function homePathFor(role: Role): string {
  return HOME_BY_ROLE[role];
}
