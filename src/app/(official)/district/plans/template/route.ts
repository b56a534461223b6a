import { routeActor } from "@/lib/auth/route";
import { xlsxResponse } from "@/lib/xlsx";
import { templateWorkbook } from "@/modules/plans/workbook";

export async function GET() {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  return xlsxResponse(await templateWorkbook(), "年度计划导入模板.xlsx");
}
