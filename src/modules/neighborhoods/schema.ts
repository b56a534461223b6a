import { z } from "zod";
import { INT32_MAX, wholeNumber } from "@/lib/schema-fields";
import { PROPERTY_TYPES } from "./property-types";
import { msg, ref } from "@/lib/i18n/message-ref";

export const UpdateNeighborhoodNotesInput = z.object({
  id: z.string().min(1),
  notes: z.string().max(2000, "validation.neighborhoods.notesMayNotExceed2000"),
  /** The version the user edited; an older one means someone else saved first. */
  version: wholeNumber({ min: 1, max: INT32_MAX, label: "validation.fields.version" }),
});

const ELIGIBILITY_FILTERS = ["yes", "no"] as const;
const PROGRESS_FILTERS = ["started", "completed"] as const;
export const STAGE_FILTERS = [
  "NONE",
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
] as const;

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

export const NeighborhoodListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  q: optionalText(50),
  /** The commission narrows the city by district; for district officials it is ignored. */
  district: optionalText(40),
  street: optionalText(40),
  eligible: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ELIGIBILITY_FILTERS).optional()),
  stage: z.preprocess((v) => (v === "" ? undefined : v), z.enum(STAGE_FILTERS).optional()),
  /** In a project of the year (with `progress`) that has started / completed, as the roll-up counts it. */
  progress: z.preprocess((v) => (v === "" ? undefined : v), z.enum(PROGRESS_FILTERS).optional()),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(2019).max(2035).optional()),
});
export type NeighborhoodListFilters = z.infer<typeof NeighborhoodListQuery>;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
/** `label`: the key of the field's name in the catalogues. */
const required = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, msg("validation.neighborhoods.required", { label: ref(label) }))
    .max(max, msg("validation.neighborhoods.tooLong", { label: ref(label), max: String(max) }));

const NeighborhoodFields = z.object({
  name: required("validation.fields.neighbourhoodName", 60),
  address: required("validation.fields.address", 120),
  streetId: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  communityName: optionalText(60),
  completionYear: wholeNumber({ min: 1900, max: 2100, label: "validation.fields.completionYear" }),
  poorCondition: checkbox,
  singleBuilding: checkbox,
  buildingCount: wholeNumber({ min: 0, max: 500, label: "validation.fields.buildingCount" }),
  propertyType: z.enum(PROPERTY_TYPES, { message: "validation.neighborhoods.chooseAPropertyType" }),
  notes: z.string().max(2000, "validation.neighborhoods.notesMayNotExceed2000").default(""),
});

export const CreateNeighborhoodInput = NeighborhoodFields;
export const UpdateNeighborhoodInput = NeighborhoodFields.extend({
  id: z.string().min(1),
  version: wholeNumber({ min: 1, max: INT32_MAX, label: "validation.fields.version" }),
});

export const SetExtensionInput = z.object({ enabled: checkbox });

const cell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export const ImportDwellingsInput = z.object({
  neighborhoodId: z.string().min(1),
  rows: z.array(z.object({ rowNumber: z.number().int(), values: z.record(z.string(), cell) })).max(20_000),
});

const answer = z.coerce.number().int().min(0).max(2);
export const SaveAssessmentInput = z.object({
  neighborhoodId: z.string().min(1),
  answers: z.record(z.string(), answer),
});

/** The query string of a neighbourhood's dwellings list; anything unreadable falls back to no filter. */
export const DwellingListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  building: z.string().trim().max(40).optional().catch(undefined),
  owners: z.enum(["with", "without"]).optional().catch(undefined),
});

/** The query string of the owners-of-several-dwellings list. */
export const OwnerListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  last4: z
    .preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z
        .string()
        .regex(/^[0-9]{3}[0-9X]$/)
        .optional(),
    )
    .catch(undefined),
  neighborhood: z.string().trim().max(40).optional().catch(undefined),
});
