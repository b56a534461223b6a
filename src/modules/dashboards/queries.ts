import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isStreetScoped, projectScope, requireRole } from "@/lib/auth/guards";
import { cachedFigures, dayKey } from "@/lib/cached-figures";
import { chongqingToday } from "@/lib/dates";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  districtWorkAt,
  loadDepartmentQueue,
  loadDistrictWorkOfDay,
  loadProgrammeDashboard,
  loadPublicProgress,
  loadResidentTimeline,
} from "./data";

/** The commission's dashboard: the whole city for a year. */
export async function commissionDashboard(actor: Actor, year: number, now = new Date()) {
  requireRole(actor, "COMMISSION");
  // Cached while the figures stamp stands (src/lib/figures-cache.ts); the overdue lists depend on
  // the day, so the day is part of the key.
  const today = chongqingToday(now);
  return cachedFigures(`programme|${year}|city|${dayKey(today)}`, () => loadProgrammeDashboard(db, { year }, today));
}

/**
 * A district official's dashboard: their own district only (the scope comes from the account, never
 * the URL). For a street-scoped official every figure drawn from records (projects, milestones,
 * tasks, funding, ballots, reports, ratings) counts only their streets' projects, like the lists the
 * figures link to; the plan and its targets stay the district's (district-level, read-only for them).
 */
export async function districtDashboard(actor: Actor, year: number, now = new Date()) {
  requireRole(actor, "DISTRICT");
  if (!actor.districtId) throw new ForbiddenError();
  const { districtId } = actor;
  const streetScoped = isStreetScoped(actor);
  const projects = streetScoped ? projectScope(actor) : undefined;
  const today = chongqingToday(now);
  // The key names everything the figures depend on: district, streets (sorted on the actor), year, day.
  const key = `district|${districtId}|${actor.streetIds.join(",")}|${year}|${dayKey(today)}`;
  const { progress, work, district } = await cachedFigures(key, async () => {
    const [progress, work, district] = await Promise.all([
      loadProgrammeDashboard(db, { year, districtId, projects }, today),
      loadDistrictWorkOfDay(db, districtId, year, today, projects),
      db.district.findUniqueOrThrow({ where: { id: districtId }, select: { id: true, name: true } }),
    ]);
    return { progress, work, district };
  });
  return { ...progress, work: districtWorkAt(work, now), district, streetScoped };
}

/** A department officer's dashboard: their department's duties and queue. */
export async function departmentDashboard(actor: Actor, now = new Date()) {
  requireRole(actor, "DEPARTMENT");
  if (!actor.departmentId) throw new ForbiddenError();
  const [department, queue] = await Promise.all([
    db.department.findUniqueOrThrow({
      where: { id: actor.departmentId },
      select: { name: true, nameEn: true, duties: { orderBy: { sortOrder: "asc" }, select: { id: true, text: true } } },
    }),
    loadDepartmentQueue(db, actor.departmentId, now),
  ]);
  return { department, queue };
}

/** The resident's projects as timelines. */
export async function residentTimeline(actor: Actor) {
  requireRole(actor, "RESIDENT");
  return loadResidentTimeline(db, actor.id);
}

/** A progress photo, if it belongs to a project covering a dwelling bound to the resident. */
export async function residentPhoto(actor: Actor, evidenceId: string) {
  requireRole(actor, "RESIDENT");
  const photo = await db.evidence.findFirst({
    where: {
      id: evidenceId,
      kind: "PHOTO",
      project: {
        neighborhoods: {
          some: {
            neighborhood: { dwellings: { some: { residents: { some: { userId: actor.id, revokedAt: null } } } } },
          },
        },
      },
    },
    select: { storageKey: true, mimeType: true, fileName: true },
  });
  if (!photo) throw new NotFoundError("errors.things.photo");
  return photo;
}

/** The public figures: open to everyone, aggregates only. */
export async function publicProgress(year: number) {
  return cachedFigures(`public|${year}`, () => loadPublicProgress(db, year));
}

/** The same as JSON text, serialised once per change of the figures rather than per request. */
export async function publicProgressJson(year: number): Promise<string> {
  return cachedFigures(`public-json|${year}`, async () => JSON.stringify(await publicProgress(year)));
}
