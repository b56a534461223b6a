import { z } from "zod";
import { msg, ref } from "@/lib/i18n/message-ref";
import { areaField, wanField, wholeNumber } from "@/lib/schema-fields";
import { areaProblem, buildingsProblem, householdsProblem, investmentProblem } from "./rules";

const id = z.string().min(1, "缺少编号。");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));
/** A figure as typed ("1,200" too), within its range (./rules, which the Excel import checks too). */
const numberField = (label: string, problem: (n: number) => string | null) => {
  const message = msg("validation.plans.notANumber", { label: ref(label) });
  return z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/,/g, "").trim() : v),
    z.coerce
      .number({ error: message })
      .refine(Number.isFinite, message)
      .superRefine((n, ctx) => {
        const range = problem(n);
        if (range) ctx.addIssue({ code: "custom", message: range });
      }),
  );
};

export const CreatePlanInput = z.object({
  year: wholeNumber({ min: 2019, max: 2035, label: "validation.fields.year" }),
});

export const EntryInput = z
  .object({
    planId: id,
    /** Set when editing an existing entry. */
    entryId: z
      .string()
      .optional()
      .transform((v) => v || undefined),
    neighborhoodId: z.string().min(1, "validation.plans.chooseANeighbourhood"),
    /** Decimal text, "1234.50", read exactly (money.ts), then its range. */
    floorAreaM2: areaField({
      label: "validation.fields.renovatedArea",
      range: (hundredths) => areaProblem(Number(hundredths) / 100),
    }),
    households: numberField("validation.fields.households", householdsProblem),
    buildings: numberField("validation.fields.buildings", buildingsProblem),
    /** Typed in 万元; the action gets `investmentFen`. */
    investmentWan: wanField({
      label: "validation.fields.plannedInvestment",
      range: (fen) => investmentProblem(Number(fen) / 100),
    }),
    startQuarter: z.enum(["Q1", "Q2", "Q3", "Q4"], { error: "validation.plans.chooseThePlannedStart" }),
    categories: list(z.enum(["BASIC", "IMPROVEMENT", "UPGRADE"])),
    residentsConsulted: checkbox,
    note: z.string().max(500, "validation.plans.theNoteIsAtMost500").default(""),
    /** Required once the plan is approved: the change is then a recorded amendment. */
    amendmentReason: z
      .string()
      .max(500, "validation.plans.theReasonIsAtMost500")
      .optional()
      .transform((v) => v?.trim() || undefined),
  })
  .transform(({ investmentWan, ...entry }) => ({ ...entry, investmentFen: investmentWan }));

export const RemoveEntryInput = z.object({
  planId: id,
  entryId: id,
  amendmentReason: z
    .string()
    .max(500)
    .optional()
    .transform((v) => v?.trim() || undefined),
});

export const PlanIdInput = z.object({ planId: id });

export const ReturnPlanInput = z.object({
  planId: id,
  comment: z
    .string()
    .trim()
    .min(1, "validation.plans.writeACommentSoTheDistrict")
    .max(2000, "validation.plans.atMost2000Characters"),
  /** Per-entry comments; empty ones are ignored. */
  entryComments: z.array(z.object({ entryId: id, body: z.string().max(1000) })).default([]),
});

export const ApprovePlanInput = z.object({ planId: id, comment: z.string().max(2000).default("") });

export const ImportRowsInput = z.object({
  planId: id,
  headers: z.array(z.string()),
  rows: z
    .array(
      z.object({
        rowNumber: z.number().int(),
        values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()])),
      }),
    )
    .max(5000, "单个文件最多5000行,请分批导入。"),
});
