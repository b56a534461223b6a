import { storedFileResponse } from "@/lib/auth/route";
import { taskAttachmentFile } from "@/modules/departments/queries";

/** A department's result attachment, served only to the department, the project's district and the commission. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  return storedFileResponse((actor) => taskAttachmentFile(actor, id, attachmentId));
}
