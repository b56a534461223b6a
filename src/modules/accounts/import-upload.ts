import "server-only";
// The upload of the officials' account sheet. The actor must be a signed-in administrator before
// the file is even read; then the workbook is read (bounded in size and rows) and handed to the
// `importAccounts` action, which checks again, validates every row and writes all or nothing.
// The answer to a successful import is the workbook of temporary passwords, once.
import { requireRole } from "@/lib/auth/guards";
import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { fileTooLargeMessage } from "@/lib/upload-limits";
import { buildWorkbook, readSheetRows, WorkbookError, xlsxResponse } from "@/lib/xlsx";
import { ACCOUNT_IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, missingAccountHeaders } from "./account-import";
import { importAccounts } from "./admin-actions";

type Refusal = { status: number; error: string; rows?: string[] };

export async function handleAccountImport(request: Request): Promise<Response> {
  const wantsJson = request.headers.get("x-requested-with") === "fetch";
  const refuse = (r: Refusal) =>
    wantsJson
      ? Response.json(
          { ok: false, error: r.error, fieldErrors: r.rows ? { rows: r.rows } : undefined },
          { status: r.status },
        )
      : refusalPage(r);

  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    requireRole(actor, "ADMIN");
  } catch (error) {
    return domainErrorResponse(error);
  }

  // A body over the sheet's limit was refused by the proxy (src/lib/upload-limits.ts) before this ran.
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse({ status: 400, error: "请选择要导入的 Excel 文件。" });
  if (file.size > MAX_IMPORT_BYTES)
    return refuse({ status: 413, error: fileTooLargeMessage("accountWorkbook", file.size).zh });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!file.name.toLowerCase().endsWith(".xlsx") || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return refuse({ status: 400, error: "只能导入 .xlsx 格式的 Excel 文件,请使用下载的模板。" });
  }
  let sheet: Awaited<ReturnType<typeof readSheetRows>>;
  try {
    sheet = await readSheetRows(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) return refuse({ status: 400, error: error.message });
    throw error;
  }
  const missing = missingAccountHeaders(sheet.headers);
  if (missing.length) return refuse({ status: 400, error: `表头缺少以下列:${missing.join("、")}。请使用下载的模板。` });
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    return refuse({
      status: 400,
      error: `一次最多导入 ${MAX_IMPORT_ROWS} 个账号,本文件有 ${sheet.rows.length} 行,请分批导入。`,
    });

  const result = await importAccounts({ rows: sheet.rows });
  if (!result.ok)
    return refuse({
      status: result.code === "FORBIDDEN" ? 403 : 422,
      error: result.error,
      rows: result.fieldErrors?.rows,
    });
  const buffer = await buildWorkbook([
    {
      name: "临时密码",
      columns: [
        { header: "用户名", key: "username", width: 28 },
        { header: "姓名/单位", key: "displayName", width: 28 },
        {
          header: "临时密码",
          key: "temporaryPassword",
          width: 20,
          note: "请当面或电话告知本人,首次登录须修改密码。本文件仅生成这一次,请妥善保管,告知后删除。",
        },
      ],
      rows: result.data.accounts,
    },
  ]);
  const response = xlsxResponse(buffer, `账号临时密码-${result.data.count}个.xlsx`);
  response.headers.set("x-accounts-created", String(result.data.count));
  return response;
}

/** Without JavaScript the form posts here directly: a refusal comes back as a small page. */
function refusalPage(r: Refusal): Response {
  const escape = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  const items = (r.rows ?? [])
    .slice(0, 500)
    .map((line) => `<li>${escape(line)}</li>`)
    .join("");
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>导入未完成</title>
<body style="font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem">
<h1 style="font-size:1.25rem">导入未完成</h1><p role="alert">${escape(r.error)}</p>${items ? `<ul>${items}</ul>` : ""}
<p><a href="/admin/accounts/import">返回批量导入</a></p></body></html>`;
  return new Response(html, {
    status: r.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function accountTemplateResponse(): Promise<Response> {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    requireRole(actor, "ADMIN");
  } catch (error) {
    return domainErrorResponse(error);
  }
  const buffer = await buildWorkbook([
    {
      name: "账号",
      columns: ACCOUNT_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, note: c.note })),
      rows: [
        {
          username: "jb.gyq.zhangwei",
          displayName: "观音桥街道 张伟",
          role: "区县",
          district: "江北区",
          department: "",
          streets: "观音桥街道",
          phone: "13800000000",
        },
        {
          username: "scjgj.lina",
          displayName: "市市场监管局 李娜",
          role: "市级部门",
          district: "",
          department: "市市场监管局",
          streets: "",
          phone: "023-63851234",
        },
      ],
    },
  ]);
  return xlsxResponse(buffer, "官员账号导入模板.xlsx");
}
