// Rows of the buildings/units/dwellings import, checked before anything is written: every row
// is validated and every problem reported with its Excel row number, in Chinese; only a file
// without a single problem is imported (all or nothing).

export const IMPORT_COLUMNS = [
  { key: "building", header: "楼栋", note: "如:1栋", width: 10 },
  { key: "buildingFloors", header: "楼栋层数", note: "整数,如:7", width: 10 },
  { key: "unit", header: "单元", note: "如:1单元", width: 10 },
  { key: "hasLift", header: "有无电梯", note: "填“有”或“无”,默认无", width: 10 },
  { key: "room", header: "房号", note: "如:3-2 或 302", width: 10 },
  { key: "floor", header: "所在楼层", note: "整数", width: 10 },
  { key: "area", header: "专有部分面积(平方米)", note: "最多两位小数,如:72.35", width: 22 },
] as const;

type Cell = string | number | boolean | Date | null | undefined;
export type ImportRow = { rowNumber: number; values: Record<string, Cell> };
export type RowError = { row: number; message: string };

export type ParsedDwelling = { building: string; buildingFloors: number; unit: string; hasLift: boolean; room: string; floor: number; areaM2: string };

const text = (v: Cell) => (v === null || v === undefined ? "" : v instanceof Date ? "" : String(v).trim());

function integer(v: Cell): number | null {
  const s = text(v);
  if (!/^-?\d+$/.test(s)) return null;
  return Number(s);
}

/** The header row must carry every column of the template. */
export function missingHeaders(headers: string[]): string[] {
  return IMPORT_COLUMNS.map((c) => c.header).filter((h) => !headers.includes(h));
}

export function validateImportRows(rows: ImportRow[], maxRows = 20_000): { dwellings: ParsedDwelling[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const dwellings: ParsedDwelling[] = [];
  if (rows.length === 0) return { dwellings, errors: [{ row: 0, message: "文件中没有数据行,请按模板在第2行起填写。" }] };
  if (rows.length > maxRows) return { dwellings, errors: [{ row: 0, message: `一次最多导入 ${maxRows} 行,本文件有 ${rows.length} 行,请分批导入。` }] };
  const seenRooms = new Map<string, number>();
  const buildingFloors = new Map<string, { floors: number; row: number }>();
  const unitLift = new Map<string, { lift: boolean; row: number }>();
  const H = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<(typeof IMPORT_COLUMNS)[number]["key"], string>;
  for (const { rowNumber, values } of rows) {
    const problems: string[] = [];
    const building = text(values[H.building]);
    const unit = text(values[H.unit]);
    const room = text(values[H.room]);
    const floors = integer(values[H.buildingFloors]);
    const floor = integer(values[H.floor]);
    const liftText = text(values[H.hasLift]);
    const areaText = text(values[H.area]);
    if (!building) problems.push("“楼栋”未填写");
    else if (building.length > 20) problems.push("“楼栋”不能超过20个字");
    if (!unit) problems.push("“单元”未填写");
    else if (unit.length > 20) problems.push("“单元”不能超过20个字");
    if (!room) problems.push("“房号”未填写");
    else if (room.length > 20) problems.push("“房号”不能超过20个字");
    if (floors === null || floors < 1 || floors > 100) problems.push(`“楼栋层数”应为1至100的整数(现为“${text(values[H.buildingFloors])}”)`);
    if (floor === null || floor < -5 || floor > 100 || floor === 0) problems.push(`“所在楼层”应为整数,地下层用负数(现为“${text(values[H.floor])}”)`);
    else if (floors !== null && floor > floors) problems.push(`“所在楼层”${floor}高于楼栋层数${floors}`);
    if (liftText && !["有", "无", "是", "否"].includes(liftText)) problems.push(`“有无电梯”只能填“有”或“无”(现为“${liftText}”)`);
    const area = Number(areaText);
    if (!areaText) problems.push("“专有部分面积”未填写");
    else if (!/^\d+(\.\d{1,2})?$/.test(areaText) || !(area > 0) || area > 10_000) problems.push(`“专有部分面积”应为大于0的数字,最多两位小数(现为“${areaText}”)`);
    if (building && unit && room) {
      const key = `${building}\u0000${unit}\u0000${room}`;
      const first = seenRooms.get(key);
      if (first !== undefined) problems.push(`${building}${unit}${room}与第${first}行重复`);
      else seenRooms.set(key, rowNumber);
    }
    if (building && floors !== null) {
      const known = buildingFloors.get(building);
      if (!known) buildingFloors.set(building, { floors, row: rowNumber });
      else if (known.floors !== floors) problems.push(`${building}的楼栋层数与第${known.row}行不一致(${known.floors})`);
    }
    const lift = liftText === "有" || liftText === "是";
    if (building && unit) {
      const key = `${building}\u0000${unit}`;
      const known = unitLift.get(key);
      if (!known) unitLift.set(key, { lift, row: rowNumber });
      else if (known.lift !== lift) problems.push(`${building}${unit}的“有无电梯”与第${known.row}行不一致`);
    }
    if (problems.length) errors.push({ row: rowNumber, message: problems.join(";") + "。" });
    else dwellings.push({ building, buildingFloors: floors!, unit, hasLift: lift, room, floor: floor!, areaM2: areaText });
  }
  return { dwellings: errors.length ? [] : dwellings, errors };
}
