"use server";
// 委托投票: district staff record an owner's signed authorisation of a proxy for one ballot (with
// its scan), and revoke it. The proxy's signed forms are entered on the paper entry screen
// ("signed by the proxy") and count by the precedence in ../effective.ts.
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { ProxyInput, RevokeProxyInput } from "../schema";
import { isDwellingInScope } from "../scope";
import { msg, ref } from "@/lib/i18n/message-ref";

const NOT_OPEN = ref("errors.consultation.proxiesCanOnlyBeRecordedOr");

/** The ballot, for its managing official, with its row shared against a concurrent close. */
async function openBallotForProxy(tx: Tx, actor: Actor, ballotId: string) {
  const ballot = await tx.ballot.findUnique({
    where: { id: ballotId },
    select: {
      id: true,
      projectId: true,
      project: { select: PROJECT_PLACE_SELECT },
      items: { select: { id: true, unitId: true } },
    },
  });
  if (!ballot) throw new NotFoundError("errors.things.ballot");
  assertCanManage(actor, projectPlace(ballot.project));
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Ballot" WHERE id = ${ballot.id} FOR SHARE`;
  if (row?.status !== "OPEN") throw new RuleViolationError(NOT_OPEN);
  return ballot;
}

/** The dwelling's items of the ballot (lift items only in their unit), for one history row each. */
async function dwellingItems(tx: Tx, items: { id: string; unitId: string | null }[], dwellingId: string) {
  const { unitId } = await tx.dwelling.findUniqueOrThrow({ where: { id: dwellingId }, select: { unitId: true } });
  return items.filter((i) => !i.unitId || i.unitId === unitId);
}

export const recordProxy = defineAction({
  name: "proxy.record",
  input: ProxyInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await openBallotForProxy(tx, actor, input.ballotId);
    if (!(await isDwellingInScope(tx, { projectId: ballot.projectId, unitId: null }, input.dwellingId))) {
      throw new InvalidInputError({ dwellingId: ["validation.consultation.theDwellingIsNotInThis"] });
    }
    // Serialise authorisations of one dwelling (the partial unique index would refuse a second too).
    await tx.$queryRaw`SELECT id FROM "Dwelling" WHERE id = ${input.dwellingId} FOR UPDATE`;
    const current = await tx.proxyAuthorisation.findFirst({
      where: { ballotId: ballot.id, dwellingId: input.dwellingId, revokedAt: null },
      select: { proxyName: true },
    });
    if (current) {
      throw new InvalidInputError(
        { proxyName: [msg("validation.consultation.proxyInForce", { proxyName: current.proxyName })] },
        ref("errors.consultation.thisDwellingAlreadyHasAProxy"),
      );
    }
    return { ballot, districtId: ballot.project.districtId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    // defineAction removes the stored scan again if anything below fails.
    const scan = await saveUpload(input.scan, "imageOrPdf", "scan");
    const proxy = await tx.proxyAuthorisation.create({
      data: {
        ballotId: input.ballotId,
        dwellingId: input.dwellingId,
        ownerName: input.ownerName,
        proxyName: input.proxyName,
        proxyPhone: input.proxyPhone,
        proxyIdLast4: input.proxyIdLast4,
        scanKey: scan.storageKey,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    for (const item of await dwellingItems(tx, scope.ballot.items, input.dwellingId)) {
      await tx.voteHistory.create({
        data: {
          ballotItemId: item.id,
          dwellingId: input.dwellingId,
          event: "PROXY_AUTHORISED",
          choice: null,
          actorId: actor.id,
          proxyId: proxy.id,
        },
      });
    }
    // Names and phone are personal data: the audit row keeps the record's id and the scan, not them.
    await audit({
      action: "proxy.record",
      entityType: "ProxyAuthorisation",
      entityId: proxy.id,
      districtId: scope.districtId,
      after: {
        ballotId: input.ballotId,
        dwellingId: input.dwellingId,
        scanKey: scan.storageKey,
        hasPhone: !!input.proxyPhone,
      },
    });
    return { id: proxy.id };
  },
  revalidate: (input) => [
    `/district/consultations/${input.ballotId}`,
    `/district/consultations/${input.ballotId}/paper`,
    `/district/consultations/${input.ballotId}/follow-up`,
  ],
});

export const revokeProxy = defineAction({
  name: "proxy.revoke",
  input: RevokeProxyInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const proxy = await tx.proxyAuthorisation.findUnique({
      where: { id: input.proxyId },
      select: { id: true, ballotId: true, dwellingId: true, revokedAt: true },
    });
    if (!proxy) throw new NotFoundError("errors.things.proxyAuthorisation");
    const ballot = await openBallotForProxy(tx, actor, proxy.ballotId);
    if (proxy.revokedAt)
      throw new InvalidInputError(
        { reason: ["validation.consultation.alreadyRevoked"] },
        ref("errors.consultation.thisAuthorisationIsAlreadyRevoked"),
      );
    return { proxy, ballot, districtId: ballot.project.districtId };
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const revokedAt = new Date();
    // Only while not yet revoked: two officials revoking at once give one revocation.
    const { count } = await tx.proxyAuthorisation.updateMany({
      where: { id: scope.proxy.id, revokedAt: null },
      data: { revokedAt, revokedById: actor.id, revokeReason: input.reason },
    });
    if (count === 0)
      throw new InvalidInputError(
        { reason: ["validation.consultation.alreadyRevoked"] },
        ref("errors.consultation.thisAuthorisationIsAlreadyRevoked"),
      );
    for (const item of await dwellingItems(tx, scope.ballot.items, scope.proxy.dwellingId)) {
      await tx.voteHistory.create({
        data: {
          ballotItemId: item.id,
          dwellingId: scope.proxy.dwellingId,
          event: "PROXY_REVOKED",
          choice: null,
          actorId: actor.id,
          proxyId: scope.proxy.id,
        },
      });
    }
    // The proxy's forms stay on record; from now on they no longer count (../scope.ts itemVotes).
    const forms = await tx.paperBallot.count({ where: { proxyId: scope.proxy.id, voidedAt: null } });
    await audit({
      action: "proxy.revoke",
      entityType: "ProxyAuthorisation",
      entityId: scope.proxy.id,
      districtId: scope.districtId,
      before: { revokedAt: null },
      after: { revokedAt, reason: input.reason, formsNoLongerCounting: forms },
    });
    return { id: scope.proxy.id, formsNoLongerCounting: forms };
  },
  revalidate: () => ["/district/consultations"],
});
