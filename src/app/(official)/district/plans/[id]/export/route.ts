import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { xlsxResponse } from "@/lib/xlsx";
import { getPlan } from "@/modules/plans/queries";
import { planWorkbook } from "@/modules/plans/workbook";

// The plan's entries as Excel, for the district or the commission (getPlan applies the scope).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  const { id } = await params;
  try {
    const plan = await getPlan(actor, id);
    return xlsxResponse(await planWorkbook(plan), `${plan.district.name}${plan.year}年老旧小区改造计划.xlsx`);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
