import { workbookResponse } from "@/lib/auth/route";
import { districtFunding } from "@/modules/funding/queries";
import { districtWorkbook } from "@/modules/funding/workbook";

// A district's funding summary as Excel: the official's own district, or the one the commission names.
export async function GET(request: Request) {
  return workbookResponse(async (actor) => {
    const data = await districtFunding(actor, new URL(request.url).searchParams.get("district") ?? undefined);
    return { workbook: await districtWorkbook(data), fileName: `${data.district.name}老旧小区改造资金汇总.xlsx` };
  });
}
