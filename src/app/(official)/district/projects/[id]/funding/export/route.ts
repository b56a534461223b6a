import { workbookResponse } from "@/lib/auth/route";
import { projectLedger } from "@/modules/funding/queries";
import { projectWorkbook } from "@/modules/funding/workbook";

// The project's ledger as Excel, for its district or the commission (projectLedger applies the scope).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return workbookResponse(async (actor) => {
    const ledger = await projectLedger(actor, id);
    return { workbook: await projectWorkbook(ledger), fileName: `${ledger.project.code}资金台账.xlsx` };
  });
}
