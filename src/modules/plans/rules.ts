// The rules a plan entry must meet before a district may put it in its annual plan, and the
// plan's workflow. Pure: the caller looks up the facts (neighbourhood, other plans) and passes them.
import type { ContentCategory, PlanStatus, StartQuarter } from "@/generated/prisma/enums";
import { assessEligibility } from "@/modules/neighborhoods/eligibility";

export type EntryFigures = {
  floorAreaM2: number;
  households: number;
  buildings: number;
  /** Planned investment in fen. */
  investmentFen: bigint;
  startQuarter: StartQuarter;
  categories: ContentCategory[];
};

export type EntryFacts = {
  /** The district the plan belongs to. */
  planDistrictId: string;
  neighborhood: {
    id: string;
    name: string;
    districtId: string;
    completionYear: number;
    poorCondition: boolean;
    buildingCount: number;
  } | null;
  districtAllows2005: boolean;
  /** Another approved plan that already lists this neighbourhood. */
  approvedElsewhere: { districtName: string; year: number } | null;
  /** This plan already lists the neighbourhood in another entry. */
  duplicateInPlan: boolean;
};

/** Problems keyed by field ("_" for the row as a whole); empty means the entry may be saved. */
export type EntryProblems = Record<string, string[]>;

// Plausible bounds, so a slip of the keyboard (an extra zero, 元 typed for 万元) is caught.
const LIMITS = {
  maxFloorAreaM2: 1_000_000,
  maxHouseholds: 20_000,
  maxBuildings: 300,
  minAreaPerHousehold: 15,
  maxAreaPerHousehold: 400,
  minYuanPerM2: 20,
  maxYuanPerM2: 3_000,
} as const;

// Each figure's range and its message ("中文 / English", saying what is allowed): the entry form's
// schema checks them field by field, so they are shown together with any other field's error.
export function areaProblem(area: number): string | null {
  if (area > 0 && area <= LIMITS.maxFloorAreaM2) return null;
  return `改造面积应大于0,且不超过${LIMITS.maxFloorAreaM2}平方米${area > 0 ? ",请核对单位" : ""}。 / The floor area must be more than 0 and at most ${LIMITS.maxFloorAreaM2} m².`;
}

export function householdsProblem(households: number): string | null {
  if (Number.isInteger(households) && households > 0 && households <= LIMITS.maxHouseholds) return null;
  return `受益户数应为1—${LIMITS.maxHouseholds}之间的整数。 / Households must be a whole number from 1 to ${LIMITS.maxHouseholds}.`;
}

export function buildingsProblem(buildings: number): string | null {
  if (Number.isInteger(buildings) && buildings > 0 && buildings <= LIMITS.maxBuildings) return null;
  return `楼栋数应为1—${LIMITS.maxBuildings}之间的整数。 / Buildings must be a whole number from 1 to ${LIMITS.maxBuildings}.`;
}

/** The investment in yuan (the form asks for 万元). */
export function investmentProblem(yuan: number): string | null {
  return yuan > 0 ? null : "计划投资必须大于0(单位为万元)。 / The investment must be more than 0 (in 10,000 yuan).";
}

export function checkEntry(figures: EntryFigures, facts: EntryFacts): EntryProblems {
  const problems: EntryProblems = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const n = facts.neighborhood;

  // Each message is "中文 / English" (the screen shows its user's half) and says what is allowed.
  // The English half names no neighbourhood: the name is Chinese, and the field shows it.
  if (!n) {
    add("neighborhoodId", "请选择本区县名录中的小区。 / Choose a neighbourhood of your district's registry.");
  } else if (n.districtId !== facts.planDistrictId) {
    add("neighborhoodId", `「${n.name}」不属于本区县,不能列入本区县的年度计划。 / This neighbourhood is not in your district and cannot be in its plan.`);
  } else {
    const eligibility = assessEligibility({
      completionYear: n.completionYear,
      poorCondition: n.poorCondition,
      districtAllows2005: facts.districtAllows2005,
    });
    if (!eligibility.eligible) add("neighborhoodId", `「${n.name}」不在改造范围内:${eligibility.reason.zh} / This neighbourhood is outside the programme's scope: ${eligibility.reason.en}`);
    if (facts.approvedElsewhere) {
      add("neighborhoodId", `「${n.name}」已列入${facts.approvedElsewhere.districtName}${facts.approvedElsewhere.year}年已批准的年度计划,不能重复列入。 / This neighbourhood is already in the approved ${facts.approvedElsewhere.year} plan of another district.`);
    }
    if (facts.duplicateInPlan) add("neighborhoodId", `「${n.name}」已在本计划中,请修改原条目,不要重复添加。 / This neighbourhood is already in this plan: change its entry instead.`);
  }

  const { floorAreaM2: area, households, buildings } = figures;
  const yuan = Number(figures.investmentFen) / 100;
  for (const [field, problem] of [["floorAreaM2", areaProblem(area)], ["households", householdsProblem(households)], ["buildings", buildingsProblem(buildings)], ["investmentFen", investmentProblem(yuan)]] as const) {
    if (problem) add(field, problem);
  }
  if (!problems.buildings && n && n.buildingCount > 0 && buildings > n.buildingCount) {
    add("buildings", `楼栋数${buildings}栋多于「${n.name}」登记的${n.buildingCount}栋,请核对。 / At most ${n.buildingCount} buildings: that many are registered for this neighbourhood.`);
  }

  // The ratios are compared exactly (cross-multiplied on the area's decimal digits): a division in
  // floating point puts 20,000.08 m² at exactly 20 yuan/m² at 19.999999999999996 and refuses it.
  const exactArea = area > 0 ? decimalFraction(area) : null;
  if (exactArea && households > 0 && !problems.households && !problems.floorAreaM2) {
    const perHousehold = area / households;
    const h = BigInt(households) * exactArea.denominator;
    if (exactArea.numerator < BigInt(LIMITS.minAreaPerHousehold) * h || exactArea.numerator > BigInt(LIMITS.maxAreaPerHousehold) * h) {
      add("households", `户均面积${perHousehold.toFixed(1)}平方米不合常理(应在${LIMITS.minAreaPerHousehold}—${LIMITS.maxAreaPerHousehold}平方米之间),请核对面积或户数。 / ${perHousehold.toFixed(1)} m² per household is implausible (${LIMITS.minAreaPerHousehold}–${LIMITS.maxAreaPerHousehold} m² expected): check the area or the households.`);
    }
  }
  if (exactArea && yuan > 0 && !problems.floorAreaM2) {
    const perM2 = yuan / area;
    // fen / 100 / area against the bound, as fen × denominator against bound × 100 × numerator.
    const fen = figures.investmentFen * exactArea.denominator;
    const fenPerM2 = (yuanPerM2: number) => BigInt(yuanPerM2) * 100n * exactArea.numerator;
    if (fen < fenPerM2(LIMITS.minYuanPerM2) || fen > fenPerM2(LIMITS.maxYuanPerM2)) {
      add("investmentFen", `每平方米投资${perM2.toFixed(0)}元不合常理(应在${LIMITS.minYuanPerM2}—${LIMITS.maxYuanPerM2}元之间),请核对投资额(单位为万元)。 / ${perM2.toFixed(0)} yuan per m² is implausible (${LIMITS.minYuanPerM2}–${LIMITS.maxYuanPerM2} expected): the investment is in 10,000 yuan.`);
    }
  }
  if (figures.categories.length === 0) add("categories", "请至少选择一类改造内容(基础类、完善类、提升类)。 / Choose at least one category, including basic.");
  else if (!figures.categories.includes("BASIC")) add("categories", "改造内容应包含基础类(政策要求基础类应改尽改)。 / The basic category is required.");
  return problems;
}

