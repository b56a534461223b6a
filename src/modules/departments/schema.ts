import { z } from "zod";
import { wholeNumber } from "@/lib/schema-fields";

const STAGES = ["RESERVE", "CONSULTATION", "DESIGN", "APPROVED", "CONSTRUCTION", "ACCEPTANCE", "COMPLETED", "LONG_TERM"] as const;
export const TASK_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "REJECTED", "CANCELLED"] as const;
const KINDS = ["INSPECTION", "SIGN_OFF", "COORDINATION", "PROCEDURE"] as const;
const CATEGORIES = ["BASIC", "IMPROVEMENT", "UPGRADE"] as const;

const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const TaskIdInput = z.object({ taskId: z.string().min(1) });

export const EscalateNowInput = z.object({});

export const CompleteTaskInput = z.object({
  taskId: z.string().min(1),
  note: z.string().trim().min(1, "请填写办理结果 / describe the result").max(2000, "办理结果不能超过 2000 字 / too long"),
  // Empty file inputs arrive as a zero-byte File; they are not attachments.
  files: list(z.instanceof(File)).transform((files) => files.filter((f) => f.size > 0)).refine((f) => f.length <= 5, "最多上传 5 个附件 / at most 5 files"),
});

export const RejectTaskInput = z.object({
  taskId: z.string().min(1),
  reason: z.string().trim().min(1, "请填写不予通过的原因 / give the reason").max(2000, "原因不能超过 2000 字 / too long"),
});

export const QueueFilters = z.object({
  status: optionalEnum(TASK_STATUSES),
  district: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  overdue: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()),
});

export const DutyInput = z.object({
  dutyId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  departmentId: z.string().min(1),
  text: z.string().trim().min(1, "请填写职责内容 / the duty text is required").max(2000),
  category: optionalEnum(CATEGORIES),
  stage: optionalEnum(STAGES),
});

export const RuleInput = z.object({
  ruleId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  departmentId: z.string().min(1),
  matchTag: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, "标签为小写英文字母、数字或下划线,如 lift / lowercase tag such as lift"),
  stage: z.enum(STAGES, { message: "请选择阶段 / choose a stage" }),
  kind: z.enum(KINDS, { message: "请选择任务类型 / choose a kind" }),
  title: z.string().trim().min(1, "请填写任务名称 / the title is required").max(100),
  dueDays: wholeNumber({ min: 1, max: 365, label: "validation.fields.dueDays" }),
  requiredForAcceptance: checkbox,
  active: checkbox,
});
