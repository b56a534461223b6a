// The navigation of each role. Features add their pages here.
import type { Role } from "@/generated/prisma/enums";

export type NavItem = { href: string; label: { zh: string; en: string } };

export const NAV: Record<Role, NavItem[]> = {
  ADMIN: [{ href: "/admin", label: { zh: "首页", en: "Home" } }],
  COMMISSION: [
    { href: "/commission", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
    { href: "/commission/plans", label: { zh: "年度计划审核", en: "Plan review" } },
    { href: "/commission/rollup", label: { zh: "全市汇总", en: "City roll-up" } },
    { href: "/commission/targets", label: { zh: "目标任务", en: "Targets" } },
  ],
  DISTRICT: [
    { href: "/district", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
    { href: "/district/plans", label: { zh: "年度计划", en: "Annual plans" } },
  ],
  DEPARTMENT: [{ href: "/department", label: { zh: "首页", en: "Home" } }],
  RESIDENT: [{ href: "/resident", label: { zh: "首页", en: "Home" } }],
};
