// Rows of the officials' account sheet, checked before anything is written: every row is
// validated against the reference data and the accounts that exist, every problem reported with
// its Excel row number in Chinese; only a sheet without a single problem is imported.
import { UPLOAD_LIMITS } from "@/lib/upload-limits";
import { PHONE_PATTERN, ROLE_BY_SHEET_NAME, USERNAME_PATTERN, type OfficialRole } from "./schema";

// `en` describes a column for the English page; the header and the values typed in the sheet stay
// Chinese (the template's words), so they are given as `{ zh }` parts.
export const ACCOUNT_IMPORT_COLUMNS = [
  {
    key: "username",
    header: "用户名",
    note: "3–64 位小写字母、数字、点、下划线或连字符,如:district.jiangbei.gyq",
    width: 26,
    en: {
      header: "Username",
      note: ["3–64 lowercase letters, digits, dots, underscores or hyphens, e.g. district.jiangbei.gyq"],
    },
  },
  {
    key: "displayName",
    header: "姓名/单位",
    note: "如:江北区观音桥街道 张伟",
    width: 26,
    en: { header: "Name or office", note: ["e.g. ", { zh: "江北区观音桥街道 张伟" }] },
  },
  {
    key: "role",
    header: "角色",
    note: "填写:区县、市级部门、市住房城乡建委 或 系统管理员",
    width: 16,
    en: {
      header: "Role",
      note: [
        "one of ",
        { zh: "区县" },
        " (district), ",
        { zh: "市级部门" },
        " (department), ",
        { zh: "市住房城乡建委" },
        " (commission) or ",
        { zh: "系统管理员" },
        " (administrator)",
      ],
    },
  },
  {
    key: "district",
    header: "区县",
    note: "角色为“区县”时必填:区县名称或6位代码,如:江北区 或 500105",
    width: 14,
    en: {
      header: "District",
      note: [
        "required for the district role: the district's name or 6-digit code, e.g. ",
        { zh: "江北区" },
        " or 500105",
      ],
    },
  },
  {
    key: "department",
    header: "市级部门",
    note: "角色为“市级部门”时必填:部门名称或代码,如:市市场监管局",
    width: 18,
    en: {
      header: "Department",
      note: ["required for the department role: the department's name or code, e.g. ", { zh: "市市场监管局" }],
    },
  },
  {
    key: "streets",
    header: "街道",
    note: "可选,仅限“区县”:该区县的街道/乡镇,多个用“、”或“,”分隔;不填为全区",
    width: 30,
    en: {
      header: "Streets",
      note: [
        "optional, district role only: the district's streets or towns, separated by ",
        { zh: "、" },
        " or commas; empty for the whole district",
      ],
    },
  },
  {
    key: "phone",
    header: "手机号",
    note: "可选:11 位手机号或固定电话(如 023-63851234)",
    width: 16,
    en: { header: "Phone", note: ["optional: an 11-digit mobile or a landline (e.g. 023-63851234)"] },
  },
] as const;

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = UPLOAD_LIMITS.accountWorkbook;

type Cell = string | number | boolean | Date | null | undefined;
export type AccountSheetRow = { rowNumber: number; values: Record<string, Cell> };
export type RowError = { row: number; message: string };

export type ImportReference = {
  districts: { id: string; code: string; name: string }[];
  departments: { id: string; code: string; name: string }[];
  streets: { id: string; districtId: string; name: string }[];
  /** Usernames (lowercase) already taken in the database. */
  takenUsernames: Set<string>;
};

export type ParsedAccount = {
  rowNumber: number;
  username: string;
  displayName: string;
  role: OfficialRole;
  districtId: string | null;
  departmentId: string | null;
  streetIds: string[];
  phone: string | null;
};

const text = (v: Cell) => (v === null || v === undefined || v instanceof Date ? "" : String(v).trim());

export function missingAccountHeaders(headers: string[]): string[] {
  return ACCOUNT_IMPORT_COLUMNS.map((c) => c.header).filter((h) => !headers.includes(h));
}

/** The usernames a sheet names, lowercased, to look up which are taken. */
export function sheetUsernames(rows: AccountSheetRow[]): string[] {
  return [...new Set(rows.map((r) => text(r.values["用户名"]).toLowerCase()).filter(Boolean))];
}

