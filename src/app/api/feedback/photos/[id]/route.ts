// The photo of a problem report: for its author and the officials who may read its project.
import { storedFileResponse } from "@/lib/auth/route";
import { feedbackPhotoFile } from "@/modules/feedback/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return storedFileResponse((actor) => feedbackPhotoFile(actor, id), "照片不存在或您无权查看。");
}
