// The scan of a signed proxy authorisation (委托书), for officials who may read its ballot.
import { storedFileResponse } from "@/lib/auth/route";
import { proxyScanFile } from "@/modules/consultation/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return storedFileResponse((actor) => proxyScanFile(actor, id));
}
