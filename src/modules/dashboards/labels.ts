// Wording of the dashboards, Chinese and English.
import type { TileTone } from "./tiles";

export const TONE_LABELS: Record<TileTone, { zh: string; en: string }> = {
  none: { zh: "无已批准计划", en: "No approved plan" },
  laggard: { zh: "开工率低于通报线", en: "Start rate below the follow-up line" },
  onTrack: { zh: "开工率达到通报线", en: "Start rate at or above the line" },
  done: { zh: "计划小区全部开工", en: "Every planned neighbourhood started" },
};

export const TONE_CLASSES: Record<TileTone, string> = {
  none: "bg-slate-100 text-slate-700 border-slate-300",
  laggard: "bg-red-100 text-red-900 border-red-400",
  onTrack: "bg-green-100 text-green-900 border-green-400",
  done: "bg-green-700 text-white border-green-800",
};

export const DEFINITIONS = {
  started: {
    zh: "开工:年度项目进入施工阶段或已登记开工日期(与全市汇总、定期通报同一口径);按小区计,一个小区只计一次。",
    en: "Started: the year's project reached construction or has a start date (as in the roll-up and the bulletin); each neighbourhood counts once.",
  },
  housing: {
    zh: "面积与户数:已开工小区在小区名录中登记的房屋专有面积与户数合计。",
    en: "Area and households: the registered dwellings of the started neighbourhoods and their exclusive floor area.",
  },
  investment: {
    zh: "投资:年度项目中已纳入(基础类或表决通过)的改造内容估算造价合计。",
    en: "Investment: estimated cost of the included items (basic, or passed by the residents) of the year's projects.",
  },
};
