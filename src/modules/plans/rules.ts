// The rules a plan entry must meet before a district may put it in its annual plan, and the
// plan's workflow. Pure: the caller looks up the facts (neighbourhood, other plans) and passes them.
import type { ContentCategory, PlanStatus, StartQuarter } from "@/generated/prisma/enums";
import { msg, ref, type MessageRef } from "@/lib/i18n/message-ref";
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

/** Problems keyed by field ("_" for the row as a whole), as messages of the catalogues (`msg`); empty means the entry may be saved. */
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

// Each figure's range and its message (a key of the catalogues, saying what is allowed): the entry form's
// schema checks them field by field, so they are shown together with any other field's error.
export function areaProblem(area: number): string | null {
  if (area > 0 && area <= LIMITS.maxFloorAreaM2) return null;
  return msg("validation.plans.areaRange", { max: String(LIMITS.maxFloorAreaM2), checkUnit: area > 0 ? "yes" : "no" });
}

export function householdsProblem(households: number): string | null {
  if (Number.isInteger(households) && households > 0 && households <= LIMITS.maxHouseholds) return null;
  return msg("validation.plans.householdsRange", { max: String(LIMITS.maxHouseholds) });
}

export function buildingsProblem(buildings: number): string | null {
  if (Number.isInteger(buildings) && buildings > 0 && buildings <= LIMITS.maxBuildings) return null;
  return msg("validation.plans.buildingsRange", { max: String(LIMITS.maxBuildings) });
}

/** The investment in yuan (the form asks for 万元). */
export function investmentProblem(yuan: number): string | null {
  return yuan > 0 ? null : msg("validation.plans.investmentPositive");
}

export function checkEntry(figures: EntryFigures, facts: EntryFacts): EntryProblems {
  const problems: EntryProblems = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const n = facts.neighborhood;

  // Each message says what is allowed. The English one names no neighbourhood: the name is
  // Chinese, and the field shows it.
  if (!n) {
    add("neighborhoodId", msg("validation.plans.neighbourhoodNotInRegistry"));
  } else if (n.districtId !== facts.planDistrictId) {
    add("neighborhoodId", msg("validation.plans.neighbourhoodOfAnotherDistrict", { name: n.name }));
  } else {
    const eligibility = assessEligibility({
      completionYear: n.completionYear,
      poorCondition: n.poorCondition,
      districtAllows2005: facts.districtAllows2005,
    });
    if (!eligibility.eligible)
      add("neighborhoodId", msg("validation.plans.outOfScope", { name: n.name, reason: eligibility.reason }));
    if (facts.approvedElsewhere) {
      add(
        "neighborhoodId",
        msg("validation.plans.approvedElsewhere", {
          name: n.name,
          district: facts.approvedElsewhere.districtName,
          year: String(facts.approvedElsewhere.year),
        }),
      );
    }
    if (facts.duplicateInPlan) add("neighborhoodId", msg("validation.plans.duplicateInPlan", { name: n.name }));
  }

  const { floorAreaM2: area, households, buildings } = figures;
  const yuan = Number(figures.investmentFen) / 100;
  for (const [field, problem] of [
    ["floorAreaM2", areaProblem(area)],
    ["households", householdsProblem(households)],
    ["buildings", buildingsProblem(buildings)],
    ["investmentFen", investmentProblem(yuan)],
  ] as const) {
    if (problem) add(field, problem);
  }
  if (!problems.buildings && n && n.buildingCount > 0 && buildings > n.buildingCount) {
    add(
      "buildings",
      msg("validation.plans.moreBuildingsThanRegistered", {
        buildings: String(buildings),
        name: n.name,
        registered: String(n.buildingCount),
      }),
    );
  }

  // The ratios are compared exactly (cross-multiplied on the area's decimal digits): a division in
  // floating point puts 20,000.08 m² at exactly 20 yuan/m² at 19.999999999999996 and refuses it.
  const exactArea = area > 0 ? decimalFraction(area) : null;
  if (exactArea && households > 0 && !problems.households && !problems.floorAreaM2) {
    const perHousehold = area / households;
    const h = BigInt(households) * exactArea.denominator;
    if (
      exactArea.numerator < BigInt(LIMITS.minAreaPerHousehold) * h ||
      exactArea.numerator > BigInt(LIMITS.maxAreaPerHousehold) * h
    ) {
      add(
        "households",
        msg("validation.plans.areaPerHousehold", {
          perHousehold: perHousehold.toFixed(1),
          min: String(LIMITS.minAreaPerHousehold),
          max: String(LIMITS.maxAreaPerHousehold),
        }),
      );
    }
  }
  if (exactArea && yuan > 0 && !problems.floorAreaM2) {
    const perM2 = yuan / area;
    // fen / 100 / area against the bound, as fen × denominator against bound × 100 × numerator.
    const fen = figures.investmentFen * exactArea.denominator;
    const fenPerM2 = (yuanPerM2: number) => BigInt(yuanPerM2) * 100n * exactArea.numerator;
    if (fen < fenPerM2(LIMITS.minYuanPerM2) || fen > fenPerM2(LIMITS.maxYuanPerM2)) {
      add(
        "investmentFen",
        msg("validation.plans.investmentPerSquareMetre", {
          perM2: perM2.toFixed(0),
          min: String(LIMITS.minYuanPerM2),
          max: String(LIMITS.maxYuanPerM2),
        }),
      );
    }
  }
  if (figures.categories.length === 0) add("categories", msg("validation.plans.chooseACategory"));
  else if (!figures.categories.includes("BASIC")) add("categories", msg("validation.plans.basicRequired"));
  return problems;
}

/** A positive number as the exact fraction its decimal text says ("20000.08" → 2000008 / 100); null if it has none. */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } | null {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) return null;
  const digits = BigInt(`${match[1]}${match[2] ?? ""}`);
  const scale = (match[2] ?? "").length - Number(match[3] ?? 0);
  return scale >= 0
    ? { numerator: digits, denominator: 10n ** BigInt(scale) }
    : { numerator: digits * 10n ** BigInt(-scale), denominator: 1n };
}

/** Whether the district may change entries of a plan in this status, and if not, why. */
export function editRule(
  status: PlanStatus,
): { editable: true; amendment: boolean } | { editable: false; reason: string } {
  if (status === "DRAFT" || status === "RETURNED") return { editable: true, amendment: false };
  if (status === "APPROVED") return { editable: true, amendment: true };
  return { editable: false, reason: "计划已报送,正在等待市住房城乡建委审核,审核期间不能修改。" };
}

/** Why the plan cannot be submitted now (a message of the catalogues), or null. */
export function canSubmit(status: PlanStatus, entryCount: number): MessageRef | null {
  if (status !== "DRAFT" && status !== "RETURNED") {
    return ref(status === "SUBMITTED" ? "errors.plans.alreadySubmitted" : "errors.plans.approvedAmend");
  }
  if (entryCount === 0) return ref("errors.plans.noEntries");
  return null;
}

/** Why the plan cannot be returned or approved now (a message of the catalogues), or null. */
export function canReview(status: PlanStatus): MessageRef | null {
  return status === "SUBMITTED" ? null : ref("errors.plans.notInReview");
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
  "floorAreaM2",
  "households",
  "buildings",
  "investmentFen",
  "startQuarter",
  "categories",
  "residentsConsulted",
  "note",
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
    const fields = COMPARED.filter(
      (f) => JSON.stringify(normalise(previous[f])) !== JSON.stringify(normalise(entry[f])),
    ).map((field) => ({
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
