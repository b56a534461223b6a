import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { fileTooLargeMessage, UPLOAD_LIMITS } from "@/lib/upload-limits";
import { readSheetRows, WorkbookError } from "@/lib/xlsx";
import { importDwellings } from "@/modules/neighborhoods/actions";
import { assertCanImportInto } from "@/modules/neighborhoods/queries";
import { missingHeaders } from "@/modules/neighborhoods/dwelling-import";

const refuse = (status: number, error: string, rows?: string[]) =>
  Response.json({ ok: false, error, fieldErrors: rows ? { rows } : undefined }, { status });

/**
 * Receives the Excel file (uploaded with progress by the import form), reads its rows and hands
 * them to the `importDwellings` action, which checks permission, validates and writes.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Who is asking is settled before the body is read: only district officials import at all.
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  if (actor.role !== "DISTRICT") return refuse(403, "只有区县住房城乡建设部门可以导入房屋。");
  // A body over the workbook limit was refused by the proxy (src/lib/upload-limits.ts) before this ran.
  const { id } = await params;
  // The target too, before the workbook is read: a file meant for someone else's neighbourhood is
  // not parsed at all. The action checks again, in its transaction, before it writes.
  try {
    await assertCanImportInto(actor, id);
  } catch (error) {
    return domainErrorResponse(error);
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "请选择要导入的 Excel 文件。");
  if (file.size > UPLOAD_LIMITS.workbook) return refuse(413, fileTooLargeMessage("workbook", file.size).zh);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!file.name.toLowerCase().endsWith(".xlsx") || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return refuse(400, "只能导入 .xlsx 格式的 Excel 文件,请使用下载的模板。");
  }
  let sheet: Awaited<ReturnType<typeof readSheetRows>>;
  try {
    sheet = await readSheetRows(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) return refuse(400, error.message);
    throw error;
  }
  const missing = missingHeaders(sheet.headers);
  if (missing.length) return refuse(400, `表头缺少以下列:${missing.join("、")}。请使用下载的模板。`);
  const result = await importDwellings({ neighborhoodId: id, rows: sheet.rows });
  const status = result.ok
    ? 200
    : result.code === "FORBIDDEN"
      ? 403
      : result.code === "NOT_FOUND"
        ? 404
        : result.code === "UNAVAILABLE"
          ? 503
          : 422;
  return Response.json(result, { status });
}
