// Rows of the buildings/units/dwellings import, checked before anything is written: every row
// is validated and every problem reported with its Excel row number, in Chinese; only a file
// without a single problem is imported (all or nothing). The owner columns are optional (a sheet
// without them imports dwellings without owners); the ID-card number is checked here and only
// its keyed hash and last four characters are ever written.
import { AREA, formatFixed, parseAmount } from "@/lib/money";
import { checkIdNumber, checkPhone } from "./owner-id";

export const IMPORT_COLUMNS = [
  { key: "building", header: "楼栋", note: "如:1栋", width: 10 },
  { key: "buildingFloors", header: "楼栋层数", note: "整数,如:7", width: 10 },
  { key: "unit", header: "单元", note: "如:1单元", width: 10 },
  { key: "hasLift", header: "有无电梯", note: "填“有”或“无”,默认无", width: 10 },
  { key: "room", header: "房号", note: "如:3-2 或 302", width: 10 },
  { key: "floor", header: "所在楼层", note: "整数", width: 10 },
  { key: "area", header: "专有部分面积(平方米)", note: "最多两位小数,如:72.35", width: 22 },
  { key: "ownerName", header: "业主姓名", note: "产权证上的第一位业主", width: 12, optional: true },
  {
    key: "ownerId",
    header: "业主身份证号",
    note: "18位,末位可为X;系统只保存加密摘要和末四位",
    width: 22,
    optional: true,
  },
  { key: "ownerPhone", header: "业主电话", note: "手机或带区号的固定电话,可不填", width: 15, optional: true },
  { key: "coOwnerNames", header: "共有人姓名", note: "多人用“、”分隔,可不填", width: 14, optional: true },
  { key: "coOwnerIds", header: "共有人身份证号", note: "与共有人姓名一一对应,用“、”分隔", width: 24, optional: true },
  { key: "coOwnerPhones", header: "共有人电话", note: "可不填;填写时与共有人一一对应", width: 16, optional: true },
] as const;

/** At most this many owners (the owner and co-owners) of one dwelling. */
const MAX_OWNERS = 10;

type Cell = string | number | boolean | Date | null | undefined;
export type ImportRow = { rowNumber: number; values: Record<string, Cell> };
export type RowError = { row: number; message: string };

/** An owner as read from the sheet; `id` is the normalised ID number, hashed before anything is written. */
export type ParsedOwner = { name: string; id: string; phone: string | null };
export type ParsedDwelling = {
  building: string;
  buildingFloors: number;
  unit: string;
  hasLift: boolean;
  room: string;
  floor: number;
  areaM2: string;
  owners: ParsedOwner[];
};

const text = (v: Cell) => (v === null || v === undefined ? "" : v instanceof Date ? "" : String(v).trim());

function integer(v: Cell): number | null {
  const s = text(v);
  if (!/^-?\d+$/.test(s)) return null;
  return Number(s);
}

/** The header row must carry every column of the template. */
export function missingHeaders(headers: string[]): string[] {
  return IMPORT_COLUMNS.filter((c) => !("optional" in c))
    .map((c) => c.header)
    .filter((h) => !headers.includes(h));
}

const list = (v: string) => (v ? v.split(/[、,,;;]/).map((part) => part.trim()) : []);

type OwnerField = "ownerName" | "ownerId" | "ownerPhone" | "coOwnerNames" | "coOwnerIds" | "coOwnerPhones";
export type OwnerProblem = { field: OwnerField; message: string };

/**
 * The owners of one row (or of the owner form, which uses the same headers): the owner, then the
 * co-owners. Each problem names the field it belongs to; the same person twice in one dwelling
 * is refused.
 */
