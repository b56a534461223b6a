import "server-only";
// Who votes on an item, and the item's tally from the database. Lift items are decided by the
// dwellings of their stairwell unit; every other item by all dwellings of the project's neighbourhoods.
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { tallyInputFor, type DwellingVotes } from "./effective";
import { tally, type MatterType, type TallyResult } from "./tally";

export type ItemScope = { projectId: string; unitId: string | null };

export async function dwellingScopeWhere(client: Db | Tx, item: ItemScope): Promise<Prisma.DwellingWhereInput> {
  if (item.unitId) return { unitId: item.unitId };
  const links = await client.projectNeighborhood.findMany({
    where: { projectId: item.projectId },
    select: { neighborhoodId: true },
  });
  return { neighborhoodId: { in: links.map((l) => l.neighborhoodId) } };
}

export async function isDwellingInScope(client: Db | Tx, item: ItemScope, dwellingId: string): Promise<boolean> {
  const where = await dwellingScopeWhere(client, item);
  return (await client.dwelling.count({ where: { AND: [where, { id: dwellingId }] } })) === 1;
}

/**
 * Every dwelling in scope with its online vote, its owner-signed paper forms that are not voided,
 * and its proxy-signed forms that are not voided under an authorisation still in force.
 */
export async function itemVotes(client: Db | Tx, item: ItemScope & { id: string }): Promise<DwellingVotes[]> {
  const where = await dwellingScopeWhere(client, item);
  const dwellings = await client.dwelling.findMany({
    where,
    orderBy: { id: "asc" },
    select: {
      id: true,
      areaM2: true,
      ownerRef: true,
      votes: { where: { ballotItemId: item.id }, select: { choice: true, updatedAt: true } },
      // Latest first, and forms of the same moment in a fixed order, so the same forms always give the same count.
      paperBallots: {
        where: { ballotItemId: item.id, voidedAt: null, OR: [{ proxyId: null }, { proxy: { revokedAt: null } }] },
        orderBy: [{ enteredAt: "desc" }, { id: "desc" }],
        select: { choice: true, enteredAt: true, proxyId: true },
      },
    },
  });
  return dwellings.map((d) => ({
    id: d.id,
    area: d.areaM2.toString(),
    ownerRef: d.ownerRef,
    online: d.votes[0] ? { choice: d.votes[0].choice, at: d.votes[0].updatedAt } : null,
    paper: d.paperBallots.filter((p) => !p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
    proxy: d.paperBallots.filter((p) => p.proxyId).map((p) => ({ choice: p.choice, at: p.enteredAt })),
  }));
}

export async function tallyItem(
  client: Db | Tx,
  item: ItemScope & { id: string; matter: MatterType },
): Promise<TallyResult> {
  return tally(tallyInputFor(item.matter, await itemVotes(client, item)));
}
