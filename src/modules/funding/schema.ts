import { z } from "zod";
import { calendarDay, yuanField } from "@/lib/schema-fields";
import { FundingSource } from "@/generated/prisma/enums";

const STATUSES = ["PLANNED", "COMMITTED", "PAID"] as const;

const day = calendarDay({ minYear: 2015, maxYear: 2040 });

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().min(1).optional());
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 ? undefined : v),
  z.instanceof(File).optional(),
);

const recordFields = {
  source: z.enum(FundingSource, { message: "validation.funding.chooseASource" }),
  status: z.enum(STATUSES, { message: "validation.funding.chooseAStatus" }),
  planned: yuanField({ label: "validation.fields.plannedAmount" }),
  committed: yuanField({ label: "validation.fields.committedAmount", blank: "zero" }),
  paid: yuanField({ label: "validation.fields.paidAmount", blank: "zero" }),
  recordedOn: day,
  documentRef: z.string().trim().max(200, "validation.funding.referenceTooLong").default(""),
  note: z.string().trim().max(1000).default(""),
  projectItemId: optionalId,
  ballotItemId: optionalId,
  attachment: optionalFile,
  confirmSurplus: checkbox,
};

export const CreateFundingRecordInput = z.object({ projectId: z.string().min(1), ...recordFields });

export const UpdateFundingRecordInput = z.object({
  recordId: z.string().min(1),
  /** The record's updatedAt when the form was shown: an edit of an older version is refused. */
  updatedAt: z
    .string()
    .min(1)
    .transform((v) => new Date(v))
    .refine((d) => !Number.isNaN(d.getTime()), "validation.funding.invalidVersion"),
  ...recordFields,
});

export const DeleteFundingRecordInput = z.object({
  recordId: z.string().min(1),
  updatedAt: z
    .string()
    .min(1)
    .transform((v) => new Date(v)),
});

const coefficient = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,3}(\.\d{1,3})?$/.test(v), "validation.funding.aCoefficient0999999Up");

export const MAX_TABLE_FLOOR = 40;

/** The whole table at once: fields `c1` … `c40`; a blank field means the floor is not in the table. */
export const SaveCoefficientsInput = z
  .object(
    Object.fromEntries(
      Array.from({ length: MAX_TABLE_FLOOR }, (_, i) => [`c${i + 1}`, coefficient.optional()]),
    ) as Record<string, z.ZodOptional<typeof coefficient>>,
  )
  .transform((v) =>
    Array.from({ length: MAX_TABLE_FLOOR }, (_, i) => ({ floor: i + 1, coefficient: v[`c${i + 1}`] ?? "" })).filter(
      (c) => c.coefficient !== "",
    ),
  )
  .refine((rows) => rows.length > 0, "validation.funding.fillInAtLeastOneFloor");

export const SeedDefaultCoefficientsInput = z.object({});

export const SplitLiftCostInput = z.object({ projectItemId: z.string().min(1) });

export const MarkSharePaidInput = z.object({
  shareId: z.string().min(1),
  payment: z.enum(["UNPAID", "DIRECT", "PROVIDENT_FUND"], { message: "validation.funding.chooseHowItWasPaid" }),
  /** The payment state the form showed, so two officials marking at once do not overwrite each other. */
  expected: z.enum(["UNPAID", "DIRECT", "PROVIDENT_FUND"]),
  paidAt: z.preprocess((v) => (v === "" ? undefined : v), day.optional()),
});
