import "server-only";
// Reads for the consultation pages, each scoped to what the actor may see: district officials
// their own district (or their streets of it), the commission the whole city, residents the
// dwellings bound to them.
import type { Prisma } from "@/generated/prisma/client";
import type { BallotStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { canManage, canRead, projectScope, requireRole } from "@/lib/auth/guards";
import {
  NEIGHBORHOOD_PLACE_SELECT,
  neighborhoodPlace,
  PROJECT_PLACE_SELECT,
  projectPlace,
  type ProjectPlaceRow,
} from "@/lib/auth/place";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { storedFileType } from "@/lib/storage";
import { maskName } from "@/modules/neighborhoods/owner-id";
import { effectiveVote } from "./effective";
import { computeLiftSplit, type LiftSplitComputation } from "@/modules/funding/lift-split-data";
import { isDwellingInScope, itemVotes, tallyItem } from "./scope";

const BALLOT = "errors.things.ballot";

/** District overview: projects in consultation with their ballots, and the neighbourhoods for code letters. */
export async function listConsultations(actor: Actor) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  return db.project.findMany({
    where: { AND: [projectScope(actor), { OR: [{ stage: "CONSULTATION" }, { ballots: { some: {} } }] }] },
    orderBy: [{ year: "desc" }, { code: "asc" }],
    take: 200,
    select: {
      id: true,
      code: true,
      name: true,
      stage: true,
      district: { select: { name: true } },
      neighborhoods: { select: { neighborhood: { select: { id: true, name: true } } } },
      items: { where: { status: "PROPOSED" }, select: { id: true } },
      ballots: {
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, status: true, opensAt: true, closesAt: true, noticeEndsAt: true },
      },
    },
  });
}

/**
 * A ballot an official may read — the district's own officials (of its streets, if narrowed) and
 * the commission — with the fields the caller shows (`select` includes the project's place), and
 * whether they may manage it (the guard its actions assert). Missing or out of scope: "not found".
 * The one lookup behind the ballot page, its dwellings, and the paper sheets.
 */
export async function officialBallot<
  S extends Prisma.BallotSelect & { project: { select: typeof PROJECT_PLACE_SELECT } },
>(actor: Actor, ballotId: string, select: S) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  const ballot = await db.ballot.findUnique({ where: { id: ballotId }, select });
  // The select's generic type hides `project`; the constraint above guarantees its place fields.
  const place = ballot && projectPlace((ballot as unknown as { project: ProjectPlaceRow }).project);
  if (!ballot || !place || !canRead(actor, place)) throw new NotFoundError(BALLOT);
  return { ballot, canManage: canManage(actor, place) };
}

