import "server-only";
// Reads for what goes on paper — letters, ballot forms, the 公示 notice — and for the follow-up
// list and the one-dwelling paper entry. Each is scoped like the ballot pages: district officials
// their own district (or their streets of it); the letters and forms carry codes and phone numbers,
// so they are for the district's staff only.
import type { Actor } from "@/lib/auth/actor";
import { canRead, requireRole } from "@/lib/auth/guards";
import { NEIGHBORHOOD_PLACE_SELECT, neighborhoodPlace, PROJECT_PLACE_SELECT } from "@/lib/auth/place";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { effectiveVote } from "../effective";
import { officialBallot } from "../queries";
import { dwellingScopeWhere, itemVotes } from "../scope";
import type { TallyResult } from "../tally";
import { maskName } from "@/modules/neighborhoods/owner-id";
import { dwellingsWithoutVote, maskPhone } from "./follow-up";
import { noticeFigures } from "./notice";

const DWELLING_ORDER = [
  { neighborhood: { name: "asc" as const } },
  { unit: { building: { name: "asc" as const } } },
  { unit: { name: "asc" as const } },
  { room: "asc" as const },
];

type Letter = { dwellingId: string; building: string; unit: string; room: string; code: string };

/** Where the letter sends residents: PUBLIC_URL + "/b", never the request's host. */
export function letterAddress(): string {
  return `${publicUrl()}/b`;
}

/** Everything the binding letters of one neighbourhood print: one letter per dwelling with a usable code. */
export async function letterSheet(actor: Actor, neighborhoodId: string) {
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
      community: { select: { name: true } },
    },
  });
  if (!n || !canRead(actor, neighborhoodPlace(n))) throw new NotFoundError("errors.things.neighbourhood");
  // The project being consulted on, and its open or coming ballot, if any.
  const link = await db.projectNeighborhood.findFirst({
    where: {
      neighborhoodId,
      project: { OR: [{ stage: "CONSULTATION" }, { ballots: { some: { status: { in: ["DRAFT", "OPEN"] } } } }] },
    },
    orderBy: { project: { year: "desc" } },
    select: {
      project: {
        select: {
          name: true,
          ballots: {
            where: { status: { in: ["DRAFT", "OPEN"] } },
            orderBy: { opensAt: "desc" },
            take: 1,
            select: { title: true, opensAt: true, closesAt: true },
          },
        },
      },
    },
  });
  const dwellings = await db.dwelling.findMany({
    where: { neighborhoodId },
    orderBy: DWELLING_ORDER.slice(1),
    select: {
      id: true,
      room: true,
      unit: { select: { name: true, building: { select: { name: true } } } },
      bindingCodes: {
        where: { revokedAt: null, redeemedAt: null },
        orderBy: { issuedAt: "desc" },
        take: 1,
        select: { code: true },
      },
    },
  });
  const letters: Letter[] = dwellings.flatMap((d) =>
    d.bindingCodes[0]
      ? [
          {
            dwellingId: d.id,
            building: d.unit.building.name,
            unit: d.unit.name,
            room: d.room,
            code: d.bindingCodes[0].code,
          },
        ]
      : [],
  );
  return {
    neighborhood: {
      id: n.id,
      name: n.name,
      address: n.address,
      district: n.district.name,
      community: n.community?.name ?? null,
      contactPhone: n.contactPhone,
    },
    project: link ? { name: link.project.name } : null,
    ballot: link?.project.ballots[0] ?? null,
    letters,
    withoutCode: dwellings.length - letters.length,
    address: letterAddress(),
  };
}