/** A positive number as the exact fraction its decimal text says ("20000.08" → 2000008 / 100); null if it has none. */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } | null {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) return null;
  const digits = BigInt(`${match[1]}${match[2] ?? ""}`);
  const scale = (match[2] ?? "").length - Number(match[3] ?? 0);
  return scale >= 0 ? { numerator: digits, denominator: 10n ** BigInt(scale) } : { numerator: digits * 10n ** BigInt(-scale), denominator: 1n };
}

/** Whether the district may change entries of a plan in this status, and if not, why. */
export function editRule(status: PlanStatus): { editable: true; amendment: boolean } | { editable: false; reason: string } {
  if (status === "DRAFT" || status === "RETURNED") return { editable: true, amendment: false };
  if (status === "APPROVED") return { editable: true, amendment: true };
  return { editable: false, reason: "计划已报送,正在等待市住房城乡建委审核,审核期间不能修改。" };
}

export function canSubmit(status: PlanStatus, entryCount: number): string | null {
  if (status !== "DRAFT" && status !== "RETURNED") {
    return status === "SUBMITTED" ? "计划已报送,请等待审核。" : "计划已批准,如需调整请办理计划变更。";
  }
  if (entryCount === 0) return "计划中还没有任何条目,不能报送。";
  return null;
}

export function canReview(status: PlanStatus): string | null {
  return status === "SUBMITTED" ? null : "只有已报送、待审核的计划才能退回或批准。";
}

/** One entry as stored in a version snapshot. */
export type SnapshotEntry = {
  neighborhoodId: string | null;
  neighborhoodName: string;
  floorAreaM2: string;
  households: number;
  buildings: number;
  investmentFen: string;
  startQuarter: StartQuarter;
  categories: ContentCategory[];
  residentsConsulted: boolean;
  note: string;
};

export type EntryChange =
  | { kind: "added"; name: string; after: SnapshotEntry }
  | { kind: "removed"; name: string; before: SnapshotEntry }
  | { kind: "changed"; name: string; fields: { field: keyof SnapshotEntry; before: unknown; after: unknown }[] };

const COMPARED: (keyof SnapshotEntry)[] = [
  "floorAreaM2", "households", "buildings", "investmentFen", "startQuarter", "categories", "residentsConsulted", "note",
];

/** What changed between two snapshots of a plan, entry by entry (keyed by neighbourhood). */
export function diffSnapshots(before: SnapshotEntry[], after: SnapshotEntry[]): EntryChange[] {
  const key = (e: SnapshotEntry) => e.neighborhoodId ?? `name:${e.neighborhoodName}`;
  const old = new Map(before.map((e) => [key(e), e]));
  const changes: EntryChange[] = [];
  for (const entry of after) {
    const previous = old.get(key(entry));
    old.delete(key(entry));
    if (!previous) {
      changes.push({ kind: "added", name: entry.neighborhoodName, after: entry });
      continue;
    }
    const fields = COMPARED.filter((f) => JSON.stringify(normalise(previous[f])) !== JSON.stringify(normalise(entry[f]))).map((field) => ({
      field,
      before: previous[field],
      after: entry[field],
    }));
    if (fields.length > 0) changes.push({ kind: "changed", name: entry.neighborhoodName, fields });
  }
  for (const entry of old.values()) changes.push({ kind: "removed", name: entry.neighborhoodName, before: entry });
  return changes;
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].sort();
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
