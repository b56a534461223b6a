import { z } from "zod";
import { INT32_MAX, wholeNumber } from "@/lib/schema-fields";

/** The Setting that holds the bulletin's follow-up threshold, in percent. */
export const LAGGARD_SETTING = "bulletin.laggardThresholdPercent";

const count = (label: string) => wholeNumber({ min: 0, max: INT32_MAX, label });
const area = z.coerce.number({ error: "面积应为数字。" }).min(0, "面积不能为负数。");
const wan = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number({ error: "投资应为数字。" }).min(0, "投资不能为负数。").optional());
const year = wholeNumber({ min: 2019, max: 2035, label: "年份" });

export const TargetInput = z.object({
  year,
  neighborhoods: count("小区数"),
  floorAreaM2: area,
  households: count("户数"),
  investmentWan: wan,
  note: z.string().max(200).default(""),
});

export const SharesInput = z.object({
  year,
  shares: z.array(z.object({ districtId: z.string().min(1), neighborhoods: count("小区数"), floorAreaM2: area, households: count("户数") })).max(60),
});

export const SnapshotInput = z.object({ year });

export const ThresholdInput = z.object({
  percent: z.coerce.number({ error: "请填写百分比。" }).min(0, "应在0—100之间。").max(100, "应在0—100之间。"),
});

export const YearQuery = z.object({ year: z.coerce.number().int().min(2019).max(2035) });
