"use server";
// Consultation actions: binding codes, ballots, votes, paper forms, closing, 公示 and objections.
import type { Prisma } from "@/generated/prisma/client";
import type { BallotStatus } from "@/generated/prisma/enums";
import { revalidatePath } from "next/cache";
import { actionFailure, defineAction, defineStatementAction, sessionRefusal, type ActionResult } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage, NOT_BOUND_MESSAGE } from "@/lib/auth/guards";
import { NEIGHBORHOOD_PLACE_SELECT, neighborhoodPlace, PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { getRequestContext } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RuleViolationError,
  type Message,
} from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { syncProjectTasks } from "@/modules/departments/sync";
import { notifyResidents } from "@/modules/notifications/sender";
import { generateBindingCode } from "./codes";
import { redeemCodeForResident } from "./redeem";
import {
  AnswerObjectionInput,
  BallotIdInput,
  CastVoteInput,
  IssueCodesInput,
  ObjectionInput,
  OpenBallotInput,
  PaperBallotInput,
  RevokeCodeInput,
  VoidPaperBallotInput,
} from "./schema";
import { isDwellingInScope, tallyItem } from "./scope";
import { addWorkingDays } from "./working-days";
import { ref } from "@/lib/i18n/message-ref";

const BALLOT = "errors.things.ballot";
const ITEM = "errors.things.ballotItem";

// ───────────── Binding codes ─────────────

async function issueCode(tx: Tx, dwellingId: string, issuedById: string) {
  // 59 bits make a collision practically impossible; the unique index would still refuse one.
  return tx.bindingCode.create({ data: { dwellingId, code: generateBindingCode(), issuedById }, select: { id: true } });
}

export const issueBindingCodes = defineAction({
  name: "bindingCode.issue",
  input: IssueCodesInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const n = await tx.neighborhood.findUnique({
      where: { id: input.neighborhoodId },
      select: { id: true, ...NEIGHBORHOOD_PLACE_SELECT },
    });
    if (!n) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(n));
    return n;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const open = { revokedAt: null, redeemedAt: null };
    let revoked = 0;
    if (input.reissueAll) {
      revoked = (
        await tx.bindingCode.updateMany({
          where: { ...open, dwelling: { neighborhoodId: scope.id } },
          data: { revokedAt: new Date() },
        })
      ).count;
    }
    const dwellings = await tx.dwelling.findMany({
      where: { neighborhoodId: scope.id, bindingCodes: { none: open } },
      select: { id: true },
    });
    for (const d of dwellings) await issueCode(tx, d.id, actor.id);
    // The codes themselves never go into the audit log.
    await audit({
      action: "bindingCode.issue",
      entityType: "Neighborhood",
      entityId: scope.id,
      districtId: scope.districtId,
      after: { issued: dwellings.length, revoked },
    });
    return { issued: dwellings.length, revoked };
  },
  revalidate: (input) => [`/district/consultations/codes/${input.neighborhoodId}`],
});

export const revokeBindingCode = defineAction({
  name: "bindingCode.revoke",
  input: RevokeCodeInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const d = await tx.dwelling.findUnique({
      where: { id: input.dwellingId },
      select: { id: true, neighborhoodId: true, neighborhood: { select: NEIGHBORHOOD_PLACE_SELECT } },
    });
    if (!d) throw new NotFoundError("errors.things.dwelling");
    assertCanManage(actor, neighborhoodPlace(d.neighborhood));
    return d;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const { count } = await tx.bindingCode.updateMany({
      where: { dwellingId: input.dwellingId, revokedAt: null, redeemedAt: null },
      data: { revokedAt: new Date() },
    });
    const reissued = input.reissue ? await issueCode(tx, input.dwellingId, actor.id) : null;
    await audit({
      action: "bindingCode.revoke",
      entityType: "Dwelling",
      entityId: input.dwellingId,
      districtId: scope.neighborhood.districtId,
      after: { revoked: count, reissuedCodeId: reissued?.id ?? null },
    });
    return { revoked: count, reissued: !!reissued };
  },
});

/** Binds a further dwelling to the signed-in resident (the rule and its throttle: ./redeem.ts). */
export async function redeemBindingCode(raw: unknown): Promise<ActionResult<{ dwellingId: string }>> {
  const context = await getRequestContext();
  const input = raw instanceof FormData ? { code: raw.get("code") } : ((raw ?? {}) as { code?: unknown });
  try {
    const data = await redeemCodeForResident(db, context, input);
    revalidatePath("/resident");
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error, context.locale, "bindingCode.redeem");
  }
}

