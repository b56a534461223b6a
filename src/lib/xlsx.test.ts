import { describe, expect, it } from "vitest";
import { buildWorkbook, readSheetRows, WORKBOOK_LIMITS, WorkbookError } from "./xlsx";
import { assertZipWithinLimits, ZipLimitError } from "./zip-bounds";

describe("xlsx", () => {
  it("round-trips rows under Chinese headers, skipping blank rows, with row numbers for error reports", async () => {
    const buffer = await buildWorkbook([
      {
        name: "房屋",
        columns: [
          { header: "楼栋", key: "building" },
          { header: "房号", key: "room" },
          { header: "专有面积(m²)", key: "area", note: "保留两位小数" },
        ],
        rows: [{ building: "1栋", room: "1-1", area: 60.5 }, {}, { building: "1栋", room: "1-2", area: "72.25" }],
      },
    ]);
    const { headers, rows } = await readSheetRows(buffer);
    expect(headers).toEqual(["楼栋", "房号", "专有面积(m²)"]);
    expect(rows).toEqual([
      { rowNumber: 2, values: { 楼栋: "1栋", 房号: "1-1", "专有面积(m²)": 60.5 } },
      { rowNumber: 4, values: { 楼栋: "1栋", 房号: "1-2", "专有面积(m²)": "72.25" } },
    ]);
  });
});

describe("xlsx bounds, before parsing", () => {
  async function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
  }

  it("refuses a zip bomb by its declared size without parsing it", { timeout: 60_000 }, async () => {
    const bomb = await zipOf({
      "xl/worksheets/sheet1.xml": Buffer.alloc(WORKBOOK_LIMITS.maxUncompressedBytes + 1024 * 1024, 0x20),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readSheetRows(bomb)).rejects.toThrow(WorkbookError);
    await expect(readSheetRows(bomb)).rejects.toThrow("解压后超过 60 MB");
  });

  it("refuses an entry that inflates beyond the size its directory claims", async () => {
    const zip = await zipOf({ "a.xml": Buffer.alloc(2 * 1024 * 1024, 0x41) });
    // Rewrite the central directory's uncompressed size to 100 bytes: the lie is caught while inflating.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    expect(() => assertZipWithinLimits(zip, WORKBOOK_LIMITS)).toThrow(ZipLimitError);
  });

  it("refuses what is not a zip at all, and too many entries", async () => {
    await expect(readSheetRows(Buffer.from("编号,名称\n1,小区"))).rejects.toThrow("不是可导入的 .xlsx");
    const many = await zipOf(
      Object.fromEntries(Array.from({ length: WORKBOOK_LIMITS.maxEntries + 1 }, (_, i) => [`f${i}.xml`, "x"])),
    );
    expect(() => assertZipWithinLimits(many, WORKBOOK_LIMITS)).toThrow(ZipLimitError);
  });

  it("takes a formula's cached value and refuses a formula without one, naming the row", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("房屋");
    sheet.addRow(["房号", "面积"]);
    sheet.addRow(["1-1", { formula: "30*2", result: 60 }]);
    sheet.addRow(["1-2", { formula: "B2+1" }]);
    const withMissing = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(readSheetRows(withMissing)).rejects.toThrow("第3行“面积”是公式,但文件里没有它的计算结果");

    sheet.getRow(3).getCell(2).value = { formula: "B2+1", result: 61 } as never;
    const { rows } = await readSheetRows(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows.map((r) => r.values["面积"])).toEqual([60, 61]);
  });
});