async function ballotHeader(actor: Actor, ballotId: string) {
  const { ballot, canManage } = await officialBallot(actor, ballotId, {
    id: true,
    title: true,
    status: true,
    opensAt: true,
    closesAt: true,
    publishedAt: true,
    noticeEndsAt: true,
    noticeWorkingDays: true,
    projectId: true,
    project: {
      select: {
        name: true,
        code: true,
        district: { select: { name: true } },
        ...PROJECT_PLACE_SELECT,
        neighborhoods: {
          select: { neighborhood: { select: { id: true, name: true, streetId: true, contactPhone: true } } },
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
      },
    },
  });
  return {
    ...ballot,
    canManage,
    contactPhones: [
      ...new Set(ballot.project.neighborhoods.map((n) => n.neighborhood.contactPhone).filter((p): p is string => !!p)),
    ],
  };
}

/** Printed ballot forms: one per dwelling in the project, pre-filled with every item that dwelling votes on. */
export async function ballotFormSheet(actor: Actor, ballotId: string) {
  requireRole(actor, "DISTRICT");
  const ballot = await ballotHeader(actor, ballotId);
  const projectWhere = await dwellingScopeWhere(db, { projectId: ballot.projectId, unitId: null });
  const dwellings = await db.dwelling.findMany({
    where: projectWhere,
    orderBy: DWELLING_ORDER,
    take: 5000,
    select: {
      id: true,
      room: true,
      areaM2: true,
      unitId: true,
      neighborhood: { select: { name: true } },
      unit: { select: { name: true, building: { select: { name: true } } } },
    },
  });
  const forms = dwellings.map((d) => ({
    dwellingId: d.id,
    label: `${d.neighborhood.name} ${d.unit.building.name}${d.unit.name} ${d.room}`,
    area: d.areaM2.toString(),
    items: ballot.items.filter((i) => !i.unitId || i.unitId === d.unitId),
  }));
  return { ballot, forms };
}

/** The 公示 notice of a counted ballot: per item both counts against both thresholds. */
export async function noticeSheet(actor: Actor, ballotId: string) {
  const ballot = await ballotHeader(actor, ballotId);
  if (!["CLOSED", "PUBLISHED", "FINAL"].includes(ballot.status)) return { ballot, items: null };
  const items = ballot.items.map((item) => ({
    ...item,
    figures: item.result ? noticeFigures(item.result as unknown as TallyResult, item.matter) : null,
  }));
  return { ballot, items };
}

export type FollowUpFilter = { building?: string; unit?: string };

/**
 * The dwellings of a ballot without an effective vote on any item (online, a paper form not
 * voided, or a proxy's form under an authorisation in force), with their owners' names and bound
 * residents' phone numbers masked, and the proxy where one is authorised, filtered by building and unit.
 */
export async function followUpList(actor: Actor, ballotId: string, filter: FollowUpFilter = {}) {
  const ballot = await ballotHeader(actor, ballotId);
  const votes = [];
  for (const item of ballot.items)
    votes.push(await itemVotes(db, { id: item.id, projectId: ballot.projectId, unitId: item.unitId }));
  const missing = dwellingsWithoutVote(votes);
  const inScope = new Set(votes.flatMap((v) => v.map((d) => d.id))).size;
  const rows = await db.dwelling.findMany({
    where: {
      id: { in: missing },
      ...(filter.building || filter.unit
        ? {
            unit: {
              ...(filter.unit ? { name: filter.unit } : {}),
              ...(filter.building ? { building: { name: filter.building } } : {}),
            },
          }
        : {}),
    },
    orderBy: DWELLING_ORDER,
    select: {
      id: true,
      room: true,
      floor: true,
      areaM2: true,
      neighborhood: { select: { name: true } },
      unit: { select: { name: true, building: { select: { name: true } } } },
      residents: { where: { revokedAt: null }, select: { user: { select: { phone: true, username: true } } } },
      owners: { orderBy: { sortOrder: "asc" }, select: { name: true } },
      // A dwelling that authorised a proxy but has no vote yet: staff call the proxy, not the owner.
      proxies: { where: { ballotId, revokedAt: null }, select: { proxyName: true, proxyPhone: true } },
    },
  });
  const buildings = await db.building.findMany({
    where: { neighborhoodId: { in: ballot.project.neighborhoods.map((n) => n.neighborhood.id) } },
    orderBy: { name: "asc" },
    select: { name: true, units: { orderBy: { name: "asc" }, select: { name: true } } },
  });
  return {
    ballot,
    inScope,
    missingTotal: missing.length,
    filter,
    buildings: [...new Set(buildings.map((b) => b.name))],
    units: [
      ...new Set(
        buildings
          .filter((b) => !filter.building || b.name === filter.building)
          .flatMap((b) => b.units.map((u) => u.name)),
      ),
    ],
    rows: rows.map((d) => ({
      dwellingId: d.id,
      neighborhood: d.neighborhood.name,
      building: d.unit.building.name,
      unit: d.unit.name,
      room: d.room,
      floor: d.floor,
      area: d.areaM2.toString(),
      bound: d.residents.length,
      // Residents register with their mobile number as login; `phone` where the account has one.
      phones: d.residents.map((r) => maskPhone(r.user.phone ?? r.user.username)).filter(Boolean),
      // Masked as the owner register shows them to officials (张*英); opening them is audited there.
      owners: d.owners.map((o) => maskName(o.name)),
      proxy: d.proxies[0]
        ? { name: maskName(d.proxies[0].proxyName), phone: maskPhone(d.proxies[0].proxyPhone) }
        : null,
    })),
  };
}

/**
 * One dwelling's paper entry: the items it votes on, with its online vote, its paper forms (the
 * owner's and the proxy's) and which vote counts; its proxy authorisations; its vote history.
 */
export async function paperEntrySheet(actor: Actor, ballotId: string, dwellingId: string | undefined) {
  requireRole(actor, "DISTRICT");
  const ballot = await ballotHeader(actor, ballotId);
  const projectWhere = await dwellingScopeWhere(db, { projectId: ballot.projectId, unitId: null });
  const dwellings = await db.dwelling.findMany({
    where: projectWhere,
    orderBy: DWELLING_ORDER,
    take: 5000,
    select: {
      id: true,
      room: true,
      neighborhood: { select: { name: true } },
      unit: { select: { name: true, building: { select: { name: true } } } },
    },
  });
  const chosen = dwellingId ? dwellings.find((d) => d.id === dwellingId) : undefined;
  if (!chosen) return { ballot, dwellings, dwelling: null };
  const detail = await db.dwelling.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      unitId: true,
      areaM2: true,
      votes: { where: { ballotItem: { ballotId } }, select: { ballotItemId: true, choice: true, updatedAt: true } },
      paperBallots: {
        where: { ballotItem: { ballotId } },
        orderBy: { enteredAt: "desc" },
        select: {
          id: true,
          ballotItemId: true,
          choice: true,
          enteredAt: true,
          voidedAt: true,
          voidReason: true,
          proxyId: true,
          proxy: { select: { proxyName: true, revokedAt: true } },
        },
      },
      proxies: {
        where: { ballotId },
        orderBy: { recordedAt: "desc" },
        select: {
          id: true,
          ownerName: true,
          proxyName: true,
          proxyPhone: true,
          proxyIdLast4: true,
          recordedAt: true,
          revokedAt: true,
          revokeReason: true,
        },
      },
      owners: { orderBy: { sortOrder: "asc" }, select: { name: true } },
    },
  });
  const counts = (p: (typeof detail.paperBallots)[number]) => !p.voidedAt && (!p.proxy || !p.proxy.revokedAt);
  const items = ballot.items
    .filter((i) => !i.unitId || i.unitId === detail.unitId)
    .map((i) => {
      const online = detail.votes.find((v) => v.ballotItemId === i.id);
      const papers = detail.paperBallots
        .filter((p) => p.ballotItemId === i.id)
        .map(({ proxy, ...p }) => ({
          ...p,
          proxyName: proxy ? maskName(proxy.proxyName) : null,
          proxyRevoked: !!proxy?.revokedAt,
          counts: counts({ ...p, proxy }),
        }));
      const counting = effectiveVote({
        online: online ? { choice: online.choice, at: online.updatedAt } : null,
        paper: papers.filter((p) => p.counts && !p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
        proxy: papers.filter((p) => p.counts && p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
      });
      return { id: i.id, title: i.title, matter: i.matter, online: online?.choice ?? null, papers, counting };
    });
  // Names are shown masked, as in the owner register; the last four of the ID match the signed paper.
  const proxies = detail.proxies.map((p) => ({
    ...p,
    ownerName: maskName(p.ownerName),
    proxyName: maskName(p.proxyName),
    proxyPhone: maskPhone(p.proxyPhone),
  }));
  const history = await dwellingHistory(chosen.id, ballotId);
  return {
    ballot,
    dwellings,
    dwelling: {
      ...chosen,
      area: detail.areaM2.toString(),
      owners: detail.owners.map((o) => maskName(o.name)),
      items,
      proxies,
      proxyInForce: proxies.find((p) => !p.revokedAt) ?? null,
      history,
    },
  };
}

/** Every vote event of a dwelling in a ballot, oldest first, with who did it and the proxy it was under. */
async function dwellingHistory(dwellingId: string, ballotId: string) {
  const rows = await db.voteHistory.findMany({
    where: { dwellingId, ballotItem: { ballotId } },
    orderBy: { id: "asc" },
    take: 500,
    select: {
      id: true,
      event: true,
      choice: true,
      at: true,
      actorId: true,
      proxyId: true,
      ballotItem: { select: { title: true } },
    },
  });
  const [actors, proxies] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.actorId))] } },
      select: { id: true, displayName: true, role: true },
    }),
    db.proxyAuthorisation.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.proxyId ? [r.proxyId] : [])))] } },
      select: { id: true, proxyName: true },
    }),
  ]);
  const actorOf = new Map(actors.map((a) => [a.id, a]));
  const proxyOf = new Map(proxies.map((p) => [p.id, maskName(p.proxyName)]));
  return rows.map((r) => {
    const actor = actorOf.get(r.actorId);
    // Residents are shown as "居民" only: their names are not the officials' business here.
    return {
      id: r.id.toString(),
      item: r.ballotItem.title,
      event: r.event,
      choice: r.choice,
      at: r.at,
      by: actor ? (actor.role === "RESIDENT" ? "居民" : actor.displayName) : "—",
      proxyName: r.proxyId ? (proxyOf.get(r.proxyId) ?? null) : null,
    };
  });
}
