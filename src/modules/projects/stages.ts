// The project lifecycle: 储备 → 征求意见 → 方案设计 → 立项审批 → 施工 → 联合验收 → 完成 → 长效管理.
// A project moves one stage forward at a time, and each step has a precondition; a refusal says
// in plain words what is missing. Pure: the caller gathers the facts from the database.
import type { ProjectStage } from "@/generated/prisma/enums";
import { chongqingToday } from "@/lib/dates";
import { ref, type MessageRef, type MessageValues } from "@/lib/i18n/message-ref";

export const STAGE_ORDER: readonly ProjectStage[] = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
];

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

/** `reason`: a message of the catalogues (docs/i18n.md). */
export type TransitionCheck = { ok: true } | { ok: false; reason: MessageRef };

export function nextStage(stage: ProjectStage): ProjectStage | null {
  const i = STAGE_ORDER.indexOf(stage);
  return STAGE_ORDER[i + 1] ?? null;
}

const refuse = (key: string, values?: MessageValues): TransitionCheck => ({ ok: false, reason: ref(key, values) });

export function checkTransition(from: ProjectStage, to: ProjectStage, facts: StageFacts): TransitionCheck {
  if (from === to) return refuse("errors.projects.stages.alreadyAtStage");
  if (nextStage(from) !== to) {
    return refuse("errors.projects.stages.oneStageAtATime");
  }
  switch (to) {
    case "CONSULTATION":
      if (facts.neighborhoodCount === 0) return refuse("errors.projects.stages.noNeighbourhood");
      if (facts.itemCount === 0) return refuse("errors.projects.stages.noItems");
      return { ok: true };
    case "DESIGN":
      if (facts.proposedItemCount > 0) {
        return refuse("errors.projects.stages.itemsAwaitVote", { count: String(facts.proposedItemCount) });
      }
      return { ok: true };
    case "APPROVED":
      if (!facts.hasPassedDesignReview) return refuse("errors.projects.stages.noPassedDesignReview");
      return { ok: true };
    case "CONSTRUCTION":
      if (facts.milestoneCount === 0) return refuse("errors.projects.stages.noMilestones");
      return { ok: true };
    case "ACCEPTANCE":
      if (facts.unfinishedMilestoneCount > 0)
        return refuse("errors.projects.stages.milestonesUnfinished", { count: String(facts.unfinishedMilestoneCount) });
      return { ok: true };
    case "COMPLETED":
      if (facts.pendingSignOffDepartments.length > 0) {
        const names = [...new Set(facts.pendingSignOffDepartments)];
        return refuse("errors.projects.stages.signOffsPending", {
          names: { zh: names.join("、"), en: names.join(", ") },
        });
      }
      if (facts.acceptanceDocumentCount === 0) return refuse("errors.projects.stages.noAcceptanceDocument");
      return { ok: true };
    case "LONG_TERM":
      if (!facts.hasManagementModel) return refuse("errors.projects.stages.noManagementModel");
      return { ok: true };
    default:
      return refuse("errors.projects.stages.cannotEnter");
  }
}

/** A milestone is overdue when its planned end (a calendar day) has passed in Chongqing and it is not finished. */
export function isOverdue(milestone: { plannedEnd: Date; actualEnd: Date | null }, today: Date): boolean {
  if (milestone.actualEnd) return false;
  return milestone.plannedEnd.getTime() < chongqingToday(today).getTime();
}
