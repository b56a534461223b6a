import "server-only";
// The plan as an Excel workbook (template and export) with the same Chinese columns the import reads.
import { buildWorkbook } from "@/lib/xlsx";
import { CATEGORY_ZH, PLAN_COLUMNS, QUARTER_ZH } from "./columns";
import { wanInput } from "@/lib/money";
import type { getPlan } from "./queries";

const columns = PLAN_COLUMNS.map((c) => ({
  key: c.key,
  header: c.header,
  width: c.width,
  note: "note" in c ? c.note : undefined,
}));

export function templateWorkbook(): Promise<Buffer> {
  return buildWorkbook([
    {
      name: "年度计划",
      columns,
      rows: [
        {
          neighborhood: "(示例)某某小区",
          address: "",
          floorArea: 12000,
          households: 180,
          buildings: 4,
          investment: 360,
          quarter: "二季度",
          categories: "基础类、完善类",
          consulted: "是",
          note: "示例行,导入前请删除",
        },
      ],
    },
  ]);
}

export function planWorkbook(plan: Awaited<ReturnType<typeof getPlan>>): Promise<Buffer> {
  return buildWorkbook([
    {
      name: "年度计划",
      columns,
      rows: plan.entries.map((e) => ({
        neighborhood: e.neighborhood?.name ?? "",
        address: e.neighborhood?.address ?? "",
        floorArea: Number(e.floorAreaM2),
        households: e.households,
        buildings: e.buildings,
        investment: Number(wanInput(e.investmentFen)),
        quarter: QUARTER_ZH[e.startQuarter],
        categories: e.categories.map((c) => CATEGORY_ZH[c]).join("、"),
        consulted: e.residentsConsulted ? "是" : "否",
        note: e.note,
      })),
    },
  ]);
}
