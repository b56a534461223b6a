import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { xlsxResponse } from "@/lib/xlsx";
import { cityFunding } from "@/modules/funding/queries";
import { cityWorkbook } from "@/modules/funding/workbook";

// The city's funding summary with a row per district, as Excel (commission only).
export async function GET() {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    return xlsxResponse(await cityWorkbook(await cityFunding(actor)), "全市老旧小区改造资金汇总.xlsx");
  } catch (error) {
    return domainErrorResponse(error);
  }
}
