// The scan of a signed paper ballot, for officials who may read its ballot.
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/actor";
import { canReadDistrict } from "@/lib/auth/guards";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { uploadResponse } from "@/lib/storage";

const MIME: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", pdf: "application/pdf" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await getRequestContext();
  let actor: Actor;
  try {
    actor = await loadActor(db, userId);
  } catch {
    return new Response("Unauthorized", { status: 401 });
  }
  const { id } = await params;
  const paper = await db.paperBallot.findUnique({ where: { id }, select: { scanKey: true, ballotItem: { select: { ballot: { select: { project: { select: { districtId: true } } } } } } } });
  if (!paper || !canReadDistrict(actor, paper.ballotItem.ballot.project.districtId)) return new Response("Not found", { status: 404 });
  const ext = paper.scanKey.split(".").pop() ?? "";
  return uploadResponse({ storageKey: paper.scanKey, mimeType: MIME[ext] ?? "application/octet-stream", fileName: `paper-ballot-${id}.${ext}` });
}
