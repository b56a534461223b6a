// Labels of the funding ledger, Chinese first.
import type { FundingSource, FundingStatus, SharePayment } from "@/generated/prisma/enums";
import type { Labels } from "@/lib/labels";

export const FUNDING_SOURCE_LABELS: Labels<FundingSource> = {
  CENTRAL_SUBSIDY: { zh: "中央补助资金", en: "Central subsidy" },
  MUNICIPAL_FINANCE: { zh: "市级财政资金", en: "Municipal finance" },
  DISTRICT_FINANCE: { zh: "区县财政资金", en: "District finance" },
  SPECIAL_BOND: { zh: "地方政府专项债券", en: "Local government special bonds" },
  RESIDENT_DIRECT: { zh: "居民直接出资", en: "Residents' direct contribution" },
  MAINTENANCE_FUND_USE: { zh: "使用住宅专项维修资金", en: "Use of the housing maintenance fund" },
  MAINTENANCE_FUND_RAISE: { zh: "补建、续筹住宅专项维修资金", en: "Raising housing maintenance fund" },
  PUBLIC_REVENUE: { zh: "让渡小区公共收益", en: "Neighbourhood public revenue" },
  PROVIDENT_FUND: { zh: "提取住房公积金(加装电梯)", en: "Housing provident fund (lifts)" },
  UTILITY_COMPANY: { zh: "水电气讯等专营单位", en: "Utility companies" },
  SOCIAL_CAPITAL: { zh: "社会资本/企业", en: "Social capital / enterprises" },
  ORIGINAL_OWNER_UNIT: { zh: "原产权单位", en: "Original property-owning unit" },
  OTHER: { zh: "其他", en: "Other" },
};

export const FUNDING_SOURCES = Object.keys(FUNDING_SOURCE_LABELS) as FundingSource[];

export const FUNDING_STATUS_LABELS: Labels<FundingStatus> = {
  PLANNED: { zh: "计划", en: "Planned" },
  COMMITTED: { zh: "已承诺", en: "Committed" },
  PAID: { zh: "已到位", en: "Paid" },
};

export const SHARE_PAYMENT_LABELS: Labels<SharePayment> = {
  UNPAID: { zh: "未缴", en: "Unpaid" },
  DIRECT: { zh: "已缴(直接缴纳)", en: "Paid directly" },
  PROVIDENT_FUND: { zh: "已缴(提取公积金)", en: "Paid from provident fund" },
};
