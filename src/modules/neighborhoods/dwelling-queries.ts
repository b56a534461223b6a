import "server-only";
// The dwellings of a neighbourhood with their owners, as officials see them: names and phones
// masked (opening them in full is an audited action), ID numbers only as their last four.
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManage, canManage, canRead, neighborhoodScope } from "@/lib/auth/guards";
import { neighborhoodPlace, NEIGHBORHOOD_PLACE_SELECT } from "@/lib/auth/place";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { openBallotReason } from "./open-ballots";
import { maskName, maskPhone } from "./owner-id";

const OWNER_SELECT = { id: true, name: true, idLast4: true, phone: true, sortOrder: true } as const;
type OwnerRow = { id: string; name: string; idLast4: string; phone: string | null; sortOrder: number };

type MaskedOwner = { id: string; name: string; idLast4: string; phone: string; primary: boolean };

function maskOwner(o: OwnerRow, index: number): MaskedOwner {
  return { id: o.id, name: maskName(o.name), idLast4: o.idLast4, phone: maskPhone(o.phone), primary: index === 0 };
}

async function readableNeighborhood(actor: Actor, neighborhoodId: string) {
  const n = await db.neighborhood.findUnique({
    where: { id: neighborhoodId },
    select: { id: true, name: true, ...NEIGHBORHOOD_PLACE_SELECT },
  });
  if (!n || !canRead(actor, neighborhoodPlace(n))) throw new NotFoundError("errors.things.neighbourhood");
  return n;
}

/** Rows per page of the dwellings and owners lists: a neighbourhood may have thousands of dwellings. */
export const REGISTER_PAGE_SIZE = 50;

export type DwellingListFilters = { page?: number; building?: string; owners?: "with" | "without" };

/**
 * One page of a neighbourhood's dwellings by building, unit and room, owners masked. Counts only
 * the page (one row more than shown tells whether a next page exists); the neighbourhood's total
 * is its trigger-kept `dwellingCount`.
 */
export async function listDwellings(actor: Actor, neighborhoodId: string, filters: DwellingListFilters = {}) {
  const neighborhood = await readableNeighborhood(actor, neighborhoodId);
  const page = Math.max(1, Math.min(10_000, Math.floor(filters.page ?? 1)));
  const where = {
    neighborhoodId,
    ...(filters.building ? { unit: { building: { name: filters.building } } } : {}),
    ...(filters.owners === "with"
      ? { owners: { some: {} } }
      : filters.owners === "without"
        ? { owners: { none: {} } }
        : {}),
  };
  const [rows, buildings, totals] = await Promise.all([
    db.dwelling.findMany({
      where,
      orderBy: [
        { unit: { building: { name: "asc" } } },
        { unit: { name: "asc" } },
        { floor: "asc" },
        { room: "asc" },
        { id: "asc" },
      ],
      skip: (page - 1) * REGISTER_PAGE_SIZE,
      take: REGISTER_PAGE_SIZE + 1,
      select: {
        id: true,
        room: true,
        floor: true,
        areaM2: true,
        unit: { select: { name: true, building: { select: { name: true } } } },
        owners: { select: OWNER_SELECT, orderBy: { sortOrder: "asc" } },
      },
    }),
    db.building.findMany({ where: { neighborhoodId }, orderBy: { name: "asc" }, take: 500, select: { name: true } }),
    db.neighborhood.findUniqueOrThrow({ where: { id: neighborhoodId }, select: { dwellingCount: true } }),
  ]);
  return {
    neighborhood: { ...neighborhood, dwellingCount: totals.dwellingCount },
    buildings: buildings.map((b) => b.name),
    page,
    hasNext: rows.length > REGISTER_PAGE_SIZE,
    dwellings: rows.slice(0, REGISTER_PAGE_SIZE).map((d) => ({
      id: d.id,
      building: d.unit.building.name,
      unit: d.unit.name,
      room: d.room,
      floor: d.floor,
      areaM2: d.areaM2.toString(),
      owners: d.owners.map(maskOwner),
    })),
  };
}

/** One dwelling, owners masked, with what stands in the way of removing it. */
export async function getDwelling(actor: Actor, dwellingId: string) {
  const d = await db.dwelling.findUnique({
    where: { id: dwellingId },
    select: {
      id: true,
      room: true,
      floor: true,
      areaM2: true,
      neighborhoodId: true,
      unitId: true,
      neighborhood: { select: { name: true, ...NEIGHBORHOOD_PLACE_SELECT } },
      unit: { select: { name: true, floors: true, building: { select: { name: true } } } },
      owners: { select: OWNER_SELECT, orderBy: { sortOrder: "asc" } },
      _count: { select: { votes: true, paperBallots: true, liftShares: true, residents: true } },
    },
  });
  if (!d || !canRead(actor, neighborhoodPlace(d.neighborhood))) return null;
  return {
    /** Why owners, area and removal wait: an open ballot counts the dwelling (null when none). */
    openBallot: await openBallotReason(db, d),
    id: d.id,
    room: d.room,
    floor: d.floor,
    areaM2: d.areaM2.toString(),
    neighborhoodId: d.neighborhoodId,
    neighborhoodName: d.neighborhood.name,
    building: d.unit.building.name,
    unit: d.unit.name,
    unitFloors: d.unit.floors,
    owners: d.owners.map(maskOwner),
    counts: d._count,
    // Whether the page shows edit controls: the same guard the dwelling's actions assert.
    canManage: canManage(actor, neighborhoodPlace(d.neighborhood)),
  };
}

