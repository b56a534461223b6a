import { loadActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadResponse } from "@/lib/storage";
import { taskAttachmentFile } from "@/modules/departments/queries";

/** A department's result attachment, served only to the department, the project's district and the commission. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  try {
    const actor = await loadActor(db, (await getRequestContext()).userId);
    return await uploadResponse(await taskAttachmentFile(actor, id, attachmentId));
  } catch (error) {
    if (error instanceof DomainError) return new Response("文件不存在或您无权查看。", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
