import "server-only";
// A plan's entries as a snapshot: what each submitted or amended version is stored as.
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { SnapshotEntry } from "./rules";

export async function currentSnapshot(tx: Tx, planId: string): Promise<SnapshotEntry[]> {
  const entries = await tx.annualPlanEntry.findMany({
    where: { planId },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      neighborhoodId: true,
      floorAreaM2: true,
      households: true,
      buildings: true,
      investmentFen: true,
      startQuarter: true,
      categories: true,
      residentsConsulted: true,
      note: true,
      neighborhood: { select: { name: true } },
    },
  });
  return entries.map((e) => ({
    neighborhoodId: e.neighborhoodId,
    neighborhoodName: e.neighborhood?.name ?? "",
    floorAreaM2: e.floorAreaM2.toString(),
    households: e.households,
    buildings: e.buildings,
    investmentFen: e.investmentFen.toString(),
    startQuarter: e.startQuarter,
    categories: e.categories,
    residentsConsulted: e.residentsConsulted,
    note: e.note,
  }));
}

/** Stores the plan's entries as a new version and returns its number. */
export async function recordVersion(tx: Tx, planId: string, actorId: string): Promise<number> {
  const plan = await tx.annualPlan.update({
    where: { id: planId },
    data: { version: { increment: 1 } },
    select: { version: true },
  });
  const entries = await currentSnapshot(tx, planId);
  await tx.annualPlanVersion.create({
    data: {
      planId,
      version: plan.version,
      entries: entries as unknown as Prisma.InputJsonValue,
      submittedById: actorId,
    },
  });
  return plan.version;
}
