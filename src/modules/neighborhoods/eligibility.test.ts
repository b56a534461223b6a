import { describe, expect, it } from "vitest";
import { assessEligibility } from "./eligibility";

const assess = (completionYear: number, poorCondition = false, districtAllows2005 = false) =>
  assessEligibility({ completionYear, poorCondition, districtAllows2005 });

describe("assessEligibility", () => {
  it("takes in everything built by the end of 2000, whatever its condition", () => {
    expect(assess(1985)).toMatchObject({ eligible: true, basis: "BUILT_BY_2000" });
    expect(assess(2000)).toMatchObject({ eligible: true, basis: "BUILT_BY_2000" });
    expect(assess(2000, true, false)).toMatchObject({ eligible: true, basis: "BUILT_BY_2000" });
  });

  it("leaves 2001–2005 out unless poor and the district has the extension on", () => {
    expect(assess(2001)).toMatchObject({ eligible: false });
    expect(assess(2001, true, false)).toMatchObject({ eligible: false });
    expect(assess(2001, false, true)).toMatchObject({ eligible: false });
    expect(assess(2001, true, true)).toMatchObject({ eligible: true, basis: "BUILT_BY_2005_POOR" });
    expect(assess(2005, true, true)).toMatchObject({ eligible: true, basis: "BUILT_BY_2005_POOR" });
  });

  it("leaves out anything built after 2005", () => {
    expect(assess(2006, true, true)).toMatchObject({ eligible: false, basis: "NONE" });
  });

  it("explains every verdict", () => {
    expect(assess(2003, true, false).reason.zh).toContain("尚未启用");
    expect(assess(2006).reason.zh).toContain("晚于2005年底");
    expect(assess(1999).reason.zh).toContain("2000年底前");
  });

  it("explains it in English too, without Chinese in it", () => {
    expect(assess(2003, true, false).reason.en).toBe(
      "Built in 2003 with poor living conditions, but the district has not switched on the extension to neighbourhoods built by the end of 2005.",
    );
    for (const verdict of [
      assess(Number.NaN),
      assess(1999),
      assess(2003),
      assess(2003, true, false),
      assess(2003, true, true),
      assess(2006),
    ]) {
      expect(verdict.reason.en).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