/** A ballot with live or stored results, conflicts and objections, for officials who may read it. */
export async function getBallotForOfficial(actor: Actor, ballotId: string) {
  const { ballot, canManage } = await officialBallot(actor, ballotId, {
    id: true,
    title: true,
    status: true,
    opensAt: true,
    closesAt: true,
    showRunningResults: true,
    noticeWorkingDays: true,
    publishedAt: true,
    noticeEndsAt: true,
    finalizedAt: true,
    round: true,
    originalClosesAt: true,
    extendedAt: true,
    extensionReason: true,
    previousRound: { select: { id: true, title: true, round: true } },
    nextRound: { select: { id: true, title: true, round: true, status: true } },
    projectId: true,
    project: {
      select: {
        id: true,
        name: true,
        stage: true,
        ...PROJECT_PLACE_SELECT,
        items: {
          where: { catalogueItem: { category: "BASIC" } },
          select: { id: true, status: true, catalogueItem: { select: { name: true, nameEn: true } } },
        },
      },
    },
    items: {
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        title: true,
        matter: true,
        unitId: true,
        estimatedCostFen: true,
        outcome: true,
        result: true,
        projectItem: { select: { status: true } },
      },
    },
    objections: {
      orderBy: { createdAt: "asc" },
      select: { id: true, ballotItemId: true, body: true, status: true, response: true, createdAt: true },
    },
  });
  const items = [];
  for (const item of ballot.items) {
    const scope = { id: item.id, projectId: ballot.projectId, unitId: item.unitId, matter: item.matter };
    const live = await tallyItem(db, scope);
    const votes = await itemVotes(db, scope);
    const effective = votes.map((v) => effectiveVote(v)).filter((v) => v !== null);
    items.push({
      ...item,
      live,
      votedDwellings: effective.length,
      proxyDwellings: effective.filter((v) => v.source === "PROXY").length,
    });
  }
  const papers = await db.paperBallot.findMany({
    where: { ballotItem: { ballotId } },
    orderBy: { enteredAt: "desc" },
    select: {
      id: true,
      ballotItemId: true,
      dwellingId: true,
      choice: true,
      enteredAt: true,
      voidedAt: true,
      voidReason: true,
      enteredById: true,
      proxyId: true,
      proxy: { select: { proxyName: true, revokedAt: true } },
      dwelling: {
        select: {
          room: true,
          unit: { select: { name: true, building: { select: { name: true } } } },
          neighborhood: { select: { name: true } },
          votes: { select: { ballotItemId: true, choice: true } },
        },
      },
    },
  });
  const enteredBy = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(papers.map((p) => p.enteredById))] } },
        select: { id: true, displayName: true },
      })
    ).map((u) => [u.id, u.displayName]),
  );
  const paperBallots = papers.map(({ proxy, ...p }) => ({
    ...p,
    proxyName: proxy ? maskName(proxy.proxyName) : null,
    proxyRevoked: !!proxy?.revokedAt,
    enteredByName: enteredBy.get(p.enteredById) ?? "—",
    online: p.dwelling.votes.find((v) => v.ballotItemId === p.ballotItemId)?.choice ?? null,
  }));
  return { ...ballot, items, paperBallots, canManage };
}

/** Dwellings of the ballot's project, for choosing the dwelling of a paper form. */
export async function ballotDwellings(actor: Actor, ballotId: string) {
  const { ballot } = await officialBallot(actor, ballotId, {
    projectId: true,
    project: { select: PROJECT_PLACE_SELECT },
  });
  const links = await db.projectNeighborhood.findMany({
    where: { projectId: ballot.projectId },
    select: { neighborhoodId: true },
  });
  return db.dwelling.findMany({
    where: { neighborhoodId: { in: links.map((l) => l.neighborhoodId) } },
    orderBy: [
      { neighborhood: { name: "asc" } },
      { unit: { building: { name: "asc" } } },
      { unit: { name: "asc" } },
      { room: "asc" },
    ],
    take: 3000,
    select: {
      id: true,
      room: true,
      unit: { select: { name: true, building: { select: { name: true } } } },
      neighborhood: { select: { name: true } },
    },
  });
}

/** The letters sheet: every dwelling of a neighbourhood with its usable code. */
export async function codeSheet(actor: Actor, neighborhoodId: string) {
  requireRole(actor, "DISTRICT");
  const n = await db.neighborhood.findUnique({
    where: { id: neighborhoodId },
    select: {
      id: true,
      name: true,
      address: true,
      contactPhone: true,
      ...NEIGHBORHOOD_PLACE_SELECT,
      district: { select: { name: true } },
    },
  });
  // The sheet is for the district's own staff (not the commission), within their streets.
  if (!n || actor.role !== "DISTRICT" || !canRead(actor, neighborhoodPlace(n)))
    throw new NotFoundError("errors.things.neighbourhood");
  const dwellings = await db.dwelling.findMany({
    where: { neighborhoodId },
    orderBy: [{ unit: { building: { name: "asc" } } }, { unit: { name: "asc" } }, { room: "asc" }],
    select: {
      id: true,
      room: true,
      unit: { select: { name: true, building: { select: { name: true } } } },
      bindingCodes: {
        where: { revokedAt: null, redeemedAt: null },
        orderBy: { issuedAt: "desc" },
        take: 1,
        select: { code: true, issuedAt: true },
      },
      _count: { select: { residents: { where: { revokedAt: null } } } },
    },
  });
  return { neighborhood: n, dwellings, contactPhone: n.contactPhone };
}

