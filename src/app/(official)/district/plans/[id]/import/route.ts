import { routeActor } from "@/lib/auth/route";
import { importEntries } from "@/modules/plans/actions";
import { canReadPlan } from "@/modules/plans/queries";
import { fileTooLargeMessage, UPLOAD_LIMITS } from "@/lib/upload-limits";
import { readSheetRows, WorkbookError } from "@/lib/xlsx";

// The workbook is read here; every check and the all-or-nothing write happen in the action.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Who is asking is settled before the body is read: only district officials import plans.
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  if (actor.role !== "DISTRICT")
    return Response.json({ ok: false, error: "只有区县住房城乡建设部门可以导入年度计划。" }, { status: 403 });
  // A body over the workbook limit was refused by the proxy (src/lib/upload-limits.ts) before this ran.
  const { id } = await params;
  // The target too, before the workbook is read: another district's plan is "not found", as in the
  // action, and its file is not parsed at all. The action checks again before it writes.
  if (!(await canReadPlan(actor, id)))
    return Response.json({ ok: false, code: "NOT_FOUND", error: "年度计划不存在或您无权查看。" }, { status: 404 });
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0)
    return Response.json({ ok: false, error: "请选择要导入的Excel文件。" }, { status: 400 });
  if (file.size > UPLOAD_LIMITS.workbook)
    return Response.json({ ok: false, error: fileTooLargeMessage("workbook", file.size).zh }, { status: 413 });
  let sheet: Awaited<ReturnType<typeof readSheetRows>>;
  try {
    sheet = await readSheetRows(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof WorkbookError) return Response.json({ ok: false, error: error.message }, { status: 400 });
    throw error;
  }
  const result = await importEntries({ planId: id, headers: sheet.headers, rows: sheet.rows });
  return Response.json(result, {
    status: result.ok
      ? 200
      : result.code === "FORBIDDEN"
        ? 403
        : result.code === "NOT_FOUND"
          ? 404
          : result.code === "UNAVAILABLE"
            ? 503
            : 400,
  });
}