export type OwnerListFilters = { page?: number; last4?: string; neighborhood?: string };

/**
 * Owners registered on more than one dwelling in the actor's neighbourhoods (one owner, one
 * headcount): the masked name, how many dwellings and which rooms. A page at a time, most
 * dwellings first; filtered by the ID number's last four or a neighbourhood's name. Counts only
 * the page: one group more than shown tells whether a next page exists.
 */
export async function ownersWithSeveralDwellings(actor: Actor, filters: OwnerListFilters = {}) {
  const page = Math.max(1, Math.min(10_000, Math.floor(filters.page ?? 1)));
  const neighborhood = filters.neighborhood
    ? { AND: [neighborhoodScope(actor), { name: { contains: filters.neighborhood } }] }
    : neighborhoodScope(actor);
  const where = { dwelling: { neighborhood }, ...(filters.last4 ? { idLast4: filters.last4 } : {}) };
  const groups = await db.dwellingOwner.groupBy({
    by: ["ownerRef"],
    where,
    _count: { dwellingId: true },
    having: { dwellingId: { _count: { gt: 1 } } },
    orderBy: [{ _count: { dwellingId: "desc" } }, { ownerRef: "asc" }],
    skip: (page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE + 1,
  });
  const shown = groups.slice(0, REGISTER_PAGE_SIZE);
  if (shown.length === 0) return { page, hasNext: false, owners: [] };
  const rows = await db.dwellingOwner.findMany({
    where: { ...where, ownerRef: { in: shown.map((g) => g.ownerRef) } },
    select: {
      ownerRef: true,
      name: true,
      idLast4: true,
      sortOrder: true,
      dwelling: {
        select: {
          id: true,
          room: true,
          neighborhoodId: true,
          neighborhood: { select: { name: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
    },
    orderBy: [{ dwelling: { neighborhood: { name: "asc" } } }, { dwelling: { room: "asc" } }],
  });
  const owners = shown.map((g, index) => {
    const mine = rows.filter((r) => r.ownerRef === g.ownerRef);
    return {
      // The row's place on the page: the owner key itself stays on the server.
      key: `${page}-${index}`,
      name: maskName(mine[0]?.name ?? ""),
      idLast4: mine[0]?.idLast4 ?? "",
      count: g._count.dwellingId,
      dwellings: mine.map((r) => ({
        id: r.dwelling.id,
        neighborhoodId: r.dwelling.neighborhoodId,
        label: `${r.dwelling.neighborhood.name} ${r.dwelling.unit.building.name}${r.dwelling.unit.name}${r.dwelling.room}`,
        coOwner: r.sortOrder > 0,
      })),
    };
  });
  return { page, hasNext: groups.length > REGISTER_PAGE_SIZE, owners };
}

/** Owner details leaving the system in an export are recorded: who, which neighbourhood, how many dwellings. */
export async function auditOwnerExport(
  actor: Actor,
  neighborhood: { id: string; districtId: string },
  dwellings: number,
) {
  const { ip } = await getRequestContext();
  await db.$transaction((tx) =>
    writeAudit(
      tx,
      actor,
      {
        action: "dwelling.exportOwners",
        entityType: "Neighborhood",
        entityId: neighborhood.id,
        districtId: neighborhood.districtId,
        after: { dwellings },
      },
      ip,
    ),
  );
}

/** Rows of the dwelling export; owner details only when asked for (the route audits that with auditOwnerExport). */
export async function dwellingExportRows(actor: Actor, neighborhoodId: string, withOwners: boolean) {
  const n = await db.neighborhood.findUnique({
    where: { id: neighborhoodId },
    select: { id: true, name: true, ...NEIGHBORHOOD_PLACE_SELECT },
  });
  if (!n) throw new NotFoundError("errors.things.neighbourhood");
  // Owner details leave the system only for the officials who manage the neighbourhood.
  if (withOwners) assertCanManage(actor, neighborhoodPlace(n));
  else if (!canRead(actor, neighborhoodPlace(n))) throw new NotFoundError("errors.things.neighbourhood");
  const rows = await db.dwelling.findMany({
    where: { neighborhoodId },
    orderBy: [{ unit: { building: { name: "asc" } } }, { unit: { name: "asc" } }, { floor: "asc" }, { room: "asc" }],
    select: {
      room: true,
      floor: true,
      areaM2: true,
      unit: { select: { name: true, hasLift: true, floors: true, building: { select: { name: true, floors: true } } } },
      owners: withOwners ? { select: OWNER_SELECT, orderBy: { sortOrder: "asc" } } : false,
    },
  });
  return {
    neighborhood: n,
    rows: rows.map((d) => {
      const base = {
        building: d.unit.building.name,
        buildingFloors: d.unit.building.floors,
        unit: d.unit.name,
        hasLift: d.unit.hasLift ? "有" : "无",
        room: d.room,
        floor: d.floor,
        area: d.areaM2.toString(),
      };
      if (!withOwners || !("owners" in d)) return base;
      const owners = (d.owners ?? []) as OwnerRow[];
      const [first, ...co] = owners;
      return {
        ...base,
        ownerName: first?.name ?? "",
        ownerIdLast4: first?.idLast4 ?? "",
        ownerPhone: first?.phone ?? "",
        coOwnerNames: co.map((o) => o.name).join("、"),
        coOwnerIdLast4: co.map((o) => o.idLast4).join("、"),
        coOwnerPhones: co.map((o) => o.phone ?? "").join("、"),
      };
    }),
  };
}
