// The scan of a signed paper ballot, for officials who may read its ballot.
import { storedFileResponse } from "@/lib/auth/route";
import { paperBallotScanFile } from "@/modules/consultation/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return storedFileResponse((actor) => paperBallotScanFile(actor, id));
}
