import { z } from "zod";
import { calendarDay, INT32_MAX, wholeNumber, yuanField } from "@/lib/schema-fields";

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

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const json = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }, schema);

const yuan = yuanField({ label: "validation.fields.estimatedCost" });

const ProjectItemInput = z.object({
  catalogueItemId: z.string().min(1),
  quantity: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((v) => /^\d{1,10}(\.\d{1,2})?$/.test(v) && Number(v) > 0, "validation.projects.quantityMustBePositive"),
  estimatedCost: yuan,
  /** For a lift line: the stairwell units, one item each. */
  unitIds: z.array(z.string().min(1).max(40)).max(200).optional(),
});

export const CreateProjectInput = z.object({
  name: z.string().trim().min(1, "validation.projects.nameIsRequired").max(80, "validation.projects.nameTooLong"),
  year: wholeNumber({ min: 2019, max: 2035, label: "validation.fields.planYear" }),
  description: z.string().max(2000).default(""),
  neighborhoodIds: list(z.string().min(1))
    .refine((v) => v.length > 0, "validation.projects.chooseAtLeastOneNeighbourhood")
    .refine((v) => new Set(v).size === v.length, "validation.projects.duplicateNeighbourhood"),
  items: json(
    z
      .array(ProjectItemInput)
      .max(60)
      .refine((v) => v.length > 0, "validation.projects.chooseAtLeastOneItem"),
  ),
});

export const AdvanceStageInput = z.object({
  projectId: z.string().min(1),
  to: z.enum(STAGES),
  version: wholeNumber({ min: 1, max: INT32_MAX, label: "validation.fields.version" }),
  note: z.string().max(500).default(""),
});

const day = calendarDay({ minYear: 2000, maxYear: 2100 });
const optionalDay = z.preprocess((v) => (v === "" || v === null ? undefined : v), day.optional());

export const AddDesignReviewInput = z.object({
  projectId: z.string().min(1),
  reviewedOn: day,
  experts: z.string().trim().min(1, "validation.projects.expertsAreRequired").max(300),
  conclusion: z.enum(["PASSED", "REVISE", "REJECTED"], { message: "validation.projects.chooseAConclusion" }),
  notes: z.string().max(2000).default(""),
});

export const AddMilestoneInput = z
  .object({
    projectId: z.string().min(1),
    name: z.string().trim().min(1, "validation.projects.milestoneNameIsRequired").max(80),
    plannedStart: optionalDay,
    plannedEnd: day,
  })
  .refine((v) => !v.plannedStart || v.plannedStart <= v.plannedEnd, {
    message: "validation.projects.startAfterEnd",
    path: ["plannedEnd"],
  });

export const UpdateMilestoneInput = z
  .object({
    milestoneId: z.string().min(1),
    progress: wholeNumber({ min: 0, max: 100, label: "validation.fields.progress" }),
    actualEnd: optionalDay,
  })
  .refine((v) => !v.actualEnd || v.progress === 100, {
    message: "validation.projects.aFinishedMilestoneIsAt100",
    path: ["progress"],
  });

export const UploadEvidenceInput = z.object({
  projectId: z.string().min(1),
  milestoneId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  caption: z.string().trim().max(200).default(""),
  file: z.instanceof(File, { message: "validation.projects.chooseAFile" }),
});

export const SetManagementInput = z.object({
  projectId: z.string().min(1),
  model: z.enum(["PROPERTY_COMPANY", "COMMUNITY_SERVICE_CENTRE", "SELF_MANAGEMENT"], {
    message: "validation.projects.chooseAModel",
  }),
  note: z.string().trim().max(500).default(""),
});

export const ProjectListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  stage: z.preprocess((v) => (v === "" ? undefined : v), z.enum(STAGES).optional()),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(2019).max(2035).optional()),
  /** The commission narrows the city to one district; a district official's own district always wins. */
  district: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
});

/** An item added to a running project; after the consultation a non-basic item needs the residents' decision on record. */
export const AddProjectItemInput = ProjectItemInput.extend({
  projectId: z.string().min(1),
  /** For a lift (加装电梯): the stairwell units, one item each. Ignored for other items. */
  unitIds: list(z.string().min(1).max(40)).refine((v) => v.length <= 200, "validation.projects.atMost200UnitsAtOnce"),
  decisionNote: z.string().trim().max(500, "validation.projects.noteTooLong").default(""),
});

export const DropProjectItemInput = z.object({
  itemId: z.string().min(1),
  reason: z.string().trim().min(1, "validation.projects.giveTheReason").max(500, "validation.projects.reasonTooLong"),
});
