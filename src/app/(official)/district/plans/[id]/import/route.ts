import { importEntries } from "@/modules/plans/actions";
import { readSheetRows } from "@/lib/xlsx";

const MAX_BYTES = 10 * 1024 * 1024;

// The workbook is read here; every check and the all-or-nothing write happen in the action.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return Response.json({ ok: false, error: "请选择要导入的Excel文件。" }, { status: 400 });
  if (file.size > MAX_BYTES) return Response.json({ ok: false, error: "文件超过10MB,请分批导入。" }, { status: 400 });
  let sheet: Awaited<ReturnType<typeof readSheetRows>>;
  try {
    sheet = await readSheetRows(await file.arrayBuffer());
  } catch {
    return Response.json({ ok: false, error: "无法读取该文件,请上传由模板填写的 .xlsx 文件(WPS 请另存为 .xlsx)。" }, { status: 400 });
  }
  const result = await importEntries({ planId: id, headers: sheet.headers, rows: sheet.rows });
  return Response.json(result, { status: result.ok ? 200 : result.code === "FORBIDDEN" ? 403 : result.code === "NOT_FOUND" ? 404 : 400 });
}
