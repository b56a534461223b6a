import type { ProjectStage } from "@/generated/prisma/enums";

/** Problems are reported while building; ratings come after completion. */
export const REPORT_STAGES: ProjectStage[] = ["CONSTRUCTION", "ACCEPTANCE"];
export const RATING_STAGES: ProjectStage[] = ["COMPLETED", "LONG_TERM"];
