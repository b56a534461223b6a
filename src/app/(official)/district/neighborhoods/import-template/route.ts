import { requireRole } from "@/lib/auth/guards";
import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { buildWorkbook, xlsxResponse } from "@/lib/xlsx";
import { IMPORT_COLUMNS } from "@/modules/neighborhoods/dwelling-import";

/** The import template: the columns with notes and two example rows (the ID number is GB 11643's own example). */
export async function GET() {
  // An empty template, but like every route it answers only the users whose work it is.
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    requireRole(actor, "DISTRICT");
  } catch (error) {
    return domainErrorResponse(error);
  }
  const buffer = await buildWorkbook([
    {
      name: "房屋",
      columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, note: c.note })),
      rows: [
        {
          building: "1栋",
          buildingFloors: 7,
          unit: "1单元",
          hasLift: "无",
          room: "1-1",
          floor: 1,
          area: 72.35,
          ownerName: "张三",
          ownerId: "11010519491231002X",
          ownerPhone: "13800000000",
        },
        { building: "1栋", buildingFloors: 7, unit: "1单元", hasLift: "无", room: "1-2", floor: 1, area: 65.8 },
      ],
    },
  ]);
  return xlsxResponse(buffer, "楼栋单元房屋导入模板.xlsx");
}
