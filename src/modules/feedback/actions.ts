"use server";
// Residents' feedback: problems reported during construction (answered by the district) and
// ratings after completion.
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { RATING_STAGES, REPORT_STAGES } from "./stages";
import { AnswerFeedbackInput, RateProjectInput, ReportProblemInput } from "./schema";
import { ref } from "@/lib/i18n/message-ref";

const PROJECT = "errors.things.project";

/** The resident's bound dwelling inside the project, or a refusal. */
async function residentInProject(tx: Tx, actor: Actor, projectId: string) {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { id: true, stage: true, districtId: true, neighborhoods: { select: { neighborhoodId: true } } },
  });
  if (!project) throw new NotFoundError(PROJECT);
  const binding = await tx.residentDwelling.findFirst({
    where: {
      userId: actor.id,
      revokedAt: null,
      dwelling: { neighborhoodId: { in: project.neighborhoods.map((n) => n.neighborhoodId) } },
    },
    orderBy: { boundAt: "asc" },
    select: { dwellingId: true },
  });
  if (!binding) throw new ForbiddenError(ref("errors.feedback.onlyResidentsWithADwellingIn"));
  return { project, dwellingId: binding.dwellingId };
}

export const reportProblem = defineAction({
  name: "feedback.report",
  input: ReportProblemInput,
  roles: ["RESIDENT"],
  authorize: async ({ actor, input, tx }) => {
    const scope = await residentInProject(tx, actor, input.projectId);
    if (!REPORT_STAGES.includes(scope.project.stage)) {
      throw new RuleViolationError(ref("errors.feedback.problemsCanBeReportedWhileThe"));
    }
    return scope;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const photo = input.photo ? await saveUpload(input.photo, "image", "photo") : null;
    const feedback = await tx.feedback.create({
      data: {
        projectId: input.projectId,
        dwellingId: scope.dwellingId,
        userId: actor.id,
        kind: "PROBLEM",
        body: input.body,
        photoKey: photo?.storageKey ?? null,
      },
      select: { id: true },
    });
    await audit({
      action: "feedback.report",
      entityType: "Feedback",
      entityId: feedback.id,
      districtId: scope.project.districtId,
      after: { projectId: input.projectId, body: input.body, photoKey: photo?.storageKey ?? null },
    });
    return { id: feedback.id };
  },
});

export const answerFeedback = defineAction({
  name: "feedback.answer",
  input: AnswerFeedbackInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const feedback = await tx.feedback.findUnique({
      where: { id: input.feedbackId },
      select: { id: true, kind: true, status: true, answer: true, project: { select: PROJECT_PLACE_SELECT } },
    });
    if (!feedback) throw new NotFoundError("errors.things.report");
    assertCanManage(actor, projectPlace(feedback.project));
    if (feedback.kind !== "PROBLEM") throw new RuleViolationError(ref("errors.feedback.ratingsAreNotAnswered"));
    return feedback;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    await tx.feedback.update({
      where: { id: input.feedbackId },
      data: { answer: input.answer, answeredById: actor.id, answeredAt: new Date(), status: "ANSWERED" },
    });
    await audit({
      action: "feedback.answer",
      entityType: "Feedback",
      entityId: input.feedbackId,
      districtId: scope.project.districtId,
      before: { status: scope.status, answer: scope.answer },
      after: { status: "ANSWERED", answer: input.answer },
    });
    return { id: input.feedbackId };
  },
});

export const rateProject = defineAction({
  name: "feedback.rate",
  input: RateProjectInput,
  roles: ["RESIDENT"],
  authorize: async ({ actor, input, tx }) => {
    const scope = await residentInProject(tx, actor, input.projectId);
    if (!RATING_STAGES.includes(scope.project.stage)) {
      throw new RuleViolationError(ref("errors.feedback.projectsCanBeRatedAfterCompletion"));
    }
    return scope;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    // One rating per resident per project; rating again replaces it (the audit log keeps the old one).
    const existing = await tx.feedback.findFirst({
      where: { projectId: input.projectId, userId: actor.id, kind: "RATING" },
      select: { id: true, score: true, body: true },
    });
    if (existing && existing.score === input.score && existing.body === input.body) {
      throw new ConflictError(ref("errors.feedback.youAlreadyGaveThisRating"));
    }
    const saved = existing
      ? await tx.feedback.update({
          where: { id: existing.id },
          data: { score: input.score, body: input.body },
          select: { id: true },
        })
      : await tx.feedback.create({
          data: {
            projectId: input.projectId,
            dwellingId: scope.dwellingId,
            userId: actor.id,
            kind: "RATING",
            score: input.score,
            body: input.body,
            status: "CLOSED",
          },
          select: { id: true },
        });
    await audit({
      action: "feedback.rate",
      entityType: "Feedback",
      entityId: saved.id,
      districtId: scope.project.districtId,
      before: existing ? { score: existing.score, body: existing.body } : undefined,
      after: { score: input.score, body: input.body },
    });
    return { id: saved.id };
  },
});
