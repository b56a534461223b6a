import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canRead, projectScope, requireRole } from "@/lib/auth/guards";
import { PROJECT_PLACE_SELECT, projectPlace } from "@/lib/auth/place";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { storedFileType } from "@/lib/storage";
import { ratingSummary } from "./ratings";

/** Problem reports of the actor's district or streets (the commission: all), open ones first. */
export async function listProblemReports(actor: Actor) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  return db.feedback.findMany({
    where: { kind: "PROBLEM", project: projectScope(actor) },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      body: true,
      photoKey: true,
      status: true,
      answer: true,
      answeredAt: true,
      createdAt: true,
      project: { select: { id: true, name: true, districtId: true } },
      dwelling: {
        select: {
          room: true,
          neighborhood: { select: { name: true } },
          unit: { select: { name: true, building: { select: { name: true } } } },
        },
      },
    },
  });
}

/** Satisfaction per project (count, average as exact text), for the district and city dashboards. */
export async function projectRatings(actor: Actor) {
  requireRole(actor, "DISTRICT", "COMMISSION");
  const rows = await db.feedback.findMany({
    where: { kind: "RATING", score: { not: null }, project: projectScope(actor) },
    select: { score: true, project: { select: { id: true, name: true } } },
  });
  const byProject = new Map<string, { name: string; scores: number[] }>();
  for (const r of rows) {
    const entry = byProject.get(r.project.id) ?? { name: r.project.name, scores: [] };
    entry.scores.push(r.score!);
    byProject.set(r.project.id, entry);
  }
  return [...byProject.entries()].map(([projectId, e]) => ({ projectId, name: e.name, ...ratingSummary(e.scores) }));
}

/** A project as a resident with a dwelling in it sees it for feedback: their reports and rating. */
export async function myProjectFeedback(actor: Actor, projectId: string) {
  requireRole(actor, "RESIDENT");
  const project = await db.project.findFirst({
    where: {
      id: projectId,
      neighborhoods: {
        some: { neighborhood: { dwellings: { some: { residents: { some: { userId: actor.id, revokedAt: null } } } } } },
      },
    },
    select: { id: true, name: true, stage: true },
  });
  if (!project) throw new NotFoundError("errors.things.project");
  const mine = await db.feedback.findMany({
    where: { projectId, userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      body: true,
      score: true,
      status: true,
      answer: true,
      createdAt: true,
      photoKey: true,
    },
  });
  return {
    project,
    reports: mine.filter((f) => f.kind === "PROBLEM"),
    rating: mine.find((f) => f.kind === "RATING") ?? null,
  };
}

/** The photo of a problem report: for its author and the officials who may read its project. */
export async function feedbackPhotoFile(actor: Actor, feedbackId: string) {
  const feedback = await db.feedback.findUnique({
    where: { id: feedbackId },
    select: { photoKey: true, userId: true, project: { select: PROJECT_PLACE_SELECT } },
  });
  const allowed = feedback && (feedback.userId === actor.id || canRead(actor, projectPlace(feedback.project)));
  if (!feedback?.photoKey || !allowed) throw new NotFoundError("errors.things.photo");
  const { ext, mimeType } = storedFileType(feedback.photoKey);
  return { storageKey: feedback.photoKey, mimeType, fileName: `feedback-${feedbackId}.${ext}` };
}
