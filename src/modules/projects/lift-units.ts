// Lift retrofitting is decided and paid per stairwell unit (单元): choosing units for a lift makes
// one project item per unit, each with its own question, result, cost split and department tasks.
// Pure: the caller looks the units up; this decides which become items and why the others cannot.
import { msg } from "@/lib/i18n/message-ref";

export type UnitCandidate = {
  id: string;
  name: string;
  buildingName: string;
  neighborhoodId: string;
  hasLift: boolean;
  /** The unit already has a lift item that is not dropped or rejected. */
  hasLiveLiftItem: boolean;
};

type LiftItemSpec = { unitId: string; quantity: string; estimatedCostFen: bigint };

/** `errors`: messages of the catalogues (`msg`), docs/i18n.md. */
export type LiftUnitCheck = { ok: true; specs: LiftItemSpec[] } | { ok: false; errors: string[] };

const unitLabel = (u: UnitCandidate) => `${u.buildingName}${u.name}`;

/**
 * One item per chosen unit, each with the typed quantity and estimated cost (a lift per unit).
 * Refused without a unit, with a unit unknown or outside the project's neighbourhoods, with a unit
 * that has a lift already or a live lift item, or with a unit chosen twice.
 */
export function liftItemSpecs(input: {
  unitIds: readonly string[];
  /** The units found for the chosen ids (unknown ids are simply missing). */
  units: readonly UnitCandidate[];
  projectNeighborhoodIds: readonly string[];
  quantity: string;
  estimatedCostFen: bigint;
}): LiftUnitCheck {
  if (input.unitIds.length === 0) {
    return { ok: false, errors: ["validation.projects.chooseTheBuildingAndAtLeast"] };
  }
  if (new Set(input.unitIds).size !== input.unitIds.length)
    return { ok: false, errors: ["validation.projects.aUnitIsChosenTwice"] };
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const inProject = new Set(input.projectNeighborhoodIds);
  const errors: string[] = [];
  for (const id of input.unitIds) {
    const unit = byId.get(id);
    if (!unit || !inProject.has(unit.neighborhoodId)) {
      errors.push("validation.projects.aChosenUnitIsNotIn");
      continue;
    }
    if (unit.hasLift) errors.push(msg("validation.projects.unitHasLift", { unit: unitLabel(unit) }));
    else if (unit.hasLiveLiftItem) errors.push(msg("validation.projects.unitHasLiftItem", { unit: unitLabel(unit) }));
  }
  if (errors.length) return { ok: false, errors: [...new Set(errors)] };
  return {
    ok: true,
    specs: input.unitIds.map((unitId) => ({
      unitId,
      quantity: input.quantity,
      estimatedCostFen: input.estimatedCostFen,
    })),
  };
}
