import { loadActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadResponse } from "@/lib/storage";
import { fundingAttachment } from "@/modules/funding/queries";

/** A funding record's attachment, served only after checking that the signed-in user may read its project. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; recordId: string }> }) {
  const { id, recordId } = await params;
  try {
    const actor = await loadActor(db, (await getRequestContext()).userId);
    return await uploadResponse(await fundingAttachment(actor, id, recordId));
  } catch (error) {
    if (error instanceof DomainError) return new Response("文件不存在或您无权查看。", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
