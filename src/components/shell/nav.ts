// The navigation of each role. Features add their pages here.
import type { Role } from "@/generated/prisma/enums";

export type NavItem = { href: string; label: { zh: string; en: string } };

export const NAV: Record<Role, NavItem[]> = {
  ADMIN: [{ href: "/admin", label: { zh: "首页", en: "Home" } }],
  COMMISSION: [
    { href: "/commission", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
  ],
  DISTRICT: [
    { href: "/district", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
  ],
  DEPARTMENT: [{ href: "/department", label: { zh: "首页", en: "Home" } }],
  RESIDENT: [{ href: "/resident", label: { zh: "首页", en: "Home" } }],
};
