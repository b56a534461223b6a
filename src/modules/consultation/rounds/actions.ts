"use server";
// When a ballot is failing or has failed: while it is open its closing time may be extended once,
// with a reason; once counted and published, the items it did not pass may be asked again in a second round — a
// new ballot linked to the first, whose votes, forms, history and result stay as they were.
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { ExtendBallotInput, SecondRoundInput } from "../schema";
import { notifyResidents } from "@/modules/notifications/sender";
import { msg, ref } from "@/lib/i18n/message-ref";

/** Longest extension: residents were told a date; a month more is already a new consultation. */
const MAX_EXTENSION_DAYS = 30;

const chinaTime = (d: Date) =>
  d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });

/** The ballot for its managing official, its row locked exclusively (votes in flight finish first). */
async function lockedBallot(tx: Tx, actor: Actor, ballotId: string) {
  await tx.$queryRaw`SELECT id FROM "Ballot" WHERE id = ${ballotId} FOR UPDATE`;
  const ballot = await tx.ballot.findUnique({
    where: { id: ballotId },
    select: {
      id: true,
      title: true,
      status: true,
      round: true,
      opensAt: true,
      closesAt: true,
      originalClosesAt: true,
      showRunningResults: true,
      noticeWorkingDays: true,
      projectId: true,
      project: { select: { stage: true, ...PROJECT_PLACE_SELECT } },
      nextRound: { select: { id: true, round: true } },
      items: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          projectItemId: true,
          unitId: true,
          matter: true,
          title: true,
          description: true,
          estimatedCostFen: true,
          contributionNote: true,
          sortOrder: true,
          outcome: true,
        },
      },
    },
  });
  if (!ballot) throw new NotFoundError("errors.things.ballot");
  assertCanManage(actor, projectPlace(ballot.project));
  return ballot;
}

export const extendBallot = defineAction({
  name: "ballot.extend",
  input: ExtendBallotInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await lockedBallot(tx, actor, input.ballotId);
    if (ballot.status !== "OPEN" || new Date() >= ballot.closesAt) {
      throw new RuleViolationError(ref("errors.consultation.onlyABallotStillOpenFor"));
    }
    if (ballot.originalClosesAt) {
      throw new InvalidInputError(
        {
          closesAt: [
            msg("validation.consultation.extendedOnce", {
              originalClosesAt: chinaTime(ballot.originalClosesAt),
              closesAt: chinaTime(ballot.closesAt),
            }),
          ],
        },
        ref("errors.consultation.theClosingTimeCanBeExtended"),
      );
    }
    if (input.closesAt <= ballot.closesAt) {
      throw new InvalidInputError({
        closesAt: [msg("validation.consultation.afterCurrentClosing", { closesAt: chinaTime(ballot.closesAt) })],
      });
    }
    if (input.closesAt.getTime() - ballot.closesAt.getTime() > MAX_EXTENSION_DAYS * 86_400_000) {
      throw new InvalidInputError({
        closesAt: [msg("validation.consultation.atMostDays", { days: String(MAX_EXTENSION_DAYS) })],
      });
    }
    return ballot;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const extendedAt = new Date();
    await tx.ballot.update({
      where: { id: scope.id },
      data: {
        closesAt: input.closesAt,
        originalClosesAt: scope.closesAt,
        extendedAt,
        extendedById: actor.id,
        extensionReason: input.reason,
      },
    });
    // Residents who were told the first closing time are told the new one, in this transaction.
    const told = await notifyResidents(tx, {
      kind: "BALLOT_EXTENDED",
      ballotId: scope.id,
      previousClosesAt: scope.closesAt,
      reason: input.reason,
    });
    await audit({
      action: "ballot.extend",
      entityType: "Ballot",
      entityId: scope.id,
      districtId: scope.project.districtId,
      before: { closesAt: scope.closesAt },
      after: { closesAt: input.closesAt, reason: input.reason, residentsNotified: told.recipients },
    });
    return { closesAt: input.closesAt, residentsNotified: told.recipients };
  },
  revalidate: (input) => [`/district/consultations/${input.ballotId}`, `/resident/ballots/${input.ballotId}`],
});

const FAILED = new Set(["FAILED", "NOT_QUORATE"]);

export const openSecondRound = defineAction({
  name: "ballot.secondRound",
  input: SecondRoundInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await lockedBallot(tx, actor, input.ballotId);
    // Residents learn the result from the 公示 before they are asked again.
    if (!["PUBLISHED", "FINAL"].includes(ballot.status)) {
      throw new RuleViolationError(ref("errors.consultation.countAndPublishThisRoundS"));
    }
    if (ballot.nextRound) {
      throw new ConflictError(ref("errors.consultation.roundAlreadyOpened", { round: String(ballot.nextRound.round) }));
    }
    const failed = ballot.items.filter((i) => FAILED.has(i.outcome));
    if (failed.length === 0) throw new RuleViolationError(ref("errors.consultation.noItemOfThisBallotFailed"));
    if (ballot.project.stage !== "CONSULTATION") {
      throw new RuleViolationError(ref("errors.consultation.theProjectIsNoLongerIn"));
    }
    const other = await tx.ballot.count({
      where: { projectId: ballot.projectId, id: { not: ballot.id }, status: { in: ["DRAFT", "OPEN"] } },
    });
    if (other > 0) throw new ConflictError(ref("errors.consultation.thisProjectAlreadyHasABallot2"));
    if (input.closesAt <= new Date())
      throw new InvalidInputError({ closesAt: ["validation.consultation.closingMustBeInTheFuture"] });
    return { ballot, failed };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const { ballot, failed } = scope;
    const next = await tx.ballot.create({
      data: {
        projectId: ballot.projectId,
        title: input.title,
        status: "OPEN",
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        showRunningResults: ballot.showRunningResults,
        noticeWorkingDays: ballot.noticeWorkingDays,
        createdById: actor.id,
        round: ballot.round + 1,
        previousRoundId: ballot.id,
        items: {
          create: failed.map((i, n) => ({
            projectItemId: i.projectItemId,
            unitId: i.unitId,
            matter: i.matter,
            title: i.title,
            description: i.description,
            estimatedCostFen: i.estimatedCostFen,
            contributionNote: i.contributionNote,
            sortOrder: n + 1,
          })),
        },
      },
      select: { id: true, round: true },
    });
    // A finalised first round marked these items rejected; they are undecided again until this round's result.
    const reopened = await tx.projectItem.updateMany({
      where: { id: { in: failed.map((i) => i.projectItemId) }, status: "REJECTED" },
      data: { status: "PROPOSED" },
    });
    // The second round reaches the residents its (failed) items ask, like any ballot that opens.
    const told = await notifyResidents(tx, { kind: "BALLOT_OPENED", ballotId: next.id });
    await audit({
      action: "ballot.secondRound",
      entityType: "Ballot",
      entityId: next.id,
      districtId: ballot.project.districtId,
      after: {
        previousRoundId: ballot.id,
        round: next.round,
        items: failed.map((i) => ({ ballotItemId: i.id, projectItemId: i.projectItemId, outcome: i.outcome })),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        reopenedProjectItems: reopened.count,
        residentsNotified: told.recipients,
      },
    });
    return { id: next.id, round: next.round };
  },
  revalidate: (input) => ["/district/consultations", `/district/consultations/${input.ballotId}`],
});
