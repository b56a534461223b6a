// Routing rules seeded from the annex: which department gets which task, for which kind of item,
// at which stage. The admin can edit them; these are the starting set.
import type { ProjectStage, TaskKind } from "../../src/generated/prisma/enums";

export type RoutingSeed = {
  department: string; // department code
  matchTag: string;
  stage: ProjectStage;
  kind: TaskKind;
  title: string;
  dueDays: number;
  requiredForAcceptance: boolean;
};

export const ROUTING_RULES: RoutingSeed[] = [
  { department: "scjgj", matchTag: "lift", stage: "CONSTRUCTION", kind: "INSPECTION", title: "加装电梯监督检验和使用登记", dueDays: 30, requiredForAcceptance: true },
  { department: "xfjyzd", matchTag: "fire", stage: "CONSTRUCTION", kind: "SIGN_OFF", title: "消防设施验收签认", dueDays: 30, requiredForAcceptance: true },
  { department: "jjxxw", matchTag: "gas", stage: "DESIGN", kind: "COORDINATION", title: "供气设施改造协调", dueDays: 20, requiredForAcceptance: false },
  { department: "jjxxw", matchTag: "telecom", stage: "DESIGN", kind: "COORDINATION", title: "通信设施改造协调", dueDays: 20, requiredForAcceptance: false },
  { department: "nyj", matchTag: "power", stage: "DESIGN", kind: "COORDINATION", title: "供电设施改造协调", dueDays: 20, requiredForAcceptance: false },
  { department: "cl", matchTag: "barrier_free", stage: "CONSTRUCTION", kind: "SIGN_OFF", title: "无障碍环境建设验收签认", dueDays: 30, requiredForAcceptance: true },
  { department: "mzj", matchTag: "elderly", stage: "DESIGN", kind: "COORDINATION", title: "养老服务设施导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "mzj", matchTag: "governance", stage: "DESIGN", kind: "COORDINATION", title: "居民自治与物业管理指导", dueDays: 30, requiredForAcceptance: false },
  { department: "csglj", matchTag: "water", stage: "CONSTRUCTION", kind: "SIGN_OFF", title: "供水设施监管验收", dueDays: 30, requiredForAcceptance: true },
  { department: "csglj", matchTag: "greening", stage: "CONSTRUCTION", kind: "INSPECTION", title: "园林绿化监管", dueDays: 30, requiredForAcceptance: false },
  { department: "csglj", matchTag: "municipal", stage: "CONSTRUCTION", kind: "INSPECTION", title: "市政公用设施监管", dueDays: 30, requiredForAcceptance: false },
  { department: "gaj", matchTag: "security", stage: "DESIGN", kind: "COORDINATION", title: "警务室与智能安防建设协调", dueDays: 30, requiredForAcceptance: false },
  { department: "whlyw", matchTag: "heritage", stage: "DESIGN", kind: "PROCEDURE", title: "文物保护利用审查", dueDays: 30, requiredForAcceptance: true },
  { department: "whlyw", matchTag: "culture", stage: "DESIGN", kind: "COORDINATION", title: "文化设施导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "sthjj", matchTag: "environment", stage: "DESIGN", kind: "PROCEDURE", title: "环境影响评价手续指导", dueDays: 30, requiredForAcceptance: false },
  { department: "ghzrzyj", matchTag: "planning", stage: "DESIGN", kind: "PROCEDURE", title: "规划及用地手续办理", dueDays: 30, requiredForAcceptance: false },
  { department: "wsjkw", matchTag: "health", stage: "DESIGN", kind: "COORDINATION", title: "医疗卫生设施导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "tyj", matchTag: "sports", stage: "DESIGN", kind: "COORDINATION", title: "体育设施导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "jw", matchTag: "childcare", stage: "DESIGN", kind: "COORDINATION", title: "托幼教育设施导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "sww", matchTag: "commerce", stage: "DESIGN", kind: "COORDINATION", title: "商业网点导入指导", dueDays: 30, requiredForAcceptance: false },
  { department: "yzglj", matchTag: "postal", stage: "DESIGN", kind: "COORDINATION", title: "邮政快递设施导入指导", dueDays: 30, requiredForAcceptance: false },
];
