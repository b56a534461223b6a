import { workbookResponse } from "@/lib/auth/route";
import { buildWorkbook } from "@/lib/xlsx";
import { auditOwnerExport, dwellingExportRows } from "@/modules/neighborhoods/dwelling-queries";

const BASE = [
  { header: "楼栋", key: "building", width: 10 },
  { header: "楼栋层数", key: "buildingFloors", width: 10 },
  { header: "单元", key: "unit", width: 10 },
  { header: "有无电梯", key: "hasLift", width: 10 },
  { header: "房号", key: "room", width: 10 },
  { header: "所在楼层", key: "floor", width: 10 },
  { header: "专有部分面积(平方米)", key: "area", width: 22 },
];
const OWNERS = [
  { header: "业主姓名", key: "ownerName", width: 12 },
  { header: "业主身份证号末四位", key: "ownerIdLast4", width: 18 },
  { header: "业主电话", key: "ownerPhone", width: 15 },
  { header: "共有人姓名", key: "coOwnerNames", width: 16 },
  { header: "共有人身份证号末四位", key: "coOwnerIdLast4", width: 20 },
  { header: "共有人电话", key: "coOwnerPhones", width: 18 },
];

/**
 * A neighbourhood's dwellings as Excel. Owner names and phones are left out unless asked for
 * (`owners=1`, only the district's own officials), and such an export is audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const withOwners = new URL(request.url).searchParams.get("owners") === "1";
  return workbookResponse(async (actor) => {
    const { neighborhood, rows } = await dwellingExportRows(actor, id, withOwners);
    if (withOwners) await auditOwnerExport(actor, neighborhood, rows.length);
    const workbook = await buildWorkbook([{ name: "房屋", columns: withOwners ? [...BASE, ...OWNERS] : BASE, rows }]);
    return { workbook, fileName: `${neighborhood.name}房屋${withOwners ? "及业主" : ""}清单.xlsx` };
  });
}
