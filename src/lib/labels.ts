// Display names of the domain's enums, Chinese and English.
import type {
  BallotOutcome,
  BallotStatus,
  ContentCategory,
  ManagementModel,
  ProjectItemStatus,
  PlanReviewAction,
  PlanStatus,
  MatterType,
  ProjectStage,
  PropertyType,
  ReviewConclusion,
  VoteChoice,
  VoteEvent,
} from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";

export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const STAGE_LABELS: Labels<ProjectStage> = {
  RESERVE: { zh: "储备", en: "Reserve" },
  CONSULTATION: { zh: "征求意见", en: "Consultation" },
  DESIGN: { zh: "方案设计", en: "Design" },
  APPROVED: { zh: "立项审批", en: "Approved" },
  CONSTRUCTION: { zh: "施工", en: "Construction" },
  ACCEPTANCE: { zh: "联合验收", en: "Joint acceptance" },
  COMPLETED: { zh: "完成", en: "Completed" },
  LONG_TERM: { zh: "长效管理", en: "Long-term management" },
};

export const CATEGORY_LABELS: Labels<ContentCategory> = {
  BASIC: { zh: "基础类", en: "Basic" },
  IMPROVEMENT: { zh: "完善类", en: "Improvement" },
  UPGRADE: { zh: "提升类", en: "Upgrade" },
};

export const PROPERTY_TYPE_LABELS: Labels<PropertyType> = {
  COMMODITY: { zh: "商品房", en: "Commodity housing" },
  REFORM_HOUSING: { zh: "房改房", en: "Reform housing" },
  PUBLIC_HOUSING: { zh: "公房", en: "Public housing" },
  RESETTLEMENT: { zh: "安置房", en: "Resettlement housing" },
  UNIT_STAFF_HOUSING: { zh: "单位职工住宅", en: "Staff housing" },
  MIXED: { zh: "混合", en: "Mixed" },
  OTHER: { zh: "其他", en: "Other" },
};

export const MANAGEMENT_LABELS: Labels<ManagementModel> = {
  PROPERTY_COMPANY: { zh: "专业物业服务企业", en: "Professional property company" },
  COMMUNITY_SERVICE_CENTRE: { zh: "社区物业服务中心", en: "Community property service centre" },
  SELF_MANAGEMENT: { zh: "居民自治管理", en: "Residents' self-management" },
};

export const ITEM_STATUS_LABELS: Labels<ProjectItemStatus> = {
  INCLUDED: { zh: "纳入", en: "Included" },
  PROPOSED: { zh: "待居民表决", en: "Awaiting the vote" },
  REJECTED: { zh: "表决未通过", en: "Rejected by vote" },
  DROPPED: { zh: "已取消", en: "Dropped" },
};

export const REVIEW_CONCLUSION_LABELS: Labels<ReviewConclusion> = {
  PASSED: { zh: "通过", en: "Passed" },
  REVISE: { zh: "修改后再审", en: "Revise and resubmit" },
  REJECTED: { zh: "不通过", en: "Rejected" },
};

export const PLAN_STATUS_LABELS: Labels<PlanStatus> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "已报送待审核", en: "Submitted" },
  RETURNED: { zh: "已退回修改", en: "Returned" },
  APPROVED: { zh: "已批准", en: "Approved" },
};

export const PLAN_REVIEW_LABELS: Labels<PlanReviewAction> = {
  SUBMIT: { zh: "报送", en: "Submitted" },
  RETURN: { zh: "退回", en: "Returned" },
  APPROVE: { zh: "批准", en: "Approved" },
  AMEND: { zh: "计划变更", en: "Amended" },
};

export const QUARTER_LABELS: Labels<"Q1" | "Q2" | "Q3" | "Q4"> = {
  Q1: { zh: "一季度", en: "Q1" },
  Q2: { zh: "二季度", en: "Q2" },
  Q3: { zh: "三季度", en: "Q3" },
  Q4: { zh: "四季度", en: "Q4" },
};

export const BALLOT_STATUS_LABELS: Labels<BallotStatus> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  OPEN: { zh: "表决中", en: "Voting" },
  CLOSED: { zh: "已计票", en: "Counted" },
  PUBLISHED: { zh: "公示中", en: "Published (notice period)" },
  FINAL: { zh: "结果已确认", en: "Final" },
  CANCELLED: { zh: "已取消", en: "Cancelled" },
};

export const VOTE_CHOICE_LABELS: Labels<VoteChoice> = {
  AGREE: { zh: "同意", en: "Agree" },
  DISAGREE: { zh: "不同意", en: "Disagree" },
  ABSTAIN: { zh: "弃权", en: "Abstain" },
};

export const MATTER_LABELS: Labels<MatterType> = {
  SPECIAL: { zh: "特别事项(双四分之三)", en: "Special matter (3/4 and 3/4)" },
  ORDINARY: { zh: "一般事项(双过半)", en: "Ordinary matter (over 1/2 and 1/2)" },
};

export const VOTE_EVENT_LABELS: Labels<VoteEvent> = {
  ONLINE_CAST: { zh: "线上投票", en: "Voted online" },
  ONLINE_CHANGED: { zh: "线上改票", en: "Changed online vote" },
  PAPER_ENTERED: { zh: "录入业主签字纸质票", en: "Owner's paper form entered" },
  PAPER_VOIDED: { zh: "作废纸质票", en: "Paper form voided" },
  PROXY_AUTHORISED: { zh: "登记委托", en: "Proxy authorised" },
  PROXY_REVOKED: { zh: "撤销委托", en: "Proxy revoked" },
  PROXY_ENTERED: { zh: "录入受托人签字票(委托投票)", en: "Proxy's form entered" },
  PROXY_VOIDED: { zh: "作废受托人签字票", en: "Proxy's form voided" },
};

export const OUTCOME_LABELS: Labels<BallotOutcome> = {
  PENDING: { zh: "待计票", en: "Pending" },
  PASSED: { zh: "通过", en: "Passed" },
  FAILED: { zh: "未通过", en: "Failed" },
  NOT_QUORATE: { zh: "参与人数或面积不足", en: "Not quorate" },
};

/**
 * The catalogue's units of quantity in English. The catalogue is reference wording (its items
 * have English names); a unit a district typed itself is shown as typed.
 */
const UNIT_EN: Record<string, string> = {
  个: "pcs",
  台: "units",
  处: "sites",
  平方米: "m²",
  盏: "lamps",
  米: "m",
  项: "items",
};

export function unitLabel(unit: string, locale: Locale): string {
  return locale === "en" ? (UNIT_EN[unit] ?? unit) : unit;
}
