// The plan sheet's columns, shared by the template, the import and the export, so a file the
// platform exported can be imported back unchanged.
import type { ContentCategory, StartQuarter } from "@/generated/prisma/enums";

export const PLAN_COLUMNS = [
  { key: "neighborhood", header: "小区名称", width: 24, note: "须与本区县小区名录中的名称一致" },
  { key: "address", header: "小区地址", width: 30, note: "同名小区时用于区分,可不填" },
  { key: "floorArea", header: "改造面积(平方米)", width: 18 },
  { key: "households", header: "受益户数", width: 12 },
  { key: "buildings", header: "楼栋数", width: 10 },
  { key: "investment", header: "计划投资(万元)", width: 16 },
  { key: "quarter", header: "计划开工季度", width: 14, note: "填 一季度/二季度/三季度/四季度 或 1-4" },
  { key: "categories", header: "改造内容类别", width: 22, note: "基础类、完善类、提升类,多项用顿号分隔" },
  { key: "consulted", header: "是否已征求居民意见", width: 20, note: "是 / 否" },
  { key: "note", header: "备注", width: 30 },
] as const;

export const QUARTER_ZH: Record<StartQuarter, string> = { Q1: "一季度", Q2: "二季度", Q3: "三季度", Q4: "四季度" };
export const CATEGORY_ZH: Record<ContentCategory, string> = {
  BASIC: "基础类",
  IMPROVEMENT: "完善类",
  UPGRADE: "提升类",
};
