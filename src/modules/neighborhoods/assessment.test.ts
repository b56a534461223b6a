import { describe, expect, it } from "vitest";
import { maxScore, scoreAssessment } from "./assessment";

describe("scoreAssessment", () => {
  it("scores nothing and suggests nothing for a neighbourhood in good order", () => {
    expect(scoreAssessment({})).toEqual({ scores: { BASIC: 0, IMPROVEMENT: 0, UPGRADE: 0 }, suggested: [] });
  });

  it("sums each area and puts serious problems first, basic before the rest", () => {
    const result = scoreAssessment({ water: 1, fire: 2, ageing: 2, care: 1, green: 1 });
    expect(result.scores).toEqual({ BASIC: 3, IMPROVEMENT: 3, UPGRADE: 1 });
    expect(result.suggested.slice(0, 5)).toEqual(["B07", "B08", "I07", "I04", "I05"]);
    expect(result.suggested).toEqual([
      "B07",
      "B08",
      "I07",
      "I04",
      "I05",
      "B01",
      "B05",
      "I02",
      "I03",
      "I09",
      "U03",
      "U04",
      "U05",
    ]);
  });

  it("knows each area's maximum", () => {
    expect(maxScore("BASIC")).toBe(10);
    expect(maxScore("UPGRADE")).toBe(4);
  });
});
