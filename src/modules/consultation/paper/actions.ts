"use server";
// Paper, entered by district staff: a whole dwelling's signed form at once (every item, one scan,
// all or nothing), and the community's contact phone printed on letters and notices.
import { defineAction } from "@/lib/action";
import { assertCanManage } from "@/lib/auth/guards";
import { NEIGHBORHOOD_PLACE_SELECT, neighborhoodPlace, PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { ContactPhoneInput, NOT_MARKED, PaperDwellingInput } from "../schema";
import { isDwellingInScope } from "../scope";
import { ref } from "@/lib/i18n/message-ref";

type PaperDwellingResult = {
  entered: number;
  skipped: number;
  overridesOnline: number;
  scanKey: string;
  proxyName: string | null;
};

/**
 * Enters one dwelling's paper form for every item of the ballot it votes on. The signed form wins
 * over online votes (./effective.ts); a conflict is recorded in the audit row and shown on the
 * ballot page. Every item must be answered (a vote, or "not marked"), else nothing is written; the
 * scan is removed again if the transaction does not commit (the action wrapper does that).
 */
export const enterDwellingPaperBallot = defineAction({
  name: "paperBallot.enterDwelling",
  input: PaperDwellingInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const ballot = await tx.ballot.findUnique({
      where: { id: input.ballotId },
      select: {
        id: true,
        projectId: true,
        project: { select: PROJECT_PLACE_SELECT },
        items: { orderBy: { sortOrder: "asc" }, select: { id: true, unitId: true } },
      },
    });
    if (!ballot) throw new NotFoundError("errors.things.ballot");
    assertCanManage(actor, projectPlace(ballot.project));
    // Shares the row with voters; closing takes it exclusively, so no form slips in after the count.
    const [row] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status FROM "Ballot" WHERE id = ${ballot.id} FOR SHARE`;
    if (row?.status !== "OPEN") {
      throw new RuleViolationError(ref("errors.consultation.paperBallotsCanOnlyBeEntered"));
    }
    if (!(await isDwellingInScope(tx, { projectId: ballot.projectId, unitId: null }, input.dwellingId))) {
      throw new InvalidInputError({ dwellingId: ["validation.consultation.theDwellingIsNotInThis"] });
    }
    const dwelling = await tx.dwelling.findUniqueOrThrow({ where: { id: input.dwellingId }, select: { unitId: true } });
    const items = ballot.items.filter((i) => !i.unitId || i.unitId === dwelling.unitId);
    const ids = new Set(items.map((i) => i.id));
    const fieldErrors: Record<string, string[]> = {};
    for (const item of items)
      if (!input.choices[item.id])
        fieldErrors[`choice_${item.id}`] = ["validation.consultation.enterThisItemAsMarkedOn"];
    for (const key of Object.keys(input.choices))
      if (!ids.has(key)) fieldErrors[`choice_${key}`] = ["validation.consultation.notAnItemOfThisDwelling"];
    if (Object.keys(fieldErrors).length)
      throw new InvalidInputError(fieldErrors, ref("errors.consultation.enterEveryItemAsOnThe"));
    // A form signed by a proxy counts as the proxy's only under the authorisation in force.
    let proxy: { id: string; proxyName: string } | null = null;
    if (input.signedBy === "PROXY") {
      proxy = await tx.proxyAuthorisation.findFirst({
        where: { ballotId: ballot.id, dwellingId: input.dwellingId, revokedAt: null },
        select: { id: true, proxyName: true },
      });
      if (!proxy) {
        throw new InvalidInputError(
          { signedBy: ["validation.consultation.noAuthorisationInForceForThis"] },
          ref("errors.consultation.noProxyAuthorisationInForceFor"),
        );
      }
    }
    return { items, districtId: ballot.project.districtId, proxy };
  },
  run: async ({ actor, input, tx, scope, audit }): Promise<PaperDwellingResult> => {
    const marked = scope.items.filter((i) => input.choices[i.id] !== NOT_MARKED);
    if (marked.length === 0) {
      throw new InvalidInputError(
        { _: ["validation.consultation.theFormHasNoMarks"] },
        ref("errors.consultation.theFormHasNoMarksNothing"),
      );
    }
    const scan = await saveUpload(input.scan, "imageOrPdf", "scan");
    const online = await tx.vote.findMany({
      where: { dwellingId: input.dwellingId, ballotItemId: { in: marked.map((i) => i.id) } },
      select: { ballotItemId: true, choice: true },
    });
    const conflicts: Record<string, string> = {};
    // One instant for every form of this sheet and its history events (see enterPaperBallot).
    const enteredAt = new Date();
    for (const item of marked) {
      const choice = input.choices[item.id] as "AGREE" | "DISAGREE" | "ABSTAIN";
      const proxyId = scope.proxy?.id ?? null;
      const paper = await tx.paperBallot.create({
        data: {
          ballotItemId: item.id,
          dwellingId: input.dwellingId,
          choice,
          scanKey: scan.storageKey,
          enteredById: actor.id,
          proxyId,
          enteredAt,
        },
        select: { id: true },
      });
      await tx.voteHistory.create({
        data: {
          ballotItemId: item.id,
          dwellingId: input.dwellingId,
          event: proxyId ? "PROXY_ENTERED" : "PAPER_ENTERED",
          choice,
          actorId: actor.id,
          proxyId,
          paperBallotId: paper.id,
          at: enteredAt,
        },
      });
      const o = online.find((v) => v.ballotItemId === item.id);
      if (o && o.choice !== choice) conflicts[item.id] = o.choice;
    }
    await audit({
      action: "paperBallot.enterDwelling",
      entityType: "Dwelling",
      entityId: input.dwellingId,
      districtId: scope.districtId,
      after: {
        ballotId: input.ballotId,
        choices: input.choices,
        scanKey: scan.storageKey,
        signedBy: input.signedBy,
        proxyId: scope.proxy?.id ?? null,
        overridesOnline: online.map((o) => o.ballotItemId),
        conflicts,
      },
    });
    return {
      entered: marked.length,
      skipped: scope.items.length - marked.length,
      overridesOnline: online.length,
      scanKey: scan.storageKey,
      proxyName: scope.proxy?.proxyName ?? null,
    };
  },
  revalidate: (input) => [
    `/district/consultations/${input.ballotId}`,
    `/district/consultations/${input.ballotId}/paper`,
    `/district/consultations/${input.ballotId}/follow-up`,
  ],
});

export const setContactPhone = defineAction({
  name: "neighborhood.setContactPhone",
  input: ContactPhoneInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const n = await tx.neighborhood.findUnique({
      where: { id: input.neighborhoodId },
      select: { id: true, contactPhone: true, ...NEIGHBORHOOD_PLACE_SELECT },
    });
    if (!n) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(n));
    return n;
  },
  run: async ({ input, tx, scope, audit }) => {
    const contactPhone = input.contactPhone || null;
    await tx.neighborhood.update({ where: { id: scope.id }, data: { contactPhone } });
    await audit({
      action: "neighborhood.setContactPhone",
      entityType: "Neighborhood",
      entityId: scope.id,
      districtId: scope.districtId,
      before: { contactPhone: scope.contactPhone },
      after: { contactPhone },
    });
    return { contactPhone };
  },
  revalidate: (input) => [`/district/consultations/codes/${input.neighborhoodId}`],
});
