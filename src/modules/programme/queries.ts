import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { cachedFigures } from "@/lib/cached-figures";
import { db } from "@/lib/db";
import type { SnapshotKind } from "@/generated/prisma/enums";
import { monthOf } from "./rollup";
import { LAGGARD_SETTING } from "./schema";
import { loadRollup, type SnapshotData } from "./rollup-data";
import { wanInput } from "@/lib/money";

/** The commission's first look: targets on record and the registry per district. */
export async function cityOverview(actor: Actor) {
  requireRole(actor, "COMMISSION");
  const [targets, districts, neighborhoodsByDistrict, projectsByDistrict] = await Promise.all([
    db.programmeTarget.findMany({
      orderBy: { year: "desc" },
      select: { year: true, neighborhoods: true, floorAreaM2: true, households: true, note: true },
    }),
    db.district.findMany({
      where: { validTo: null },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, name: true, kind: true },
    }),
    db.neighborhood.groupBy({ by: ["districtId"], _count: { _all: true } }),
    db.project.groupBy({ by: ["districtId"], _count: { _all: true } }),
  ]);
  const neighborhoods = new Map(neighborhoodsByDistrict.map((g) => [g.districtId, g._count._all]));
  const projects = new Map(projectsByDistrict.map((g) => [g.districtId, g._count._all]));
  return {
    targets,
    districts: districts.map((d) => ({
      ...d,
      neighborhoods: neighborhoods.get(d.id) ?? 0,
      projects: projects.get(d.id) ?? 0,
    })),
  };
}

/**
 * The year's roll-up. Reading only: the month's baseline snapshot is the scheduled job's
 * (`npm run jobs:snapshot`), or the commission's "take a snapshot now" when the job did not run —
 * never a side effect of opening the page.
 */
export async function cityRollup(actor: Actor, year: number) {
  requireRole(actor, "COMMISSION");
  return cachedFigures(`rollup|${year}`, () => loadRollup(db, year));
}

export async function rollupSnapshots(actor: Actor, year: number) {
  requireRole(actor, "COMMISSION");
  return cachedFigures(`rollup-snapshots|${year}`, async () => {
    // Only the city line of each (the list shows nothing else), not 36 whole roll-ups.
    const rows = await db.$queryRaw<
      { id: string; month: string; kind: SnapshotKind; takenAt: Date; city: SnapshotData["city"] }[]
    >`
      SELECT "id", "month", "kind"::text AS "kind", "takenAt", "data"->'city' AS "city"
        FROM "RollupSnapshot" WHERE "year" = ${year} ORDER BY "takenAt" DESC LIMIT 36`;
    return rows;
  });
}

/** The roll-up a bulletin for `month` is based on: that month's latest snapshot, or now for the current month. */
export async function bulletinData(actor: Actor, year: number, month: string) {
  requireRole(actor, "COMMISSION");
  const [snapshot, setting] = await Promise.all([
    db.rollupSnapshot.findFirst({
      where: { year, month },
      orderBy: { takenAt: "desc" },
      select: { data: true, takenAt: true },
    }),
    db.setting.findUnique({ where: { key: LAGGARD_SETTING }, select: { value: true } }),
  ]);
  const threshold = Number(setting?.value ?? 60);
  // The month's snapshot when there is one (the bulletin is the month's record); the live figures
  // only for the current month before its snapshot exists. The workbook says which, and of when.
  if (snapshot)
    return {
      rollup: snapshot.data as unknown as SnapshotData,
      asOf: snapshot.takenAt,
      source: "snapshot" as const,
      threshold,
    };
  if (month === monthOf(new Date()))
    return { rollup: await loadRollup(db, year), asOf: new Date(), source: "live" as const, threshold };
  return null;
}

export async function programmeTargets(actor: Actor, year: number) {
  requireRole(actor, "COMMISSION");
  return cachedFigures(`targets|${year}`, () => loadProgrammeTargets(year));
}

async function loadProgrammeTargets(year: number) {
  const [target, shares, districts, setting] = await Promise.all([
    db.programmeTarget.findUnique({
      where: { year },
      select: { neighborhoods: true, floorAreaM2: true, households: true, investmentFen: true, note: true },
    }),
    db.districtTargetShare.findMany({
      where: { year },
      select: { districtId: true, neighborhoods: true, floorAreaM2: true, households: true },
    }),
    db.district.findMany({ where: { validTo: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.setting.findUnique({ where: { key: LAGGARD_SETTING }, select: { value: true } }),
  ]);
  const byDistrict = new Map(shares.map((s) => [s.districtId, s]));
  return {
    target: target && {
      ...target,
      floorAreaM2: target.floorAreaM2.toString(),
      investmentWan: target.investmentFen === null ? "" : wanInput(target.investmentFen),
    },
    shares: districts.map((d) => {
      const s = byDistrict.get(d.id);
      return {
        districtId: d.id,
        name: d.name,
        neighborhoods: s?.neighborhoods ?? 0,
        floorAreaM2: s ? Number(s.floorAreaM2) : 0,
        households: s?.households ?? 0,
      };
    }),
    threshold: Number(setting?.value ?? 60),
  };
}
