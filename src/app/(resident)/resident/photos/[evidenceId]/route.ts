import { loadActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadResponse } from "@/lib/storage";
import { residentPhoto } from "@/modules/dashboards/queries";

/** A progress photo of the resident's own project (documents stay with the officials). */
export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  try {
    const actor = await loadActor(db, (await getRequestContext()).userId);
    return await uploadResponse(await residentPhoto(actor, evidenceId));
  } catch (error) {
    if (error instanceof DomainError) return new Response("照片不存在或您无权查看。", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
