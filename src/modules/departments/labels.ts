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

/**
 * What a routing rule's tag means to an official: the kind of renovation content that sends the
 * task (the catalogue items carry the tags). An unknown tag shows as itself.
 */
const ROUTING_TAG_LABELS: Record<string, { zh: string; en: string }> = {
  asc: { zh: "养老服务设施", en: "elderly-care facilities" },
  barrier_free: { zh: "无障碍设施", en: "barrier-free access" },
  childcare: { zh: "托育设施", en: "childcare" },
  commerce: { zh: "便民商业", en: "local shops and services" },
  culture: { zh: "文化体育设施", en: "culture and sports" },
  elderly: { zh: "适老化改造", en: "ageing-friendly works" },
  environment: { zh: "环境整治", en: "environment" },
  fire: { zh: "消防设施", en: "fire safety" },
  gas: { zh: "燃气管网", en: "gas pipes" },
  governance: { zh: "社区治理用房", en: "community governance rooms" },
  greening: { zh: "绿化", en: "greening" },
  health: { zh: "卫生服务设施", en: "health services" },
  heritage: { zh: "历史文化保护", en: "heritage protection" },
  lift: { zh: "加装电梯", en: "lift installation" },
  municipal: { zh: "市政配套(水电路气等)", en: "municipal utilities" },
  planning: { zh: "规划审批事项", en: "planning approvals" },
  postal: { zh: "邮政快递设施", en: "postal and parcel facilities" },
  power: { zh: "供电设施", en: "power supply" },
  security: { zh: "安防设施", en: "security systems" },
  sports: { zh: "健身设施", en: "fitness facilities" },
  telecom: { zh: "通信线路", en: "telecom lines" },
  water: { zh: "供水设施", en: "water supply" },
};

export function routingTagLabel(tag: string): { zh: string; en: string } {
  return ROUTING_TAG_LABELS[tag] ?? { zh: tag, en: tag };
}