export function validateAccountRows(
  rows: AccountSheetRow[],
  ref: ImportReference,
  maxRows = MAX_IMPORT_ROWS,
): { accounts: ParsedAccount[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const accounts: ParsedAccount[] = [];
  if (rows.length === 0) return { accounts, errors: [{ row: 0, message: "文件中没有数据行,请按模板从第2行起填写。" }] };
  if (rows.length > maxRows)
    return {
      accounts,
      errors: [{ row: 0, message: `一次最多导入 ${maxRows} 个账号,本文件有 ${rows.length} 行,请分批导入。` }],
    };

  const districtByKey = new Map<string, ImportReference["districts"][number]>();
  for (const d of ref.districts) {
    districtByKey.set(d.code, d);
    districtByKey.set(d.name, d);
  }
  const departmentByKey = new Map<string, ImportReference["departments"][number]>();
  for (const d of ref.departments) {
    departmentByKey.set(d.code.toLowerCase(), d);
    departmentByKey.set(d.name, d);
  }
  const streetByDistrictAndName = new Map(ref.streets.map((s) => [`${s.districtId}\u0000${s.name}`, s.id]));
  const firstRowOf = new Map<string, number>();

  for (const { rowNumber, values } of rows) {
    const problems: string[] = [];
    const username = text(values["用户名"]).toLowerCase();
    const displayName = text(values["姓名/单位"]);
    const roleText = text(values["角色"]);
    const districtText = text(values["区县"]);
    const departmentText = text(values["市级部门"]);
    const streetsText = text(values["街道"]);
    const phone = text(values["手机号"]);

    if (!username) problems.push("“用户名”未填写");
    else if (!USERNAME_PATTERN.test(username))
      problems.push(`用户名“${username}”不符合要求(3–64 位小写字母、数字、点、下划线或连字符)`);
    else if (firstRowOf.has(username)) problems.push(`用户名“${username}”与第${firstRowOf.get(username)}行重复`);
    else if (ref.takenUsernames.has(username)) problems.push(`用户名“${username}”已被使用`);
    if (username && !firstRowOf.has(username)) firstRowOf.set(username, rowNumber);

    if (!displayName) problems.push("“姓名/单位”未填写");
    else if (displayName.length > 60) problems.push("“姓名/单位”不能超过60个字");

    const role =
      roleText === "居民" || roleText.toUpperCase() === "RESIDENT"
        ? "RESIDENT"
        : (ROLE_BY_SHEET_NAME[roleText] ?? ROLE_BY_SHEET_NAME[roleText.toUpperCase()]);
    if (!roleText) problems.push("“角色”未填写");
    else if (role === "RESIDENT") problems.push("居民账号由居民凭告知书上的绑定码自行注册,不能导入");
    else if (!role) problems.push(`角色“${roleText}”无法识别,请填写:区县、市级部门、市住房城乡建委 或 系统管理员`);

    let districtId: string | null = null;
    let departmentId: string | null = null;
    const streetIds: string[] = [];
    if (role === "DISTRICT") {
      const district = districtText ? districtByKey.get(districtText) : undefined;
      if (!districtText) problems.push("角色为“区县”时须填写“区县”");
      else if (!district) problems.push(`区县“${districtText}”不存在,请填写区县名称(如 江北区)或6位代码(如 500105)`);
      else {
        districtId = district.id;
        const names = streetsText
          ? [
              ...new Set(
                streetsText
                  .split(/[、,,;;]/)
                  .map((s) => s.trim())
                  .filter(Boolean),
              ),
            ]
          : [];
        for (const name of names) {
          const id = streetByDistrictAndName.get(`${district.id}\u0000${name}`);
          if (id) streetIds.push(id);
          else problems.push(`街道“${name}”不属于${district.name}`);
        }
      }
      if (departmentText) problems.push("角色为“区县”时“市级部门”应留空");
    } else if (role === "DEPARTMENT") {
      const department = departmentText
        ? (departmentByKey.get(departmentText) ?? departmentByKey.get(departmentText.toLowerCase()))
        : undefined;
      if (!departmentText) problems.push("角色为“市级部门”时须填写“市级部门”");
      else if (!department) problems.push(`市级部门“${departmentText}”不存在,请填写部门名称(如 市市场监管局)或代码`);
      else departmentId = department.id;
      if (districtText || streetsText) problems.push("角色为“市级部门”时“区县”和“街道”应留空");
    } else if (role && (districtText || departmentText || streetsText)) {
      problems.push(`角色为“${roleText}”时“区县”“市级部门”“街道”应留空`);
    }

    if (phone && !PHONE_PATTERN.test(phone))
      problems.push(`手机号“${phone}”格式不正确(11 位手机号或如 023-63851234 的固定电话)`);

    if (problems.length) {
      errors.push({ row: rowNumber, message: problems.join(";") });
      continue;
    }
    accounts.push({
      rowNumber,
      username,
      displayName,
      role: role as OfficialRole,
      districtId,
      departmentId,
      streetIds,
      phone: phone || null,
    });
  }
  return { accounts, errors };
}
