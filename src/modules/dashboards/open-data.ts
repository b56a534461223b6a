// The public progress figures as open data: the query the API accepts and the CSV it writes.
import { z } from "zod";
import type { PublicProgress } from "./data";
import { toCsv } from "./figures";

export const PublicProgressQuery = z.object({
  year: z.coerce
    .number({ error: "validation.dashboards.yearMustBeANumber" })
    .int("validation.dashboards.yearMustBeAWholeNumber")
    .min(2019, "validation.dashboards.yearMustBeBetween2019And")
    .max(2035, "validation.dashboards.yearMustBeBetween2019And")
    .optional(),
  format: z.enum(["json", "csv"], { error: "validation.dashboards.formatMustBeJsonOrCsv" }).default("json"),
});

const CSV_HEADER = [
  "年度 year",
  "区县代码 code",
  "区县 district",
  "目标小区 target",
  "计划小区 planned",
  "计划面积(m²) planned area",
  "计划户数 planned households",
  "已开工小区 started",
  "已完工小区 completed",
  "开工率% start rate",
  "完工率% completion rate",
];

/** One line per district and a city line last: the same figures as the JSON's `districts` and `city`. */
export function progressCsv(data: PublicProgress): string {
  const line = (d: PublicProgress["districts"][number]) => [
    data.year,
    d.code,
    d.name,
    d.targetNeighborhoods,
    d.plannedNeighborhoods,
    d.plannedFloorAreaM2,
    d.plannedHouseholds,
    d.startedNeighborhoods,
    d.completedNeighborhoods,
    d.startRatePct,
    d.completionRatePct,
  ];
  return toCsv([CSV_HEADER, ...data.districts.map(line), line(data.city)]);
}
