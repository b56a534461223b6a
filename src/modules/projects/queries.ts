import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectStage } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { canManage, canRead, districtLevelScope, neighborhoodScope, projectScope } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ELIGIBLE_WHERE } from "@/modules/neighborhoods/list-filters";
import { chongqingToday } from "@/lib/dates";

export const PROJECT_PAGE_SIZE = 20;

/** A page of projects in the actor's scope. */
export async function listProjects(
  actor: Actor,
  options: { page: number; stage?: ProjectStage; year?: number; district?: string },
) {
  // The actor's scope comes last: a district official's own district wins over a district in the URL.
  const where = {
    ...(options.district ? { districtId: options.district } : {}),
    ...projectScope(actor),
    ...(options.stage ? { stage: options.stage } : {}),
    ...(options.year ? { year: options.year } : {}),
  };
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: [{ year: "desc" }, { code: "asc" }],
      skip: (options.page - 1) * PROJECT_PAGE_SIZE,
      take: PROJECT_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        year: true,
        stage: true,
        district: { select: { name: true } },
        _count: {
          select: {
            neighborhoods: true,
            milestones: { where: { actualEnd: null, plannedEnd: { lt: chongqingToday(new Date()) } } },
          },
        },
      },
    }),
  ]);
  return { total, rows };
}

/** Overdue milestones (planned end passed, not finished) in the actor's scope, oldest first. */
export async function overdueMilestones(actor: Actor, today = new Date(), take = 100) {
  return db.milestone.findMany({
    where: { actualEnd: null, plannedEnd: { lt: chongqingToday(today) }, project: projectScope(actor) },
    orderBy: { plannedEnd: "asc" },
    take,
    select: {
      id: true,
      name: true,
      plannedEnd: true,
      progress: true,
      project: { select: { id: true, name: true, stage: true, district: { select: { name: true } } } },
    },
  });
}

/** One project with everything its page shows, if the actor may see it (other districts read as not found). */
export async function getProject(actor: Actor, id: string) {
  const project = await db.project.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      year: true,
      stage: true,
      version: true,
      description: true,
      districtId: true,
      managementModel: true,
      managementNote: true,
      startedAt: true,
      completedAt: true,
      district: { select: { name: true } },
      neighborhoods: { select: { neighborhood: { select: { id: true, name: true, address: true, streetId: true } } } },
      items: {
        orderBy: [{ catalogueItem: { category: "asc" } }, { catalogueItem: { sortOrder: "asc" } }],
        select: {
          id: true,
          quantity: true,
          estimatedCostFen: true,
          status: true,
          matter: true,
          catalogueItem: { select: { code: true, name: true, nameEn: true, category: true, unit: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
      designReviews: {
        orderBy: { reviewedOn: "desc" },
        select: { id: true, reviewedOn: true, experts: true, conclusion: true, notes: true },
      },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { plannedEnd: "asc" }],
        select: { id: true, name: true, plannedStart: true, plannedEnd: true, actualEnd: true, progress: true },
      },
      evidence: {
        orderBy: { uploadedAt: "desc" },
        select: {
          id: true,
          kind: true,
          caption: true,
          fileName: true,
          mimeType: true,
          sizeBytes: true,
          uploadedAt: true,
          milestone: { select: { name: true } },
        },
      },
      stageChanges: {
        orderBy: { at: "asc" },
        select: { id: true, fromStage: true, toStage: true, at: true, note: true },
      },
    },
  });
  if (!project || !canRead(actor, projectPlace(project))) throw new NotFoundError("errors.things.project");
  // Whether the page shows edit controls: the same guard the project's actions assert.
  return { ...project, canManage: canManage(actor, projectPlace(project)) };
}

/** The project's history: every audited change, newest first. */
export async function projectHistory(actor: Actor, projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: PROJECT_PLACE_SELECT });
  if (!project || !canRead(actor, projectPlace(project))) throw new NotFoundError("errors.things.project");
  return db.auditLog.findMany({
    where: { entityType: "Project", entityId: projectId },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { displayName: true } } },
  });
}

/** The evidence file record, if the actor may see its project. */
export async function evidenceFile(actor: Actor, projectId: string, evidenceId: string) {
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: {
      projectId: true,
      storageKey: true,
      mimeType: true,
      fileName: true,
      project: { select: PROJECT_PLACE_SELECT },
    },
  });
  if (!evidence || evidence.projectId !== projectId || !canRead(actor, projectPlace(evidence.project)))
    throw new NotFoundError("errors.things.file");
  return evidence;
}

