import "server-only";
// Reading and writing Excel (.xlsx) workbooks for imports, templates and exports. Headers are
// Chinese; cells come back as plain values so each feature validates rows with its Zod schema.
import ExcelJS from "exceljs";

export type SheetRow = { rowNumber: number; values: Record<string, string | number | boolean | Date | null> };

export type ColumnSpec = { header: string; key: string; width?: number; note?: string };

/** Rows of the first (or named) sheet, keyed by the header row's text; blank rows are skipped. */
export async function readSheetRows(data: ArrayBuffer | Buffer, sheetName?: string): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).trim();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: SheetRow["values"] = {};
    let blank = true;
    headers.forEach((header, index) => {
      if (!header) return;
      const value = plainValue(row.getCell(index + 1).value);
      if (value !== null && value !== "") blank = false;
      values[header] = value;
    });
    if (!blank) rows.push({ rowNumber, values });
  });
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
    sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length * 2 + 4) }));
    sheet.getRow(1).font = { bold: true };
    spec.columns.forEach((c, i) => {
      if (c.note) sheet.getRow(1).getCell(i + 1).note = c.note;
    });
    for (const row of spec.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

function plainValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object" && "result" in value) return plainValue(value.result as ExcelJS.CellValue);
  return cellText(value).trim();
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
}
