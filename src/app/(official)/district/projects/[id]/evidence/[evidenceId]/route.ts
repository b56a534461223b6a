import { loadActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadResponse } from "@/lib/storage";
import { evidenceFile } from "@/modules/projects/queries";

/** An evidence file, served only after checking that the signed-in user may see its project. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const { id, evidenceId } = await params;
  try {
    const actor = await loadActor(db, (await getRequestContext()).userId);
    return await uploadResponse(await evidenceFile(actor, id, evidenceId));
  } catch (error) {
    if (error instanceof DomainError) return new Response("文件不存在或您无权查看。", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
