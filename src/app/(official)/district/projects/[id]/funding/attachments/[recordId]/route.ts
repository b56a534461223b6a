import { storedFileResponse } from "@/lib/auth/route";
import { fundingAttachment } from "@/modules/funding/queries";

/** A funding record's attachment, served only after checking that the signed-in user may read its project. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; recordId: string }> }) {
  const { id, recordId } = await params;
  return storedFileResponse((actor) => fundingAttachment(actor, id, recordId));
}
