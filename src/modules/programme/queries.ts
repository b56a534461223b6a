import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** The commission's first look: targets on record and the registry per district. */
export async function cityOverview(actor: Actor) {
  requireRole(actor, "COMMISSION");
  const [targets, districts, neighborhoodsByDistrict, projectsByDistrict] = await Promise.all([
    db.programmeTarget.findMany({ orderBy: { year: "desc" }, select: { year: true, neighborhoods: true, floorAreaM2: true, households: true, note: true } }),
    db.district.findMany({ where: { validTo: null }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, name: true, kind: true } }),
    db.neighborhood.groupBy({ by: ["districtId"], _count: { _all: true } }),
    db.project.groupBy({ by: ["districtId"], _count: { _all: true } }),
  ]);
  const neighborhoods = new Map(neighborhoodsByDistrict.map((g) => [g.districtId, g._count._all]));
  const projects = new Map(projectsByDistrict.map((g) => [g.districtId, g._count._all]));
  return {
    targets,
    districts: districts.map((d) => ({ ...d, neighborhoods: neighborhoods.get(d.id) ?? 0, projects: projects.get(d.id) ?? 0 })),
  };
}
