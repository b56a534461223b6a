// The navigation of each role. Features add their pages here.
import type { Role } from "@/generated/prisma/enums";

export type NavItem = { href: string; label: { zh: string; en: string } };

export const NAV: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/admin", label: { zh: "首页", en: "Home" } },
    { href: "/admin/accounts", label: { zh: "账号管理", en: "Accounts" } },
    { href: "/admin/departments", label: { zh: "部门职责与分派规则", en: "Departments and routing" } },
  ],
  COMMISSION: [
    { href: "/commission", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
    { href: "/commission/plans", label: { zh: "年度计划审核", en: "Plan review" } },
    { href: "/commission/rollup", label: { zh: "全市汇总", en: "City roll-up" } },
    { href: "/commission/targets", label: { zh: "目标任务", en: "Targets" } },
    { href: "/commission/consultations", label: { zh: "居民表决", en: "Ballots" } },
    { href: "/commission/funding", label: { zh: "资金汇总", en: "Funding" } },
    { href: "/district/feedback", label: { zh: "居民反馈", en: "Feedback" } },
    { href: "/commission/departments", label: { zh: "部门任务督办", en: "Department follow-up" } },
    { href: "/departments", label: { zh: "部门职责矩阵", en: "Responsibility matrix" } },
  ],
  DISTRICT: [
    { href: "/district", label: { zh: "首页", en: "Home" } },
    { href: "/district/neighborhoods", label: { zh: "小区名录", en: "Neighbourhoods" } },
    { href: "/district/projects", label: { zh: "改造项目", en: "Projects" } },
    { href: "/district/plans", label: { zh: "年度计划", en: "Annual plans" } },
    { href: "/district/consultations", label: { zh: "征求意见与表决", en: "Consultation" } },
    { href: "/district/funding", label: { zh: "资金汇总", en: "Funding" } },
    { href: "/district/feedback", label: { zh: "居民反馈", en: "Feedback" } },
    { href: "/district/residents", label: { zh: "居民账号", en: "Resident accounts" } },
    { href: "/district/owners", label: { zh: "业主名册", en: "Owner register" } },
    { href: "/departments", label: { zh: "部门职责矩阵", en: "Responsibility matrix" } },
  ],
  DEPARTMENT: [
    { href: "/department", label: { zh: "首页", en: "Home" } },
    { href: "/department/tasks", label: { zh: "任务办理", en: "Task queue" } },
    { href: "/departments", label: { zh: "部门职责矩阵", en: "Responsibility matrix" } },
  ],
  RESIDENT: [
    { href: "/resident", label: { zh: "首页", en: "Home" } },
    { href: "/resident/bind", label: { zh: "绑定房屋", en: "Bind dwelling" } },
  ],
};
