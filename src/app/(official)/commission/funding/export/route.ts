import { workbookResponse } from "@/lib/auth/route";
import { cityFunding } from "@/modules/funding/queries";
import { cityWorkbook } from "@/modules/funding/workbook";

// The city's funding summary with a row per district, as Excel (commission only).
export async function GET() {
  return workbookResponse(async (actor) => ({
    workbook: await cityWorkbook(await cityFunding(actor)),
    fileName: "全市老旧小区改造资金汇总.xlsx",
  }));
}