/**
 * What a new project can be made of: the district's (or the official's streets') eligible
 * neighbourhoods matching the search (at most 50, plus those already chosen, which always show),
 * and the catalogue. The search runs on the server, so the form works without JavaScript.
 */
export async function projectFormOptions(actor: Actor, options: { q?: string; chosen?: readonly string[] } = {}) {
  const scope = districtLevelScope(actor);
  const q = options.q?.trim().slice(0, 40) ?? "";
  const inScope = { AND: [neighborhoodScope(actor), ELIGIBLE_WHERE] };
  const select = { id: true, name: true, address: true, completionYear: true } as const;
  const [matching, chosen, catalogue] = await Promise.all([
    db.neighborhood.findMany({
      where: { AND: [inScope, q ? { OR: [{ name: { contains: q } }, { address: { contains: q } }] } : {}] },
      orderBy: { name: "asc" },
      take: 50,
      select,
    }),
    options.chosen?.length
      ? db.neighborhood.findMany({
          where: { AND: [inScope, { id: { in: options.chosen.slice(0, 50) } }] },
          orderBy: { name: "asc" },
          select,
        })
      : Promise.resolve([]),
    db.catalogueItem.findMany({
      where: {
        active: true,
        OR: [{ districtId: null }, ...(scope.districtId ? [{ districtId: scope.districtId }] : [])],
      },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        category: true,
        unit: true,
        description: true,
        tags: true,
      },
    }),
  ]);
  const chosenIds = new Set(chosen.map((n) => n.id));
  return {
    neighborhoods: [...chosen, ...matching.filter((n) => !chosenIds.has(n.id))],
    chosenIds: [...chosenIds],
    catalogue,
  };
}

const LIFT_UNIT_SELECT = {
  id: true,
  name: true,
  neighborhood: { select: { name: true } },
  units: {
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      hasLift: true,
      _count: { select: { dwellings: true } },
      projectItems: {
        where: { status: { notIn: ["DROPPED", "REJECTED"] }, catalogueItem: { tags: { has: "lift" } } },
        select: { id: true },
        take: 1,
      },
    },
  },
} as const satisfies Prisma.BuildingSelect;

type BuildingRow = Prisma.BuildingGetPayload<{ select: typeof LIFT_UNIT_SELECT }>;

function buildingOptions(buildings: BuildingRow[]) {
  return buildings.map((b) => ({
    id: b.id,
    name: b.name,
    neighborhoodName: b.neighborhood.name,
    units: b.units.map((u) => ({
      id: u.id,
      name: u.name,
      dwellings: u._count.dwellings,
      hasLift: u.hasLift,
      hasLiveLiftItem: u.projectItems.length > 0,
    })),
  }));
}

/** The stairwell units of neighbourhoods chosen for a new project (in the actor's scope), by building, for a lift line. */
export async function newProjectLiftUnits(actor: Actor, neighborhoodIds: readonly string[]) {
  if (!neighborhoodIds.length) return [];
  const buildings = await db.building.findMany({
    where: { neighborhood: { AND: [neighborhoodScope(actor), { id: { in: neighborhoodIds.slice(0, 50) } }] } },
    orderBy: [{ neighborhood: { name: "asc" } }, { name: "asc" }],
    take: 500,
    select: LIFT_UNIT_SELECT,
  });
  return buildingOptions(buildings);
}

/** The catalogue items a district may add to its projects. */
export async function itemCatalogue(actor: Actor) {
  const scope = districtLevelScope(actor);
  return db.catalogueItem.findMany({
    where: {
      active: true,
      OR: [{ districtId: null }, ...(scope.districtId ? [{ districtId: scope.districtId }] : [])],
    },
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, category: true, unit: true, tags: true },
  });
}

/** The stairwell units of a project's neighbourhoods, by building, for choosing where a lift goes. */
export async function liftUnitOptions(actor: Actor, projectId: string) {
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { id: true, ...PROJECT_PLACE_SELECT },
  });
  if (!project || !canRead(actor, projectPlace(project))) throw new NotFoundError("errors.things.project");
  const links = await db.projectNeighborhood.findMany({ where: { projectId }, select: { neighborhoodId: true } });
  const buildings = await db.building.findMany({
    where: { neighborhoodId: { in: links.map((l) => l.neighborhoodId) } },
    orderBy: [{ neighborhood: { name: "asc" } }, { name: "asc" }],
    take: 500,
    select: LIFT_UNIT_SELECT,
  });
  return buildingOptions(buildings);
}
