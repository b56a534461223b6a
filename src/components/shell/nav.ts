// The navigation of each role. Features add their pages here.
import type { Role } from "@/generated/prisma/enums";

export type NavItem = { href: string; label: { zh: string; en: string } };

export const NAV: Record<Role, NavItem[]> = {
  ADMIN: [{ href: "/admin", label: { zh: "首页", en: "Home" } }],
  COMMISSION: [
    { href: "/commission", label: { zh: "首页", en: "Home" } },
    { href: "/commission/consultations", label: { zh: "居民表决", en: "Ballots" } },
    { href: "/district/feedback", label: { zh: "居民反馈", en: "Feedback" } },
  ],
  DISTRICT: [
    { href: "/district", label: { zh: "首页", en: "Home" } },
    { href: "/district/consultations", label: { zh: "征求意见与表决", en: "Consultation" } },
    { href: "/district/feedback", label: { zh: "居民反馈", en: "Feedback" } },
  ],
  DEPARTMENT: [{ href: "/department", label: { zh: "首页", en: "Home" } }],
  RESIDENT: [
    { href: "/resident", label: { zh: "首页", en: "Home" } },
    { href: "/resident/bind", label: { zh: "绑定房屋", en: "Bind dwelling" } },
  ],
};
