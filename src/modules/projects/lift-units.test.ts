import { describe, expect, it } from "vitest";
import { bothTexts } from "../../../tests/helpers/messages";
import { liftItemSpecs, type UnitCandidate } from "./lift-units";

const unit = (id: string, over: Partial<UnitCandidate> = {}): UnitCandidate => ({
  id,
  name: `${id}单元`,
  buildingName: "3栋",
  neighborhoodId: "n1",
  hasLift: false,
  hasLiveLiftItem: false,
  ...over,
});
const base = { projectNeighborhoodIds: ["n1"], quantity: "1", estimatedCostFen: 45_000_000n };

describe("liftItemSpecs", () => {
  it("makes one item per chosen unit, in the order chosen, each with the typed quantity and cost", () => {
    const check = liftItemSpecs({ ...base, unitIds: ["u2", "u1"], units: [unit("u1"), unit("u2")] });
    expect(check).toEqual({
      ok: true,
      specs: [
        { unitId: "u2", quantity: "1", estimatedCostFen: 45_000_000n },
        { unitId: "u1", quantity: "1", estimatedCostFen: 45_000_000n },
      ],
    });
  });

  it("refuses without a unit", () => {
    const check = liftItemSpecs({ ...base, unitIds: [], units: [] });
    expect(check.ok).toBe(false);
    expect(!check.ok && bothTexts(check.errors[0]!)).toContain("请选择楼栋和至少一个单元");
  });

  it("refuses a unit outside the project's neighbourhoods, or unknown", () => {
    const outside = liftItemSpecs({ ...base, unitIds: ["u1"], units: [unit("u1", { neighborhoodId: "n2" })] });
    expect(!outside.ok && outside.errors.map(bothTexts)).toEqual([
      "所选单元不属于本项目的小区 / a chosen unit is not in the project's neighbourhoods",
    ]);
    const unknown = liftItemSpecs({ ...base, unitIds: ["nope"], units: [] });
    expect(unknown.ok).toBe(false);
  });

  it("refuses a unit that has a lift, or a live lift item, naming it", () => {
    const lift = liftItemSpecs({ ...base, unitIds: ["u1", "u2"], units: [unit("u1", { hasLift: true }), unit("u2")] });
    expect(!lift.ok && lift.errors.map(bothTexts)).toEqual([
      "3栋u1单元已有电梯,无需加装 / 3栋u1单元 already has a lift",
    ]);
    const live = liftItemSpecs({ ...base, unitIds: ["u2"], units: [unit("u2", { hasLiveLiftItem: true })] });
    expect(!live.ok && bothTexts(live.errors[0]!)).toContain("3栋u2单元已有加装电梯事项");
  });

  it("refuses a unit chosen twice", () => {
    expect(liftItemSpecs({ ...base, unitIds: ["u1", "u1"], units: [unit("u1")] }).ok).toBe(false);
  });
});
