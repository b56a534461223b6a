import { z } from "zod";
import { areaField, INT32_MAX, optionalWanField, wholeNumber } from "@/lib/schema-fields";

/** The Setting that holds the bulletin's follow-up threshold, in percent. */
export const LAGGARD_SETTING = "bulletin.laggardThresholdPercent";

const count = (label: string) => wholeNumber({ min: 0, max: INT32_MAX, label });
/** Decimal text, "1234.50". */
const area = areaField({ label: "validation.fields.floorArea" });
const year = wholeNumber({ min: 2019, max: 2035, label: "validation.fields.year" });

export const TargetInput = z
  .object({
    year,
    neighborhoods: count("validation.fields.neighborhoodCount"),
    floorAreaM2: area,
    households: count("validation.fields.householdCount"),
    /** Typed in 万元, optional; the action gets `investmentFen` (null when not given). */
    investmentWan: optionalWanField({ label: "validation.fields.investment" }),
    note: z.string().max(200).default(""),
  })
  .transform(({ investmentWan, ...target }) => ({ ...target, investmentFen: investmentWan ?? null }));

export const SharesInput = z.object({
  year,
  shares: z
    .array(
      z.object({
        districtId: z.string().min(1),
        neighborhoods: count("validation.fields.neighborhoodCount"),
        floorAreaM2: area,
        households: count("validation.fields.householdCount"),
      }),
    )
    .max(60),
});

export const SnapshotInput = z.object({ year });

export const ThresholdInput = z.object({
  percent: z.coerce.number({ error: "请填写百分比。" }).min(0, "应在0—100之间。").max(100, "应在0—100之间。"),
});

export const YearQuery = z.object({ year: z.coerce.number().int().min(2019).max(2035) });
