// 2,000 dwellings with owner columns through the same path as an upload: workbook → rows →
// checks → write. Logs how long each part took (a figure for the report, not an assertion).
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildWorkbook, readSheetRows } from "@/lib/xlsx";
import { importDwellings } from "@/modules/neighborhoods/actions";
import { IMPORT_COLUMNS } from "@/modules/neighborhoods/dwelling-import";
import { idCheckCharacter } from "@/modules/neighborhoods/owner-id";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

let official = "";
let hoodId = "";
beforeAll(async () => {
  official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  hoodId = (await createNeighborhood({ districtCode: "500103", areas: [] })).id;
});

it("imports 2,000 dwellings with owners; every tenth owner has a second flat", async () => {
  const rows: Record<string, string | number>[] = [];
  for (let i = 0; i < 2000; i++) {
    const building = `${Math.floor(i / 200) + 1}号楼`;
    const unit = `${Math.floor((i % 200) / 50) + 1}单元`;
    const floor = Math.floor((i % 50) / 5) + 1;
    // Owner n owns dwelling i; owner of i (i % 10 === 1) also owns i - 1.
    const n = i % 10 === 1 ? i - 1 : i;
    const first17 = `5001031960${String(1 + (n % 12)).padStart(2, "0")}${String(1 + (n % 28)).padStart(2, "0")}${String(n % 1000).padStart(3, "0")}`;
    const id = first17 + idCheckCharacter(first17);
    rows.push({
      楼栋: building,
      楼栋层数: 10,
      单元: unit,
      有无电梯: "无",
      房号: `${floor}-${(i % 5) + 1}`,
      所在楼层: floor,
      "专有部分面积(平方米)": "65.40",
      业主姓名: `业主${n}`,
      业主身份证号: id,
      业主电话: `138${String(n).padStart(8, "0")}`,
    });
  }
  const columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header }));
  const t0 = performance.now();
  const bytes = await buildWorkbook([{ name: "房屋", columns, rows }]);
  const t1 = performance.now();
  const sheet = await readSheetRows(bytes);
  const t2 = performance.now();
  actAs(official);
  const result = await importDwellings({ neighborhoodId: hoodId, rows: sheet.rows });
  const t3 = performance.now();
  console.log(
    `[owner import 2,000] workbook ${(bytes.length / 1024).toFixed(0)} KB; read ${(t2 - t1).toFixed(0)} ms; check + write ${(t3 - t2).toFixed(0)} ms (building the test file ${(t1 - t0).toFixed(0)} ms)`,
  );
  expect(result).toMatchObject({ ok: true, data: { dwellings: 2000, owners: 2000 } });
  const heads = await db.dwelling.groupBy({ by: ["ownerRef"], where: { neighborhoodId: hoodId } });
  expect(heads.length).toBe(1800);
});