// ───────────── Ballots ─────────────

async function ballotForOfficial(tx: Tx, actor: Actor, ballotId: string, lock = false) {
  if (lock) await tx.$queryRaw`SELECT id FROM "Ballot" WHERE id = ${ballotId} FOR UPDATE`;
  const ballot = await tx.ballot.findUnique({
    where: { id: ballotId },
    select: {
      id: true,
      status: true,
      opensAt: true,
      closesAt: true,
      noticeWorkingDays: true,
      noticeEndsAt: true,
      projectId: true,
      project: { select: PROJECT_PLACE_SELECT },
    },
  });
  if (!ballot) throw new NotFoundError(BALLOT);
  assertCanManage(actor, projectPlace(ballot.project));
  return ballot;
}

function requireStatus(status: BallotStatus, allowed: BallotStatus[], message: Message) {
  if (!allowed.includes(status)) throw new RuleViolationError(message);
}

export const openBallot = defineAction({
  name: "ballot.open",
  input: OpenBallotInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const project = await tx.project.findUnique({
      where: { id: input.projectId },
      select: { id: true, stage: true, ...PROJECT_PLACE_SELECT },
    });
    if (!project) throw new NotFoundError("errors.things.project");
    assertCanManage(actor, projectPlace(project));
    if (project.stage !== "CONSULTATION") {
      throw new RuleViolationError(ref("errors.consultation.onlyAProjectInConsultationCan"));
    }
    const running = await tx.ballot.count({
      where: { projectId: project.id, status: { in: ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"] } },
    });
    if (running > 0) throw new ConflictError(ref("errors.consultation.thisProjectAlreadyHasABallot"));
    return project;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const items = await tx.projectItem.findMany({
      where: { projectId: scope.id, status: "PROPOSED" },
      orderBy: [{ catalogueItem: { sortOrder: "asc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        unitId: true,
        matter: true,
        estimatedCostFen: true,
        note: true,
        catalogueItem: { select: { name: true, description: true } },
        unit: { select: { name: true, building: { select: { name: true } } } },
      },
    });
    if (items.length === 0) {
      throw new RuleViolationError(ref("errors.consultation.theProjectHasNoProposedItems"));
    }
    const ballot = await tx.ballot.create({
      data: {
        projectId: scope.id,
        title: input.title,
        status: "OPEN",
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        showRunningResults: input.showRunningResults,
        noticeWorkingDays: input.noticeWorkingDays,
        createdById: actor.id,
        items: {
          create: items.map((item, i) => ({
            projectItemId: item.id,
            unitId: item.unitId,
            matter: item.matter,
            title: item.unit
              ? `${item.catalogueItem.name}(${item.unit.building.name}${item.unit.name})`
              : item.catalogueItem.name,
            description: item.catalogueItem.description,
            estimatedCostFen: item.estimatedCostFen,
            contributionNote: item.note,
            sortOrder: i + 1,
          })),
        },
      },
      select: { id: true },
    });
    await audit({
      action: "ballot.open",
      entityType: "Ballot",
      entityId: ballot.id,
      districtId: scope.districtId,
      after: { ...input, items: items.length },
    });
    await notifyResidents(tx, { kind: "BALLOT_OPENED", ballotId: ballot.id });
    return { id: ballot.id };
  },
  revalidate: () => ["/district/consultations"],
});

// ───────────── Voting ─────────────

const VOTE_ROLES = ["RESIDENT"] as const;
type VoteOutcome =
  "OK" | "UNAUTHENTICATED" | "PASSWORD" | "ROLE" | "NOT_BOUND" | "NO_ITEM" | "CLOSED" | "NOT_YET" | "OUT_OF_SCOPE";

/**
 * A resident's vote: one call of the database function `cast_vote` (migration
 * 20261201134500_vote_in_one_statement), which checks the session, the binding, the ballot (under
 * a shared lock on its row: closing takes it exclusively, so no vote can slip in between the close
 * and its tally) and the item's scope (lifts: their stairwell unit), then upserts the one row per
 * dwelling and item, appends the history and writes the audit row — all in one statement.
 */
export const castVote = defineStatementAction({
  name: "vote.cast",
  input: CastVoteInput,
  roles: VOTE_ROLES,
  statement: async ({ identity, input, ip }) => {
    const [row] = await db.$queryRaw<{ r_outcome: VoteOutcome; r_event: "ONLINE_CAST" | "ONLINE_CHANGED" | null }[]>`
      SELECT r_outcome, r_event FROM "cast_vote"(${identity.sessionId}, ${identity.userId}, ${input.ballotItemId}, ${input.dwellingId}, ${input.choice}, ${ip})`;
    switch (row!.r_outcome) {
      case "OK":
        return { event: row!.r_event! };
      case "UNAUTHENTICATED":
      case "PASSWORD":
      case "ROLE":
        throw sessionRefusal(row!.r_outcome, VOTE_ROLES);
      case "NOT_BOUND":
        throw new ForbiddenError(NOT_BOUND_MESSAGE);
      case "NO_ITEM":
        throw new NotFoundError(ITEM);
      case "CLOSED":
        throw new RuleViolationError(ref("errors.consultation.votingHasClosedVotesCanNo"));
      case "NOT_YET":
        throw new RuleViolationError(ref("errors.consultation.votingHasNotOpenedYet"));
      case "OUT_OF_SCOPE":
        throw new ForbiddenError(ref("errors.consultation.yourDwellingDoesNotVoteOn"));
    }
  },
});

async function itemForOfficial(tx: Tx, actor: Actor, ballotItemId: string) {
  const item = await tx.ballotItem.findUnique({
    where: { id: ballotItemId },
    select: {
      id: true,
      unitId: true,
      ballotId: true,
      ballot: { select: { status: true, projectId: true, project: { select: PROJECT_PLACE_SELECT } } },
    },
  });
  if (!item) throw new NotFoundError(ITEM);
  assertCanManage(actor, projectPlace(item.ballot.project));
  return item;
}

export const enterPaperBallot = defineAction({
  name: "paperBallot.enter",
  input: PaperBallotInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const item = await itemForOfficial(tx, actor, input.ballotItemId);
    await tx.$queryRaw`SELECT id FROM "Ballot" WHERE id = ${item.ballotId} FOR SHARE`;
    const status = (await tx.ballot.findUniqueOrThrow({ where: { id: item.ballotId }, select: { status: true } }))
      .status;
    requireStatus(status, ["OPEN"], ref("errors.consultation.paperBallotsCanOnlyBeEntered"));
    if (!(await isDwellingInScope(tx, { projectId: item.ballot.projectId, unitId: item.unitId }, input.dwellingId))) {
      throw new InvalidInputError({ dwellingId: ["validation.consultation.notInScope"] });
    }
    return item;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const scan = await saveUpload(input.scan, "imageOrPdf", "scan");
    // One instant for the form and its history event: `@default(now())` is taken per statement, and
    // an online vote falling between the two would count one way live and the other way replayed.
    const enteredAt = new Date();
    const paper = await tx.paperBallot.create({
      data: {
        ballotItemId: input.ballotItemId,
        dwellingId: input.dwellingId,
        choice: input.choice,
        scanKey: scan.storageKey,
        enteredById: actor.id,
        enteredAt,
      },
      select: { id: true },
    });
    await tx.voteHistory.create({
      data: {
        ballotItemId: input.ballotItemId,
        dwellingId: input.dwellingId,
        event: "PAPER_ENTERED",
        choice: input.choice,
        actorId: actor.id,
        paperBallotId: paper.id,
        at: enteredAt,
      },
    });
    const online = await tx.vote.findUnique({
      where: { ballotItemId_dwellingId: { ballotItemId: input.ballotItemId, dwellingId: input.dwellingId } },
      select: { choice: true },
    });
    await audit({
      action: "paperBallot.enter",
      entityType: "PaperBallot",
      entityId: paper.id,
      districtId: scope.ballot.project.districtId,
      after: {
        ballotItemId: input.ballotItemId,
        dwellingId: input.dwellingId,
        choice: input.choice,
        scanKey: scan.storageKey,
        overridesOnline: online?.choice ?? null,
      },
    });
    return { id: paper.id, overridesOnline: online?.choice ?? null };
  },
  revalidate: () => ["/district/consultations"],
});

export const voidPaperBallot = defineAction({
  name: "paperBallot.void",
  input: VoidPaperBallotInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const paper = await tx.paperBallot.findUnique({
      where: { id: input.paperBallotId },
      select: { id: true, ballotItemId: true, dwellingId: true, voidedAt: true, proxyId: true },
    });
    if (!paper) throw new NotFoundError("errors.things.paperBallot");
    const item = await itemForOfficial(tx, actor, paper.ballotItemId);
    requireStatus(item.ballot.status, ["OPEN"], ref("errors.consultation.paperBallotsCannotBeVoidedAfter"));
    if (paper.voidedAt) throw new ConflictError(ref("errors.consultation.thisPaperBallotIsAlreadyVoid"));
    return { paper, districtId: item.ballot.project.districtId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const voidedAt = new Date();
    await tx.paperBallot.update({
      where: { id: scope.paper.id },
      data: { voidedAt, voidedById: actor.id, voidReason: input.reason },
    });
    const proxyId = scope.paper.proxyId;
    await tx.voteHistory.create({
      data: {
        ballotItemId: scope.paper.ballotItemId,
        dwellingId: scope.paper.dwellingId,
        event: proxyId ? "PROXY_VOIDED" : "PAPER_VOIDED",
        choice: null,
        actorId: actor.id,
        proxyId,
        paperBallotId: scope.paper.id,
        at: voidedAt,
      },
    });
    await audit({
      action: "paperBallot.void",
      entityType: "PaperBallot",
      entityId: scope.paper.id,
      districtId: scope.districtId,
      after: { reason: input.reason, proxyId },
    });
    return { id: scope.paper.id };
  },
});

// ───────────── Closing, 公示, objections, binding the scope ─────────────

export const closeBallot = defineAction({
  name: "ballot.close",
  input: BallotIdInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    // Exclusive lock: waits for votes in flight, refuses later ones.
    const ballot = await ballotForOfficial(tx, actor, input.ballotId, true);
    requireStatus(ballot.status, ["OPEN"], ref("errors.consultation.onlyAnOpenBallotCanBe"));
    // Residents were promised until the closing time to vote and change their minds.
    if (new Date() < ballot.closesAt) {
      const at = {
        zh: ballot.closesAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }),
        en: ballot.closesAt.toISOString(),
      };
      throw new RuleViolationError(ref("errors.consultation.notClosedYet", { at }));
    }
    return ballot;
  },
  run: async ({ input, tx, scope, audit }) => {
    await tx.ballot.update({ where: { id: input.ballotId }, data: { status: "CLOSED" } });
    const items = await tx.ballotItem.findMany({
      where: { ballotId: input.ballotId },
      select: { id: true, unitId: true, matter: true },
    });
    const outcomes: Record<string, string> = {};
    for (const item of items) {
      const result = await tallyItem(tx, { ...item, projectId: scope.projectId });
      const outcome = !result.quorate ? "NOT_QUORATE" : result.passed ? "PASSED" : "FAILED";
      outcomes[item.id] = outcome;
      await tx.ballotItem.update({
        where: { id: item.id },
        data: { outcome, result: result as unknown as Prisma.InputJsonValue },
      });
    }
    await audit({
      action: "ballot.close",
      entityType: "Ballot",
      entityId: input.ballotId,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "CLOSED", outcomes },
    });
    return { outcomes };
  },
  revalidate: (input) => [`/district/consultations/${input.ballotId}`],
});