const RESIDENT_VISIBLE: BallotStatus[] = ["OPEN", "CLOSED", "PUBLISHED", "FINAL"];

/** Ballots of the projects covering the resident's bound dwellings. */
export async function myBallots(actor: Actor) {
  requireRole(actor, "RESIDENT");
  const bindings = await db.residentDwelling.findMany({
    where: { userId: actor.id, revokedAt: null },
    select: { dwelling: { select: { neighborhoodId: true } } },
  });
  const neighborhoodIds = [...new Set(bindings.map((b) => b.dwelling.neighborhoodId))];
  if (neighborhoodIds.length === 0) return [];
  return db.ballot.findMany({
    where: {
      status: { in: RESIDENT_VISIBLE },
      project: { neighborhoods: { some: { neighborhoodId: { in: neighborhoodIds } } } },
    },
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      round: true,
      opensAt: true,
      closesAt: true,
      noticeEndsAt: true,
      project: { select: { name: true } },
    },
  });
}

/** One ballot as a resident sees it: per bound dwelling, the items they vote on and their current votes. */
export async function myBallot(actor: Actor, ballotId: string) {
  requireRole(actor, "RESIDENT");
  const ballot = await db.ballot.findUnique({
    where: { id: ballotId },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      showRunningResults: true,
      noticeEndsAt: true,
      round: true,
      originalClosesAt: true,
      extensionReason: true,
      previousRound: { select: { id: true, round: true } },
      nextRound: { select: { id: true, round: true, status: true, items: { select: { projectItemId: true } } } },
      projectId: true,
      project: {
        select: {
          name: true,
          neighborhoods: { select: { neighborhoodId: true } },
          items: {
            where: { catalogueItem: { category: "BASIC" } },
            select: {
              id: true,
              estimatedCostFen: true,
              catalogueItem: { select: { name: true, nameEn: true, description: true } },
            },
          },
        },
      },
      items: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          matter: true,
          unitId: true,
          estimatedCostFen: true,
          contributionNote: true,
          outcome: true,
          result: true,
          projectItem: {
            select: {
              id: true,
              estimatedCostFen: true,
              catalogueItem: { select: { tags: true } },
              project: { select: { districtId: true } },
            },
          },
        },
      },
    },
  });
  const inProject = new Set(ballot?.project.neighborhoods.map((n) => n.neighborhoodId));
  const bindings = await db.residentDwelling.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { boundAt: "asc" },
    select: {
      dwelling: {
        select: {
          id: true,
          room: true,
          neighborhoodId: true,
          unitId: true,
          neighborhood: { select: { name: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
    },
  });
  const mine = bindings.map((b) => b.dwelling).filter((d) => inProject.has(d.neighborhoodId));
  if (!ballot || !RESIDENT_VISIBLE.includes(ballot.status) || mine.length === 0) throw new NotFoundError(BALLOT);

  const now = new Date();
  const votingOpen = ballot.status === "OPEN" && now >= ballot.opensAt && now < ballot.closesAt;
  const showResults =
    ballot.status === "PUBLISHED" ||
    ballot.status === "FINAL" ||
    (ballot.showRunningResults && ballot.status === "OPEN");
  const dwellings = [];
  // A lift's split is computed once per item and read per household: the same computation the ledger's split runs.
  const splits = new Map<string, LiftSplitComputation>();
  const splitOf = async (item: (typeof ballot.items)[number]) => {
    if (!item.unitId || !item.projectItem.catalogueItem.tags.includes("lift")) return null;
    let split = splits.get(item.id);
    if (!split) {
      split = await computeLiftSplit(db, {
        id: item.projectItem.id,
        unitId: item.unitId,
        estimatedCostFen: item.projectItem.estimatedCostFen,
        districtId: item.projectItem.project.districtId,
      });
      splits.set(item.id, split);
    }
    return split;
  };
  for (const d of mine) {
    const items = [];
    for (const { projectItem, ...item } of ballot.items) {
      if (!(await isDwellingInScope(db, { projectId: ballot.projectId, unitId: item.unitId }, d.id))) continue;
      const [online, paper, split] = await Promise.all([
        db.vote.findUnique({
          where: { ballotItemId_dwellingId: { ballotItemId: item.id, dwellingId: d.id } },
          select: { choice: true, updatedAt: true },
        }),
        db.paperBallot.findMany({
          where: {
            ballotItemId: item.id,
            dwellingId: d.id,
            voidedAt: null,
            OR: [{ proxyId: null }, { proxy: { revokedAt: null } }],
          },
          select: { choice: true, enteredAt: true, proxyId: true, proxy: { select: { proxyName: true } } },
        }),
        splitOf({ ...item, projectItem }),
      ]);
      // The one vote that counts, by the precedence of ./effective.ts (the owner's form, the proxy's, online).
      const counting = effectiveVote({
        online: online ? { choice: online.choice, at: online.updatedAt } : null,
        paper: paper.filter((p) => !p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
        proxy: paper.filter((p) => p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
      });
      const latestProxy = paper.filter((p) => p.proxy).sort((a, b) => b.enteredAt.getTime() - a.enteredAt.getTime())[0];
      const liftShare = split
        ? split.ok
          ? {
              ok: true as const,
              fen: BigInt(split.shares.find((s) => s.id === d.id)?.fen ?? 0),
              totalFen: split.totalFen,
              subsidyFen: split.subsidyFen,
              residentsFen: split.residentsFen,
            }
          : { ok: false as const, reason: split.reason }
        : null;
      const reasked = !!ballot.nextRound?.items.some((i) => i.projectItemId === projectItem.id);
      items.push({
        ...item,
        online: online?.choice ?? null,
        counting: counting ? { choice: counting.choice, source: counting.source } : null,
        proxyName: counting?.source === "PROXY" && latestProxy?.proxy ? maskName(latestProxy.proxy.proxyName) : null,
        nextRound:
          reasked && ballot.nextRound
            ? { id: ballot.nextRound.id, round: ballot.nextRound.round, status: ballot.nextRound.status }
            : null,
        liftShare,
      });
    }
    dwellings.push({ ...d, items });
  }
  const running =
    showResults && ballot.status === "OPEN"
      ? Object.fromEntries(
          await Promise.all(
            ballot.items.map(async (i) => [i.id, await tallyItem(db, { ...i, projectId: ballot.projectId })] as const),
          ),
        )
      : {};
  return { ...ballot, dwellings, votingOpen, showResults, running };
}

/** The scan of a signed paper ballot, for officials who may read its ballot. */
export async function paperBallotScanFile(actor: Actor, paperBallotId: string) {
  const paper = await db.paperBallot.findUnique({
    where: { id: paperBallotId },
    select: {
      scanKey: true,
      ballotItem: { select: { ballot: { select: { project: { select: PROJECT_PLACE_SELECT } } } } },
    },
  });
  if (!paper || !canRead(actor, projectPlace(paper.ballotItem.ballot.project)))
    throw new NotFoundError("errors.things.paperBallot");
  const { ext, mimeType } = storedFileType(paper.scanKey);
  return { storageKey: paper.scanKey, mimeType, fileName: `paper-ballot-${paperBallotId}.${ext}` };
}

/** The scan of a signed proxy authorisation, for officials who may read its ballot. */
export async function proxyScanFile(actor: Actor, proxyId: string) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  const proxy = await db.proxyAuthorisation.findUnique({
    where: { id: proxyId },
    select: { scanKey: true, ballot: { select: { project: { select: PROJECT_PLACE_SELECT } } } },
  });
  if (!proxy || !canRead(actor, projectPlace(proxy.ballot.project)))
    throw new NotFoundError("errors.things.proxyAuthorisation");
  const { ext, mimeType } = storedFileType(proxy.scanKey);
  return { storageKey: proxy.scanKey, mimeType, fileName: `proxy-${proxyId}.${ext}` };
}
