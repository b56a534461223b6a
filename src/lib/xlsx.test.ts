import { describe, expect, it } from "vitest";
import { buildWorkbook, readSheetRows } from "./xlsx";

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
        rows: [
          { building: "1栋", room: "1-1", area: 60.5 },
          {},
          { building: "1栋", room: "1-2", area: "72.25" },
        ],
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
