import { describe, expect, it } from "vitest";
import { tally, type TallyDwelling } from "../tally";
import { noticeFigures } from "./notice";

const dwellings = (areas: string[], votes: (TallyDwelling["vote"] | undefined)[]): TallyDwelling[] =>
  areas.map((area, i) => ({ id: `d${i}`, area, vote: votes[i] ?? null }));

describe("the 公示 figures", () => {
  it("state both counts against both thresholds for a special matter", () => {
    // Six owners, 360 m²; five take part (300 m²), four agree (240 m²).
    const result = tally({
      matter: "SPECIAL",
      dwellings: dwellings(["60", "60", "60", "60", "60", "60"], ["AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE"]),
    });
    const f = noticeFigures(result, "SPECIAL");
    expect(f.participation.owners).toEqual({ actual: "5", of: "6", required: "4", met: true });
    expect(f.participation.area).toEqual({ actual: "300.00", of: "360.00", required: "240.00", met: true });
    // 3/4 of 5 owners is 3.75: four are needed; 3/4 of 300 m² is 225 m².
    expect(f.agreement.owners).toEqual({ actual: "4", of: "5", required: "4", met: true });
    expect(f.agreement.area).toEqual({ actual: "240.00", of: "300.00", required: "225.00", met: true });
    expect(f.agreement.rule).toBe("3/4");
    expect([f.quorate, f.passed]).toEqual([result.quorate, result.passed]);
    expect(f.passed).toBe(true);
  });

  it("rounds a two-thirds area up to the register's 0.01 m² and agrees with the rule at the edge", () => {
    // 100.01 m² in all: 2/3 is 66.67333… so 66.68 m² are needed; 66.67 m² are not enough.
    const short = tally({
      matter: "ORDINARY",
      dwellings: [
        { id: "a", area: "33.33", vote: "AGREE" },
        { id: "b", area: "33.34", vote: "AGREE" },
        { id: "c", area: "33.34" },
      ],
    });
    const f = noticeFigures(short, "ORDINARY");
    expect(f.participation.area).toEqual({ actual: "66.67", of: "100.01", required: "66.68", met: false });
    expect(f.participation.owners).toEqual({ actual: "2", of: "3", required: "2", met: true });
    expect(f.quorate).toBe(false);
  });

  it("needs more than half for an ordinary matter: half exactly is not enough", () => {
    const result = tally({
      matter: "ORDINARY",
      dwellings: dwellings(["50", "50", "50", "50"], ["AGREE", "AGREE", "DISAGREE", "DISAGREE"]),
    });
    const f = noticeFigures(result, "ORDINARY");
    expect(f.agreement.rule).toBe(">1/2");
    expect(f.agreement.owners).toEqual({ actual: "2", of: "4", required: "3", met: false });
    expect(f.agreement.area).toEqual({ actual: "100.00", of: "200.00", required: "100.01", met: false });
    expect(f.passed).toBe(false);
  });

  it("meets nothing when nobody took part (1 of 48 is far from a quorum)", () => {
    const areas = Array.from({ length: 48 }, () => "55.5");
    const result = tally({ matter: "SPECIAL", dwellings: dwellings(areas, ["AGREE"]) });
    const f = noticeFigures(result, "SPECIAL");
    expect(f.participation.owners).toEqual({ actual: "1", of: "48", required: "32", met: false });
    expect(f.participation.area).toEqual({ actual: "55.50", of: "2664.00", required: "1776.00", met: false });
    expect(f.quorate).toBe(false);
  });
});
