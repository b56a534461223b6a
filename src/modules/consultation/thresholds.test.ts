import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tally, type TallyDwelling } from "./tally";
import { gapSentences, thresholdGaps } from "./thresholds";

const counts = (over: Partial<Parameters<typeof thresholdGaps>[1]>) => ({
  totalArea: "0",
  totalCount: 0,
  participatingArea: "0",
  participatingCount: 0,
  agreeArea: "0",
  agreeCount: 0,
  ...over,
});

describe("participation: 2/3 of owners and 2/3 of area", () => {
  // 9 owners, 300.00 m²: 6 owners and 200.00 m² are exactly two thirds.
  it("one below, at and one above the owners' threshold", () => {
    const at = (n: number) =>
      thresholdGaps(
        "ORDINARY",
        counts({ totalCount: 9, totalArea: "300", participatingCount: n, participatingArea: "250" }),
      ).participation;
    expect(at(5)).toMatchObject({ met: false, owners: { need: 6, missing: 1 } });
    expect(at(6)).toMatchObject({ met: true, owners: { need: 6, missing: 0 } });
    expect(at(7)).toMatchObject({ met: true, owners: { missing: 0 } });
  });

  it("one hundredth below, at and above the area threshold, exactly (no floats)", () => {
    const at = (a: string) =>
      thresholdGaps(
        "ORDINARY",
        counts({ totalCount: 9, totalArea: "300.00", participatingCount: 6, participatingArea: a }),
      ).participation;
    expect(at("199.99")).toMatchObject({ met: false, area: { need: "200.00", missing: "0.01" } });
    expect(at("200.00")).toMatchObject({ met: true, area: { missing: "0.00" } });
    expect(at("200.01").met).toBe(true);
    // 2/3 of 100.00 m² is 66.666…: 66.67 m² reaches it, 66.66 does not.
    const third = (a: string) =>
      thresholdGaps(
        "ORDINARY",
        counts({ totalCount: 3, totalArea: "100", participatingCount: 2, participatingArea: a }),
      ).participation.area;
    expect(third("66.66")).toMatchObject({ met: false, need: "66.67", missing: "0.01" });
    expect(third("66.67").met).toBe(true);
  });

  it("says what is missing as the page shows it", () => {
    const g = thresholdGaps(
      "SPECIAL",
      counts({ totalCount: 9, totalArea: "300.00", participatingCount: 4, participatingArea: "164.80" }),
    );
    expect(gapSentences(g).participation).toBe("还差 2 户、35.20 m² 达到参与门槛");
    expect(
      gapSentences(
        thresholdGaps(
          "SPECIAL",
          counts({ totalCount: 9, totalArea: "300", participatingCount: 6, participatingArea: "190" }),
        ),
      ).participation,
    ).toBe("还差 10.00 m² 达到参与门槛");
  });
});

describe("passing among those who took part", () => {
  // 8 participating owners on 400.00 m²; special: 6 owners / 300.00 m² (3/4); ordinary: 5 owners / 200.01 m² (> 1/2).
  const pass = (matter: "SPECIAL" | "ORDINARY", agreeCount: number, agreeArea: string) =>
    thresholdGaps(
      matter,
      counts({
        totalCount: 8,
        totalArea: "400.00",
        participatingCount: 8,
        participatingArea: "400.00",
        agreeCount,
        agreeArea,
      }),
    );

  it("special matter: at least 3/4 of owners and of area", () => {
    expect(pass("SPECIAL", 5, "300.00").passing).toMatchObject({ met: false, owners: { need: 6, missing: 1 } });
    expect(pass("SPECIAL", 6, "300.00").passing.met).toBe(true);
    expect(pass("SPECIAL", 7, "300.00").passing.met).toBe(true);
    expect(pass("SPECIAL", 6, "299.99").passing).toMatchObject({
      met: false,
      area: { need: "300.00", missing: "0.01" },
    });
    expect(pass("SPECIAL", 6, "300.01").passing.met).toBe(true);
  });

  it("ordinary matter: more than half — exactly half is not enough", () => {
    expect(pass("ORDINARY", 4, "300.00").passing).toMatchObject({ met: false, owners: { need: 5, missing: 1 } });
    expect(pass("ORDINARY", 5, "300.00").passing.met).toBe(true);
    expect(pass("ORDINARY", 6, "300.00").passing.met).toBe(true);
    expect(pass("ORDINARY", 5, "200.00").passing).toMatchObject({
      met: false,
      area: { need: "200.01", missing: "0.01" },
    });
    expect(pass("ORDINARY", 5, "200.01").passing.met).toBe(true);
  });

  it("says what agreement is missing", () => {
    expect(gapSentences(pass("SPECIAL", 5, "288.00")).passing).toBe("同意还差 1 户 / 12.00 m² 达到通过门槛");
    expect(gapSentences(thresholdGaps("SPECIAL", counts({ totalCount: 3, totalArea: "90" }))).passing).toBe(
      "尚无人表决",
    );
  });
});

describe("the live arithmetic decides as the tally does", () => {
  it("headcount by owner: an owner of three dwellings is one 户", () => {
    const dwellings: TallyDwelling[] = [
      { id: "a", area: "50", ownerKey: "o1", vote: "AGREE" },
      { id: "b", area: "50", ownerKey: "o1", vote: "AGREE" },
      { id: "c", area: "50", ownerKey: "o1", vote: "AGREE" },
      { id: "d", area: "50" },
      { id: "e", area: "50" },
    ];
    const g = thresholdGaps("SPECIAL", tally({ matter: "SPECIAL", dwellings }));
    // 3 owners: 1 took part, 2 of 3 needed; area 150 of 250 ≥ 166.67 needed.
    expect(g.participation.owners).toEqual({ have: 1, need: 2, missing: 1, met: false });
    expect(g.participation.area).toMatchObject({ have: "150.00", need: "166.67", missing: "16.67" });
  });

  it("passed equals the tally's decision on any votes", () => {
    const dwelling = fc.record({
      area: fc.integer({ min: 1, max: 20_000 }).map((c) => (c / 100).toFixed(2)),
      owner: fc.constantFrom(null, "o1", "o2"),
      vote: fc.constantFrom(null, "AGREE", "DISAGREE", "ABSTAIN") as fc.Arbitrary<TallyDwelling["vote"]>,
    });
    fc.assert(
      fc.property(
        fc.array(dwelling, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("SPECIAL", "ORDINARY") as fc.Arbitrary<"SPECIAL" | "ORDINARY">,
        (rows, matter) => {
          // One vote per owner, as the effective-vote step guarantees before the tally.
          const ownerVote = new Map<string, TallyDwelling["vote"]>();
          const dwellings = rows.map((r, i) => {
            if (r.owner && !ownerVote.has(r.owner)) ownerVote.set(r.owner, r.vote);
            return { id: `d${i}`, area: r.area, ownerKey: r.owner, vote: r.owner ? ownerVote.get(r.owner) : r.vote };
          });
          const result = tally({ matter, dwellings });
          const g = thresholdGaps(matter, result);
          expect(g.participation.met).toBe(result.quorate);
          expect(g.passed).toBe(result.passed);
        },
      ),
      { seed: 2026, numRuns: 500 },
    );
  });
});
