import { storedFileResponse } from "@/lib/auth/route";
import { evidenceFile } from "@/modules/projects/queries";

/** An evidence file, served only after checking that the signed-in user may see its project. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const { id, evidenceId } = await params;
  return storedFileResponse((actor) => evidenceFile(actor, id, evidenceId));
}
