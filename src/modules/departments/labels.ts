// Display names of the department work enums, Chinese and English.
import type { TaskKind, TaskStatus } from "@/generated/prisma/enums";
import type { Labels } from "@/lib/labels";

export const TASK_STATUS_LABELS: Labels<TaskStatus> = {
  OPEN: { zh: "待办", en: "Open" },
  IN_PROGRESS: { zh: "办理中", en: "In progress" },
  DONE: { zh: "已办结", en: "Done" },
  REJECTED: { zh: "不予通过", en: "Rejected" },
  CANCELLED: { zh: "已撤销", en: "Cancelled" },
};

export const TASK_KIND_LABELS: Labels<TaskKind> = {
  INSPECTION: { zh: "监督检验/检查", en: "Inspection" },
  SIGN_OFF: { zh: "验收签认", en: "Sign-off" },
  COORDINATION: { zh: "协调推进", en: "Coordination" },
  PROCEDURE: { zh: "手续办理", en: "Procedure" },
};

export const TASK_STATUS_STYLE: Record<TaskStatus, string> = {
  OPEN: "bg-amber-100 text-amber-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  DONE: "bg-green-100 text-green-800",
  REJECTED: "bg-red-100 text-red-800",
  CANCELLED: "bg-slate-100 text-slate-500",
};
