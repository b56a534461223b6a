// Turns one spreadsheet row into entry figures, explaining in Chinese what cannot be read.
// Pure: the neighbourhood is resolved and the entry rules applied by the caller.
import type { ContentCategory, StartQuarter } from "@/generated/prisma/enums";
import { AREA, parseAmount, WAN, type Unit } from "@/lib/money";
import { CATEGORY_ZH, PLAN_COLUMNS, QUARTER_ZH } from "./columns";
import type { EntryFigures } from "./rules";

type Cell = string | number | boolean | Date | null | undefined;
const header = (key: (typeof PLAN_COLUMNS)[number]["key"]) => PLAN_COLUMNS.find((c) => c.key === key)!.header;

export type ParsedRow =
  | {
      ok: true;
      neighborhoodName: string;
      address: string;
      figures: EntryFigures;
      residentsConsulted: boolean;
      note: string;
    }
  | { ok: false; problems: string[] };

export function missingHeaders(headers: string[]): string[] {
  return PLAN_COLUMNS.filter((c) => c.key !== "address" && c.key !== "note" && !headers.includes(c.header)).map(
    (c) => c.header,
  );
}

export function parseRow(values: Record<string, Cell>): ParsedRow {
  const problems: string[] = [];
  const text = (key: Parameters<typeof header>[0]) => {
    const v = values[header(key)];
    return v === null || v === undefined ? "" : String(v).trim();
  };
  const number = (key: Parameters<typeof header>[0], label: string): number => {
    const raw = text(key).replace(/,/g, "");
    if (raw === "") {
      problems.push(`「${label}」未填写。`);
      return NaN;
    }
    const n = Number(raw);
    if (!Number.isFinite(n)) problems.push(`「${label}」应为数字,现为"${raw}"。`);
    return n;
  };
  /** An amount in `unit` (money.ts's rules: thousands commas, at most its decimals), exactly. */
  const amount = (key: Parameters<typeof header>[0], label: string, unit: Unit): bigint => {
    const raw = text(key);
    if (raw === "") {
      problems.push(`「${label}」未填写。`);
      return 0n;
    }
    const parsed = parseAmount(raw, unit);
    if (parsed.ok) return parsed.value;
    if (parsed.refusal === "decimals")
      problems.push(`「${label}」最多${unit.decimals === 2 ? "两" : unit.decimals}位小数,现为"${raw}"。`);
    else if (parsed.refusal === "digits")
      problems.push(`「${label}」数值过大(整数部分最多${unit.maxIntegerDigits}位),现为"${raw}"。`);
    else problems.push(`「${label}」应为不小于0的数字,现为"${raw}"。`);
    return 0n;
  };

  const neighborhoodName = text("neighborhood");
  if (!neighborhoodName) problems.push("「小区名称」未填写。");
  const floorAreaHundredths = amount("floorArea", "改造面积", AREA);
  const households = number("households", "受益户数");
  const buildings = number("buildings", "楼栋数");
  const investmentFen = amount("investment", "计划投资(万元)", WAN);
  const startQuarter = parseQuarter(text("quarter"));
  if (!startQuarter) problems.push(`「计划开工季度」应为一季度至四季度(或1—4),现为"${text("quarter")}"。`);
  const categories = parseCategories(text("categories"));
  if (categories === null) problems.push(`「改造内容类别」只能是基础类、完善类、提升类,现为"${text("categories")}"。`);
  const consulted = parseYesNo(text("consulted"));
  if (consulted === null) problems.push(`「是否已征求居民意见」应填"是"或"否",现为"${text("consulted")}"。`);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    neighborhoodName,
    address: text("address"),
    figures: {
      // Two decimals at most, so the number is that decimal exactly (and toFixed(2) gives it back).
      floorAreaM2: Number(floorAreaHundredths) / 100,
      households,
      buildings,
      investmentFen,
      startQuarter: startQuarter!,
      categories: categories!,
    },
    residentsConsulted: consulted!,
    note: text("note"),
  };
}

function parseQuarter(raw: string): StartQuarter | null {
  const s = raw.replace(/\s/g, "").toUpperCase();
  const direct = (Object.keys(QUARTER_ZH) as StartQuarter[]).find(
    (q) => q === s || QUARTER_ZH[q] === s || `第${QUARTER_ZH[q]}` === s,
  );
  if (direct) return direct;
  if (/^[1-4]$/.test(s)) return `Q${s}` as StartQuarter;
  return null;
}

function parseCategories(raw: string): ContentCategory[] | null {
  const parts = raw.split(/[、,,;;\s]+/).filter(Boolean);
  const out: ContentCategory[] = [];
  for (const part of parts) {
    const match = (Object.keys(CATEGORY_ZH) as ContentCategory[]).find(
      (c) => CATEGORY_ZH[c] === part || CATEGORY_ZH[c].replace("类", "") === part || c === part.toUpperCase(),
    );
    if (!match) return null;
    if (!out.includes(match)) out.push(match);
  }
  return out;
}

function parseYesNo(raw: string): boolean | null {
  if (["是", "已", "Y", "y", "yes", "true", "TRUE", "1"].includes(raw)) return true;
  if (["否", "未", "N", "n", "no", "false", "FALSE", "0", ""].includes(raw)) return false;
  return null;
}
