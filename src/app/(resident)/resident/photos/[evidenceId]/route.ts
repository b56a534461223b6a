import { storedFileResponse } from "@/lib/auth/route";
import { residentPhoto } from "@/modules/dashboards/queries";

/** A progress photo of the resident's own project (documents stay with the officials). */
export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  return storedFileResponse((actor) => residentPhoto(actor, evidenceId), "照片不存在或您无权查看。");
}
