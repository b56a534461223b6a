import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { xlsxResponse } from "@/lib/xlsx";
import { districtFunding } from "@/modules/funding/queries";
import { districtWorkbook } from "@/modules/funding/workbook";

// A district's funding summary as Excel: the official's own district, or the one the commission names.
export async function GET(request: Request) {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    const data = await districtFunding(actor, new URL(request.url).searchParams.get("district") ?? undefined);
    return xlsxResponse(await districtWorkbook(data), `${data.district.name}老旧小区改造资金汇总.xlsx`);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