export const publishBallot = defineAction({
  name: "ballot.publish",
  input: BallotIdInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await ballotForOfficial(tx, actor, input.ballotId, true);
    requireStatus(ballot.status, ["CLOSED"], ref("errors.consultation.onlyACountedBallotCanBe"));
    return ballot;
  },
  run: async ({ input, tx, scope, audit }) => {
    const publishedAt = new Date();
    const noticeEndsAt = addWorkingDays(publishedAt, scope.noticeWorkingDays);
    await tx.ballot.update({ where: { id: input.ballotId }, data: { status: "PUBLISHED", publishedAt, noticeEndsAt } });
    await audit({
      action: "ballot.publish",
      entityType: "Ballot",
      entityId: input.ballotId,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "PUBLISHED", publishedAt, noticeEndsAt },
    });
    await notifyResidents(tx, { kind: "RESULT_PUBLISHED", ballotId: input.ballotId });
    return { noticeEndsAt };
  },
  revalidate: (input) => [`/district/consultations/${input.ballotId}`],
});

export const lodgeObjection = defineAction({
  name: "ballot.object",
  input: ObjectionInput,
  roles: ["RESIDENT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await tx.ballot.findUnique({
      where: { id: input.ballotId },
      select: {
        id: true,
        status: true,
        noticeEndsAt: true,
        projectId: true,
        project: { select: { districtId: true, neighborhoods: { select: { neighborhoodId: true } } } },
      },
    });
    if (!ballot) throw new NotFoundError(BALLOT);
    const binding = await tx.residentDwelling.findFirst({
      where: {
        userId: actor.id,
        revokedAt: null,
        dwelling: { neighborhoodId: { in: ballot.project.neighborhoods.map((n) => n.neighborhoodId) } },
      },
      select: { dwellingId: true },
    });
    if (!binding) throw new ForbiddenError(ref("errors.consultation.onlyOwnersInTheProjectMay"));
    if (ballot.status !== "PUBLISHED" || !ballot.noticeEndsAt || new Date() >= ballot.noticeEndsAt) {
      throw new RuleViolationError(ref("errors.consultation.objectionsCanOnlyBeLodgedDuring"));
    }
    if (
      input.ballotItemId &&
      (await tx.ballotItem.count({ where: { id: input.ballotItemId, ballotId: ballot.id } })) === 0
    ) {
      throw new InvalidInputError({ ballotItemId: ["validation.consultation.notAnItemOfThisBallot"] });
    }
    return { ballot, dwellingId: binding.dwellingId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const objection = await tx.ballotObjection.create({
      data: {
        ballotId: input.ballotId,
        ballotItemId: input.ballotItemId ?? null,
        userId: actor.id,
        dwellingId: scope.dwellingId,
        body: input.body,
      },
      select: { id: true },
    });
    await audit({
      action: "ballot.object",
      entityType: "BallotObjection",
      entityId: objection.id,
      districtId: scope.ballot.project.districtId,
      after: { ballotId: input.ballotId, ballotItemId: input.ballotItemId ?? null },
    });
    return { id: objection.id };
  },
});

