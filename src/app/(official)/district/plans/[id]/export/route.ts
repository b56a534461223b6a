import { workbookResponse } from "@/lib/auth/route";
import { getPlan } from "@/modules/plans/queries";
import { planWorkbook } from "@/modules/plans/workbook";

// The plan's entries as Excel, for the district or the commission (getPlan applies the scope).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return workbookResponse(async (actor) => {
    const plan = await getPlan(actor, id);
    return { workbook: await planWorkbook(plan), fileName: `${plan.district.name}${plan.year}年老旧小区改造计划.xlsx` };
  });
}
