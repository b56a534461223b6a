import "server-only";
// Reading and writing Excel (.xlsx) workbooks for imports, templates and exports. Headers are
// Chinese; cells come back as plain values so each feature validates rows with its Zod schema.
import ExcelJS from "exceljs";
import { UPLOAD_LIMITS } from "./upload-limits";
import { assertZipWithinLimits, ZipLimitError } from "./zip-bounds";

/** What an import accepts before parsing: enough for 5,000 plan rows or a city district's dwellings. */
export const WORKBOOK_LIMITS = {
  maxBytes: UPLOAD_LIMITS.workbook,
  maxEntries: 200,
  maxUncompressedBytes: 60 * 1024 * 1024,
  maxCells: 400_000,
};

/** A workbook that cannot be imported as it is; the message (Chinese) says why and, where it can, which row. */
export class WorkbookError extends Error {}

export type SheetRow = { rowNumber: number; values: Record<string, string | number | boolean | Date | null> };

export type ColumnSpec = { header: string; key: string; width?: number; note?: string };

/** Rows of the first (or named) sheet, keyed by the header row's text; blank rows are skipped. */
export async function readSheetRows(
  data: ArrayBuffer | Buffer,
  sheetName?: string,
): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (bytes.length > WORKBOOK_LIMITS.maxBytes)
    throw new WorkbookError(`文件超过 ${WORKBOOK_LIMITS.maxBytes / 1024 / 1024} MB,请分批导入。`);
  try {
    assertZipWithinLimits(bytes, WORKBOOK_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError) {
      throw new WorkbookError(
        `该文件不是可导入的 .xlsx 表格,或解压后超过 ${WORKBOOK_LIMITS.maxUncompressedBytes / 1024 / 1024} MB。请使用下载的模板,必要时分批导入。`,
      );
    }
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError("无法读取该 Excel 文件,请确认文件未损坏,并另存为 .xlsx 后使用下载的模板。");
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).trim();
  });
  if (sheet.rowCount * Math.max(headers.length, 1) > WORKBOOK_LIMITS.maxCells) {
    throw new WorkbookError(`表格超过 ${WORKBOOK_LIMITS.maxCells.toLocaleString("zh-CN")} 个单元格,请分批导入。`);
  }
  const rows: SheetRow[] = [];
  const unreadable: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: SheetRow["values"] = {};
    let blank = true;
    headers.forEach((header, index) => {
      if (!header) return;
      const raw = row.getCell(index + 1).value;
      if (isFormulaWithoutResult(raw)) {
        unreadable.push(`第${rowNumber}行“${header}”是公式,但文件里没有它的计算结果`);
        return;
      }
      const value = plainValue(raw);
      if (value !== null && value !== "") blank = false;
      values[header] = value;
    });
    if (!blank) rows.push({ rowNumber, values });
  });
  if (unreadable.length) {
    throw new WorkbookError(
      `${unreadable.slice(0, 20).join(";")}${unreadable.length > 20 ? ` 等 ${unreadable.length} 处` : ""}。请在 Excel 或 WPS 中打开并保存一次(保存计算结果),或把公式改为数值后再导入。`,
    );
  }
  return { headers: headers.filter(Boolean), rows };
}

/** A workbook with one sheet per entry, bold frozen Chinese headers, optional header notes. */
export async function buildWorkbook(
  sheets: { name: string; columns: ColumnSpec[]; rows: Record<string, unknown>[] }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "重庆市老旧小区改造与社区服务提升管理平台";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    }));
    sheet.getRow(1).font = { bold: true };
    spec.columns.forEach((c, i) => {
      if (c.note) sheet.getRow(1).getCell(i + 1).note = c.note;
    });
    for (const row of spec.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download response with a Chinese file name that Excel, WPS and browsers all read. */
export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": XLSX_MIME,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    },
  });
}

function isFormulaWithoutResult(value: ExcelJS.CellValue): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value) &&
    (!("result" in value) || value.result === undefined)
  );
}

function plainValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object" && "result" in value) {
    const result = value.result as ExcelJS.CellValue | { error: string };
    if (typeof result === "object" && result !== null && "error" in result) return String(result.error);
    return plainValue(result as ExcelJS.CellValue);
  }
  if (typeof value === "object" && "error" in value) return String(value.error);
  return cellText(value).trim();
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
}