export const answerObjection = defineAction({
  name: "ballot.answerObjection",
  input: AnswerObjectionInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const objection = await tx.ballotObjection.findUnique({
      where: { id: input.objectionId },
      select: { id: true, ballotId: true, status: true },
    });
    if (!objection) throw new NotFoundError("errors.things.objection");
    const ballot = await ballotForOfficial(tx, actor, objection.ballotId);
    return { objection, districtId: ballot.project.districtId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    await tx.ballotObjection.update({
      where: { id: input.objectionId },
      data: { status: "ANSWERED", response: input.response, respondedById: actor.id, respondedAt: new Date() },
    });
    await audit({
      action: "ballot.answerObjection",
      entityType: "BallotObjection",
      entityId: input.objectionId,
      districtId: scope.districtId,
      before: { status: scope.objection.status },
      after: { status: "ANSWERED", response: input.response },
    });
    await notifyResidents(tx, { kind: "OBJECTION_ANSWERED", objectionId: input.objectionId });
    return { id: input.objectionId };
  },
});

export const finalizeBallot = defineAction({
  name: "ballot.finalize",
  input: BallotIdInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await ballotForOfficial(tx, actor, input.ballotId, true);
    requireStatus(ballot.status, ["PUBLISHED"], ref("errors.consultation.onlyAPublishedBallotCanBe"));
    if (!ballot.noticeEndsAt || new Date() < ballot.noticeEndsAt) {
      throw new RuleViolationError(ref("errors.consultation.theNoticePeriodHasNotEnded"));
    }
    const open = await tx.ballotObjection.count({ where: { ballotId: ballot.id, status: "OPEN" } });
    if (open > 0) throw new RuleViolationError(ref("errors.consultation.objectionsOpen", { open: String(open) }));
    return ballot;
  },
  run: async ({ input, tx, scope, audit }) => {
    const items = await tx.ballotItem.findMany({
      where: { ballotId: input.ballotId },
      select: { projectItemId: true, outcome: true },
    });
    // Items asked again in a later round stay undecided: that round's result decides them.
    const reasked = new Set(
      (
        await tx.ballotItem.findMany({
          where: { ballot: { previousRoundId: input.ballotId } },
          select: { projectItemId: true },
        })
      ).map((i) => i.projectItemId),
    );
    const passed = items.filter((i) => i.outcome === "PASSED").map((i) => i.projectItemId);
    const failed = items
      .filter((i) => i.outcome !== "PASSED" && !reasked.has(i.projectItemId))
      .map((i) => i.projectItemId);
    await tx.projectItem.updateMany({
      where: { id: { in: passed }, status: "PROPOSED" },
      data: { status: "INCLUDED" },
    });
    await tx.projectItem.updateMany({
      where: { id: { in: failed }, status: "PROPOSED" },
      data: { status: "REJECTED" },
    });
    await tx.ballot.update({ where: { id: input.ballotId }, data: { status: "FINAL", finalizedAt: new Date() } });
    await audit({
      action: "ballot.finalize",
      entityType: "Ballot",
      entityId: input.ballotId,
      districtId: scope.project.districtId,
      before: { status: scope.status },
      after: { status: "FINAL", included: passed, rejected: failed },
    });
    await syncProjectTasks(tx, scope.projectId, { audit });
    return { included: passed.length, rejected: failed.length };
  },
});
