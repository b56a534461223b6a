// The photo of a problem report: for its author and the officials who may read its project.
import { loadActor, type Actor } from "@/lib/auth/actor";
import { canReadDistrict } from "@/lib/auth/guards";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { uploadResponse } from "@/lib/storage";

const MIME: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await getRequestContext();
  let actor: Actor;
  try {
    actor = await loadActor(db, userId);
  } catch {
    return new Response("Unauthorized", { status: 401 });
  }
  const { id } = await params;
  const feedback = await db.feedback.findUnique({ where: { id }, select: { photoKey: true, userId: true, project: { select: { districtId: true } } } });
  const allowed = feedback && (feedback.userId === actor.id || canReadDistrict(actor, feedback.project.districtId));
  if (!feedback?.photoKey || !allowed) return new Response("Not found", { status: 404 });
  const ext = feedback.photoKey.split(".").pop() ?? "";
  return uploadResponse({ storageKey: feedback.photoKey, mimeType: MIME[ext] ?? "application/octet-stream", fileName: `feedback-${id}.${ext}` });
}
