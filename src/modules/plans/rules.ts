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
export const LIMITS = {
  maxFloorAreaM2: 1_000_000,
  maxHouseholds: 20_000,
  maxBuildings: 300,
  minAreaPerHousehold: 15,
  maxAreaPerHousehold: 400,
  minYuanPerM2: 20,
  maxYuanPerM2: 3_000,
} as const;

export function checkEntry(figures: EntryFigures, facts: EntryFacts): EntryProblems {
  const problems: EntryProblems = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const n = facts.neighborhood;

  if (!n) {
    add("neighborhoodId", "请选择本区县名录中的小区。");
  } else if (n.districtId !== facts.planDistrictId) {
    add("neighborhoodId", `「${n.name}」不属于本区县,不能列入本区县的年度计划。`);
  } else {
    const eligibility = assessEligibility({
      completionYear: n.completionYear,
      poorCondition: n.poorCondition,
      districtAllows2005: facts.districtAllows2005,
    });
    if (!eligibility.eligible) add("neighborhoodId", `「${n.name}」不在改造范围内:${eligibility.reason.zh}`);
    if (facts.approvedElsewhere) {
      add("neighborhoodId", `「${n.name}」已列入${facts.approvedElsewhere.districtName}${facts.approvedElsewhere.year}年已批准的年度计划,不能重复列入。`);
    }
    if (facts.duplicateInPlan) add("neighborhoodId", `「${n.name}」已在本计划中,请修改原条目,不要重复添加。`);
  }

  const { floorAreaM2: area, households, buildings } = figures;
  const yuan = Number(figures.investmentFen) / 100;
  if (!(area > 0)) add("floorAreaM2", "改造面积必须大于0。");
  else if (area > LIMITS.maxFloorAreaM2) add("floorAreaM2", `改造面积${area}平方米超过单个小区的合理上限(${LIMITS.maxFloorAreaM2}平方米),请核对单位。`);
  if (!Number.isInteger(households) || households <= 0) add("households", "受益户数必须是大于0的整数。");
  else if (households > LIMITS.maxHouseholds) add("households", `受益户数${households}户超过单个小区的合理上限(${LIMITS.maxHouseholds}户),请核对。`);
  if (!Number.isInteger(buildings) || buildings <= 0) add("buildings", "楼栋数必须是大于0的整数。");
  else if (buildings > LIMITS.maxBuildings) add("buildings", `楼栋数${buildings}栋超过合理上限(${LIMITS.maxBuildings}栋),请核对。`);
  else if (n && n.buildingCount > 0 && buildings > n.buildingCount) {
    add("buildings", `楼栋数${buildings}栋多于「${n.name}」登记的${n.buildingCount}栋,请核对。`);
  }
  if (!(yuan > 0)) add("investmentFen", "计划投资必须大于0。");

  if (area > 0 && households > 0 && !problems.households && !problems.floorAreaM2) {
    const perHousehold = area / households;
    if (perHousehold < LIMITS.minAreaPerHousehold || perHousehold > LIMITS.maxAreaPerHousehold) {
      add("households", `户均面积${perHousehold.toFixed(1)}平方米不合常理(应在${LIMITS.minAreaPerHousehold}—${LIMITS.maxAreaPerHousehold}平方米之间),请核对面积或户数。`);
    }
  }
  if (area > 0 && yuan > 0 && !problems.floorAreaM2) {
    const perM2 = yuan / area;
    if (perM2 < LIMITS.minYuanPerM2 || perM2 > LIMITS.maxYuanPerM2) {
      add("investmentFen", `每平方米投资${perM2.toFixed(0)}元不合常理(应在${LIMITS.minYuanPerM2}—${LIMITS.maxYuanPerM2}元之间),请核对投资额(单位为万元)。`);
    }
  }
  if (figures.categories.length === 0) add("categories", "请至少选择一类改造内容(基础类、完善类、提升类)。");
  else if (!figures.categories.includes("BASIC")) add("categories", "改造内容应包含基础类(政策要求基础类应改尽改)。");
  return problems;
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
