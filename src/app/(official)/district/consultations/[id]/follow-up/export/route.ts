import { workbookResponse } from "@/lib/auth/route";
import { buildWorkbook } from "@/lib/xlsx";
import { followUpList } from "@/modules/consultation/paper/queries";

// The follow-up list as Excel (same filters as the page), for the staff who knock on doors.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const text = (name: string) => url.searchParams.get(name)?.trim().slice(0, 60) || undefined;
  const { id } = await params;
  return workbookResponse(async (actor) => {
    const list = await followUpList(actor, id, { building: text("building"), unit: text("unit") });
    const workbook = await buildWorkbook([
      {
        name: "未投票房屋",
        columns: [
          { header: "小区", key: "neighborhood", width: 20 },
          { header: "楼栋", key: "building", width: 10 },
          { header: "单元", key: "unit", width: 10 },
          { header: "房号", key: "room", width: 10 },
          { header: "楼层", key: "floor", width: 8 },
          { header: "面积(m²)", key: "area", width: 10 },
          { header: "业主(脱敏)", key: "owners", width: 16 },
          { header: "已绑定住户电话(脱敏)", key: "phones", width: 28 },
          { header: "委托(受托人尚未投票)", key: "proxy", width: 24 },
          { header: "入户记录", key: "notes", width: 30 },
        ],
        rows: list.rows.map((r) => ({
          ...r,
          owners: r.owners.join("、"),
          phones: r.phones.join("、"),
          proxy: r.proxy ? `${r.proxy.name} ${r.proxy.phone}`.trim() : "",
          notes: "",
        })),
      },
    ]);
    return { workbook, fileName: `${list.ballot.project.name}未投票房屋.xlsx` };
  });
}
