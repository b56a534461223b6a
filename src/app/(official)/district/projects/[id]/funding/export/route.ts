import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { xlsxResponse } from "@/lib/xlsx";
import { projectLedger } from "@/modules/funding/queries";
import { projectWorkbook } from "@/modules/funding/workbook";

// The project's ledger as Excel, for its district or the commission (projectLedger applies the scope).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  const { id } = await params;
  try {
    const ledger = await projectLedger(actor, id);
    return xlsxResponse(await projectWorkbook(ledger), `${ledger.project.code}资金台账.xlsx`);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
