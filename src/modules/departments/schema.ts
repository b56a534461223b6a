import { z } from "zod";
import { wholeNumber } from "@/lib/schema-fields";

const STAGES = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
] as const;
export const TASK_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "REJECTED", "CANCELLED"] as const;
const KINDS = ["INSPECTION", "SIGN_OFF", "COORDINATION", "PROCEDURE"] as const;
const CATEGORIES = ["BASIC", "IMPROVEMENT", "UPGRADE"] as const;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const TaskIdInput = z.object({ taskId: z.string().min(1) });

export const EscalateNowInput = z.object({});

export const CompleteTaskInput = z.object({
  taskId: z.string().min(1),
  note: z
    .string()
    .trim()
    .min(1, "validation.departments.describeTheResult")
    .max(2000, "validation.departments.resultTooLong"),
  // Empty file inputs arrive as a zero-byte File; they are not attachments.
  files: list(z.instanceof(File))
    .transform((files) => files.filter((f) => f.size > 0))
    .refine((f) => f.length <= 5, "validation.departments.atMost5Files"),
});

export const RejectTaskInput = z.object({
  taskId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(1, "validation.departments.giveTheReason")
    .max(2000, "validation.departments.reasonTooLong"),
});

export const QueueFilters = z.object({
  status: optionalEnum(TASK_STATUSES),
  district: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  overdue: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()),
});

export const DutyInput = z.object({
  dutyId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  departmentId: z.string().min(1),
  text: z.string().trim().min(1, "validation.departments.theDutyTextIsRequired").max(2000),
  category: optionalEnum(CATEGORIES),
  stage: optionalEnum(STAGES),
});

export const RuleInput = z.object({
  ruleId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  departmentId: z.string().min(1),
  matchTag: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, "validation.departments.lowercaseTagSuchAsLift"),
  stage: z.enum(STAGES, { message: "validation.departments.chooseAStage" }),
  kind: z.enum(KINDS, { message: "validation.departments.chooseAKind" }),
  title: z.string().trim().min(1, "validation.departments.theTitleIsRequired").max(100),
  dueDays: wholeNumber({ min: 1, max: 365, label: "validation.fields.dueDays" }),
  requiredForAcceptance: checkbox,
  active: checkbox,
});
