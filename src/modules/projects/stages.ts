// The project lifecycle: 储备 → 征求意见 → 方案设计 → 立项审批 → 施工 → 联合验收 → 完成 → 长效管理.
// A project moves one stage forward at a time, and each step has a precondition; a refusal says
// in plain words what is missing. Pure: the caller gathers the facts from the database.
import type { ProjectStage } from "@/generated/prisma/enums";
import { chongqingToday } from "@/lib/dates";

export const STAGE_ORDER: readonly ProjectStage[] = ["RESERVE", "CONSULTATION", "DESIGN", "APPROVED", "CONSTRUCTION", "ACCEPTANCE", "COMPLETED", "LONG_TERM"];

export type StageFacts = {
  neighborhoodCount: number;
  itemCount: number;
  /** Improvement/upgrade items the residents have not yet decided on. */
  proposedItemCount: number;
  hasPassedDesignReview: boolean;
  milestoneCount: number;
  unfinishedMilestoneCount: number;
  /** Documents uploaded since the project entered joint acceptance (the acceptance record). */
  acceptanceDocumentCount: number;
  hasManagementModel: boolean;
  /** Departments whose sign-off (a task required for acceptance) is not done yet. */
  pendingSignOffDepartments: string[];
};

type Message = { zh: string; en: string };
export type TransitionCheck = { ok: true } | { ok: false; reason: Message };

export function nextStage(stage: ProjectStage): ProjectStage | null {
  const i = STAGE_ORDER.indexOf(stage);
  return STAGE_ORDER[i + 1] ?? null;
}

const refuse = (zh: string, en: string): TransitionCheck => ({ ok: false, reason: { zh, en } });

export function checkTransition(from: ProjectStage, to: ProjectStage, facts: StageFacts): TransitionCheck {
  if (from === to) return refuse("项目已处于该阶段。", "The project is already at this stage.");
  if (nextStage(from) !== to) {
    return refuse("项目须按“储备→征求意见→方案设计→立项审批→施工→联合验收→完成→长效管理”逐阶段推进,不能跳过或回退。", "A project moves forward one stage at a time; stages cannot be skipped or reversed.");
  }
  switch (to) {
    case "CONSULTATION":
      if (facts.neighborhoodCount === 0) return refuse("项目尚未关联小区,不能进入征求意见。", "Link at least one neighbourhood before consultation.");
      if (facts.itemCount === 0) return refuse("项目尚无改造内容,请先从改造内容清单中添加。", "Add renovation items from the catalogue before consultation.");
      return { ok: true };
    case "DESIGN":
      if (facts.proposedItemCount > 0) {
        return refuse(`还有 ${facts.proposedItemCount} 项完善类/提升类内容尚待居民表决,表决结果确定后才能进入方案设计。`, `${facts.proposedItemCount} improvement/upgrade item(s) still await the residents' vote.`);
      }
      return { ok: true };
    case "APPROVED":
      if (!facts.hasPassedDesignReview) return refuse("尚无“通过”的方案设计专家评审记录,不能立项审批。", "Approval needs a design review with the conclusion “passed”.");
      return { ok: true };
    case "CONSTRUCTION":
      if (facts.milestoneCount === 0) return refuse("请先制定施工进度节点(计划完成日期),再开始施工。", "Plan the construction milestones before construction starts.");
      return { ok: true };
    case "ACCEPTANCE":
      if (facts.unfinishedMilestoneCount > 0) return refuse(`还有 ${facts.unfinishedMilestoneCount} 个进度节点未完成,不能申请联合验收。`, `${facts.unfinishedMilestoneCount} milestone(s) are not finished yet.`);
      return { ok: true };
    case "COMPLETED":
      if (facts.pendingSignOffDepartments.length > 0) {
        const names = [...new Set(facts.pendingSignOffDepartments)];
        return refuse(`联合验收尚不能完成:${names.join("、")}的验收签认或检验任务尚未办结。`, `Joint acceptance cannot complete yet: still waiting for ${names.join(", ")}.`);
      }
      if (facts.acceptanceDocumentCount === 0) return refuse("请先上传联合验收文件(验收报告等),验收通过后才能完成。", "Upload the joint acceptance record before completing the project.");
      return { ok: true };
    case "LONG_TERM":
      if (!facts.hasManagementModel) return refuse("请先登记改造后的长效管理模式(专业物业、社区物业服务中心或居民自治)。", "Record the management model after renovation first.");
      return { ok: true };
    default:
      return refuse("不能转入该阶段。", "This stage cannot be entered.");
  }
}

/** A milestone is overdue when its planned end (a calendar day) has passed in Chongqing and it is not finished. */
export function isOverdue(milestone: { plannedEnd: Date; actualEnd: Date | null }, today: Date): boolean {
  if (milestone.actualEnd) return false;
  return milestone.plannedEnd.getTime() < chongqingToday(today).getTime();
}