export function ownersOfRow(
  values: Record<string, Cell>,
  today = new Date(),
): { owners: ParsedOwner[]; problems: OwnerProblem[] } {
  const problems: OwnerProblem[] = [];
  const owners: ParsedOwner[] = [];
  const name = text(values["业主姓名"]);
  const id = text(values["业主身份证号"]);
  const phone = text(values["业主电话"]);
  const coNames = list(text(values["共有人姓名"]));
  const coIds = list(text(values["共有人身份证号"]));
  const coPhones = list(text(values["共有人电话"]));
  const person = (label: string, co: boolean, n: string, i: string, p: string) => {
    const f = co
      ? ({ name: "coOwnerNames", id: "coOwnerIds", phone: "coOwnerPhones" } as const)
      : ({ name: "ownerName", id: "ownerId", phone: "ownerPhone" } as const);
    if (!n) problems.push({ field: f.name, message: `“${label}姓名”未填写` });
    else if ([...n].length > 30) problems.push({ field: f.name, message: `“${label}姓名”不能超过30个字` });
    const checked = i ? checkIdNumber(i, today) : null;
    if (!i) problems.push({ field: f.id, message: `“${label}身份证号”未填写` });
    else if (checked && !checked.ok)
      problems.push({ field: f.id, message: `“${label}身份证号”有误:${checked.message}` });
    let phoneValue: string | null = null;
    if (p) {
      const c = checkPhone(p);
      if (c.ok) phoneValue = c.phone;
      else problems.push({ field: f.phone, message: `“${label}电话”有误:${c.message}` });
    }
    if (n && checked?.ok) {
      if (owners.some((o) => o.id === checked.id))
        problems.push({ field: f.id, message: `${label}${n}的身份证号与本户另一位业主相同` });
      else owners.push({ name: n, id: checked.id, phone: phoneValue });
    }
  };
  if (name || id || phone) person("业主", false, name, id, phone);
  else if (coNames.length || coIds.length || coPhones.length) {
    problems.push({ field: "ownerName", message: "填写共有人时须先填写“业主姓名”和“业主身份证号”" });
    return { owners: [], problems };
  }
  if (coNames.length !== coIds.length)
    problems.push({
      field: "coOwnerIds",
      message: `共有人姓名有${coNames.length}个、身份证号有${coIds.length}个,应一一对应`,
    });
  else if (coPhones.length && coPhones.length !== coNames.length)
    problems.push({
      field: "coOwnerPhones",
      message: `共有人电话有${coPhones.length}个,应与${coNames.length}位共有人一一对应`,
    });
  else if (coNames.length + 1 > MAX_OWNERS)
    problems.push({ field: "coOwnerNames", message: `一户最多登记${MAX_OWNERS}位业主` });
  else
    coNames.forEach((n, k) =>
      person(`共有人${coNames.length > 1 ? k + 1 : ""}`, true, n, coIds[k]!, coPhones[k] ?? ""),
    );
  return { owners, problems };
}

export function validateImportRows(
  rows: ImportRow[],
  maxRows = 20_000,
): { dwellings: ParsedDwelling[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const dwellings: ParsedDwelling[] = [];
  if (rows.length === 0)
    return { dwellings, errors: [{ row: 0, message: "文件中没有数据行,请按模板在第2行起填写。" }] };
  if (rows.length > maxRows)
    return {
      dwellings,
      errors: [{ row: 0, message: `一次最多导入 ${maxRows} 行,本文件有 ${rows.length} 行,请分批导入。` }],
    };
  const seenRooms = new Map<string, number>();
  const buildingFloors = new Map<string, { floors: number; row: number }>();
  const unitLift = new Map<string, { lift: boolean; row: number }>();
  const idNames = new Map<string, { name: string; row: number }>();
  const H = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
    (typeof IMPORT_COLUMNS)[number]["key"],
    string
  >;
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
    if (floors === null || floors < 1 || floors > 100)
      problems.push(`“楼栋层数”应为1至100的整数(现为“${text(values[H.buildingFloors])}”)`);
    if (floor === null || floor < -5 || floor > 100 || floor === 0)
      problems.push(`“所在楼层”应为整数,地下层用负数(现为“${text(values[H.floor])}”)`);
    else if (floors !== null && floor > floors) problems.push(`“所在楼层”${floor}高于楼栋层数${floors}`);
    if (liftText && !["有", "无", "是", "否"].includes(liftText))
      problems.push(`“有无电梯”只能填“有”或“无”(现为“${liftText}”)`);
    const area = parseAmount(areaText, AREA);
    if (!areaText) problems.push("“专有部分面积”未填写");
    else if (!area.ok || area.value <= 0n || area.value > 10_000_00n)
      problems.push(`“专有部分面积”应为大于0的数字,最多两位小数(现为“${areaText}”)`);
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
    const { owners, problems: ownerProblems } = ownersOfRow(values);
    problems.push(...ownerProblems.map((p) => p.message));
    for (const o of owners) {
      // One number is one person: the same number under two names is a typing error somewhere.
      const known = idNames.get(o.id);
      if (!known) idNames.set(o.id, { name: o.name, row: rowNumber });
      else if (known.name !== o.name)
        problems.push(`${o.name}的身份证号与第${known.row}行的“${known.name}”相同,请核对`);
    }
    if (problems.length) errors.push({ row: rowNumber, message: problems.join(";") + "。" });
    else
      dwellings.push({
        building,
        buildingFloors: floors!,
        unit,
        hasLift: lift,
        room,
        floor: floor!,
        areaM2: area.ok ? formatFixed(area.value, AREA.decimals, { grouping: false }) : areaText,
        owners,
      });
  }
  return { dwellings: errors.length ? [] : dwellings, errors };
}
