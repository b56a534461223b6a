import { describe, expect, it } from "vitest";
import { tally, TallyInputError, type MatterType, type TallyDwelling, type TallyVote } from "./tally";

const A = "AGREE" as const;
const D = "DISAGREE" as const;
const X = "ABSTAIN" as const;

/** One owner per dwelling: [area, vote] pairs. */
function owners(...rows: [string | number, TallyVote | null][]): TallyDwelling[] {
  return rows.map(([area, vote], i) => ({ id: `d${i}`, area, vote }));
}

function run(matter: MatterType, dwellings: TallyDwelling[]) {
  return tally({ matter, dwellings });
}

describe("tally — totals and formatting", () => {
  it("reports totals, participants and agreement in owners and exact decimal areas", () => {
    const r = run("ORDINARY", owners(["89.37", A], ["60.5", D], ["70", X], ["45.13", null]));
    expect(r).toEqual({
      quorate: true,
      passed: false,
      totalArea: "265",
      totalCount: 4,
      participatingArea: "219.87",
      participatingCount: 3,
      agreeArea: "89.37",
      agreeCount: 1,
    });
  });

  it("accepts numbers and strings alike and keeps every decimal digit given", () => {
    const r = run("ORDINARY", owners([89.375, A], ["10", A], ["0.125", A]));
    expect(r.totalArea).toBe("99.5");
    expect(r.agreeArea).toBe("99.5");
  });

  it("adds ten thousand hundredths exactly (no float drift)", () => {
    const dwellings = Array.from({ length: 10_000 }, (_, i) => ({ id: `d${i}`, area: "0.01", vote: A }));
    const r = run("SPECIAL", dwellings);
    expect(r.totalArea).toBe("100");
    expect(r.totalCount).toBe(10_000);
    expect(r.passed).toBe(true);
  });

  it("prints areas below one with a leading zero", () => {
    expect(run("ORDINARY", owners(["0.25", A])).totalArea).toBe("0.25");
  });

  it("decides nothing for an empty scope", () => {
    expect(run("ORDINARY", [])).toEqual({
      quorate: false,
      passed: false,
      totalArea: "0",
      totalCount: 0,
      participatingArea: "0",
      participatingCount: 0,
      agreeArea: "0",
      agreeCount: 0,
    });
    expect(run("SPECIAL", []).passed).toBe(false);
  });

  it("is not quorate when nobody voted", () => {
    const r = run("SPECIAL", owners(["50", null], ["50", null]));
    expect(r).toMatchObject({ quorate: false, passed: false, participatingArea: "0", participatingCount: 0 });
  });
});

describe("tally — quorum: two thirds of the area AND two thirds of the owners", () => {
  it("is quorate at exactly 2/3 of both", () => {
    const r = run("ORDINARY", owners(["100", A], ["100", A], ["100", null]));
    expect(r).toMatchObject({ quorate: true, passed: true, participatingArea: "200", participatingCount: 2 });
  });

  it("is not quorate a hundredth of a m² below 2/3 of the area, though 2/3 of the owners take part", () => {
    const r = run("ORDINARY", owners(["100", A], ["100", A], ["100.01", null]));
    expect(r).toMatchObject({ quorate: false, passed: false, participatingCount: 2, totalCount: 3 });
  });

  it("is quorate a hundredth of a m² above 2/3 of the area", () => {
    const r = run("ORDINARY", owners(["100", A], ["100", A], ["99.99", null]));
    expect(r.quorate).toBe(true);
  });

  it("is not quorate with the area but too few owners (3 of 5)", () => {
    const r = run("ORDINARY", owners(["300", A], ["300", A], ["300", A], ["10", null], ["10", null]));
    expect(r).toMatchObject({ quorate: false, passed: false, participatingCount: 3, totalCount: 5 });
  });

  it("is not quorate with 2 of 4 owners or 5 of 8 owners, and quorate with 3 of 4 and 6 of 9", () => {
    const equal = (voting: number, total: number) =>
      owners(...Array.from({ length: total }, (_, i): [string, TallyVote | null] => ["50", i < voting ? A : null]));
    expect(run("ORDINARY", equal(2, 4)).quorate).toBe(false);
    expect(run("ORDINARY", equal(3, 4)).quorate).toBe(true);
    expect(run("ORDINARY", equal(5, 8)).quorate).toBe(false);
    expect(run("ORDINARY", equal(6, 9)).quorate).toBe(true);
    expect(run("ORDINARY", equal(5, 9)).quorate).toBe(false);
  });

  it("counts abstentions and disagreement toward the quorum", () => {
    const r = run("ORDINARY", owners(["100", A], ["100", D], ["100", X]));
    expect(r).toMatchObject({ quorate: true, participatingCount: 3, participatingArea: "300" });
  });

  it("fails an item that everyone voting agreed on when it is not quorate", () => {
    const r = run("ORDINARY", owners(["10", A], ["10", null], ["10", null]));
    expect(r).toMatchObject({ quorate: false, passed: false, agreeCount: 1 });
  });
});

describe("tally — special matters: three quarters of the participating area AND owners", () => {
  it("passes at exactly 3/4 of both", () => {
    const r = run("SPECIAL", owners(["100", A], ["100", A], ["100", A], ["100", D]));
    expect(r).toMatchObject({ quorate: true, passed: true, agreeCount: 3, participatingCount: 4 });
  });

  it("fails a hundredth of a m² below 3/4 of the area", () => {
    expect(run("SPECIAL", owners(["100", A], ["100", A], ["100", A], ["100.01", D])).passed).toBe(false);
  });

  it("passes a hundredth of a m² above 3/4 of the area", () => {
    expect(run("SPECIAL", owners(["100", A], ["100", A], ["100", A], ["99.99", D])).passed).toBe(true);
  });

  it("fails with the area but too few owners (3 of 5 agree)", () => {
    const r = run("SPECIAL", owners(["200", A], ["200", A], ["200", A], ["10", D], ["10", D]));
    expect(r).toMatchObject({ quorate: true, passed: false, agreeCount: 3, participatingCount: 5 });
    expect(r.agreeArea).toBe("600");
  });

  it("fails with the owners but too little area (6 of 8 owners, under 3/4 of the area)", () => {
    const rows: [string, TallyVote][] = [
      ...Array.from({ length: 6 }, (): [string, TallyVote] => ["10", A]),
      ["100", D],
      ["100", D],
    ];
    const r = run("SPECIAL", owners(...rows));
    expect(r).toMatchObject({ quorate: true, passed: false, agreeCount: 6, participatingCount: 8 });
  });

  it("passes 6 of 8 and 7 of 9 equal owners, fails 6 of 9", () => {
    const split = (agree: number, total: number) =>
      owners(...Array.from({ length: total }, (_, i): [string, TallyVote] => ["50", i < agree ? A : D]));
    expect(run("SPECIAL", split(6, 8)).passed).toBe(true);
    expect(run("SPECIAL", split(7, 9)).passed).toBe(true);
    expect(run("SPECIAL", split(6, 9)).passed).toBe(false);
  });

  it("counts abstentions against agreement (2 agree, 1 abstains: 2/3 < 3/4)", () => {
    expect(run("SPECIAL", owners(["100", A], ["100", A], ["100", X])).passed).toBe(false);
  });

  it("measures the threshold against participants, not all owners", () => {
    // 6 of 9 owners vote (quorate), all 6 agree: 6/9 of everyone, but 6/6 of participants.
    const rows = Array.from({ length: 9 }, (_, i): [string, TallyVote | null] => ["50", i < 6 ? A : null]);
    expect(run("SPECIAL", owners(...rows))).toMatchObject({ quorate: true, passed: true });
  });
});

describe("tally — ordinary matters: more than half of the participating area AND owners", () => {
  it("fails at exactly half of both", () => {
    expect(run("ORDINARY", owners(["100", A], ["100", A], ["100", D], ["100", D])).passed).toBe(false);
  });

  it("fails at exactly half of the area though most owners agree", () => {
    const r = run("ORDINARY", owners(["50", A], ["50", A], ["100", D]));
    expect(r).toMatchObject({
      quorate: true,
      passed: false,
      agreeCount: 2,
      agreeArea: "100",
      participatingArea: "200",
    });
  });

  it("passes a hundredth of a m² above half of the area", () => {
    expect(run("ORDINARY", owners(["50", A], ["50.01", A], ["100", D])).passed).toBe(true);
  });

  it("fails at exactly half of the owners though most of the area agrees", () => {
    expect(run("ORDINARY", owners(["100", A], ["100", A], ["50", D], ["50", D])).passed).toBe(false);
  });

  it("passes 3 of 5 owners", () => {
    expect(run("ORDINARY", owners(["50", A], ["50", A], ["50", A], ["50", D], ["50", D])).passed).toBe(true);
  });

  it("counts abstentions against agreement (1 agrees, 1 abstains)", () => {
    expect(run("ORDINARY", owners(["100", A], ["100", X])).passed).toBe(false);
  });

  it("decides where floating point would not: 0.1 + 0.2 is exactly half of 0.6", () => {
    // In floating point 0.1 + 0.2 > 0.3 and this would wrongly pass.
    const r = run("ORDINARY", owners([0.1, A], [0.2, A], [0.3, D]));
    expect(r).toMatchObject({ quorate: true, passed: false, agreeArea: "0.3", participatingArea: "0.6" });
  });
});

describe("tally — owners of several dwellings (司法解释 第九条)", () => {
  it("counts one owner once while counting all of their area", () => {
    const r = run("ORDINARY", [
      { id: "a", area: "80", ownerKey: "o1", vote: A },
      { id: "b", area: "90", ownerKey: "o1", vote: A },
      { id: "c", area: "100", vote: D },
    ]);
    expect(r).toMatchObject({
      totalCount: 2,
      totalArea: "270",
      participatingCount: 2,
      agreeCount: 1,
      agreeArea: "170",
      // 1 of 2 owners is not more than half, though 2 of 3 dwellings agreed.
      passed: false,
    });
  });

  it("applies an owner's one vote to all their dwellings, including those without a vote", () => {
    const r = run("ORDINARY", [
      { id: "a", area: "80", ownerKey: "o1", vote: A },
      { id: "b", area: "90", ownerKey: "o1" },
      { id: "c", area: "100", vote: null },
    ]);
    expect(r).toMatchObject({ participatingArea: "170", participatingCount: 1, agreeArea: "170", agreeCount: 1 });
    expect(r.quorate).toBe(false); // 1 of 2 owners
  });

  it("keeps a large owner from making the quorum alone", () => {
    const dwellings: TallyDwelling[] = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `big${i}`, area: "100", ownerKey: "big", vote: A })),
      { id: "s1", area: "10" },
      { id: "s2", area: "10" },
    ];
    const r = run("ORDINARY", dwellings);
    expect(r).toMatchObject({ totalCount: 3, participatingCount: 1, quorate: false });
  });

  it("refuses one owner voting differently on two dwellings", () => {
    expect(() =>
      run("ORDINARY", [
        { id: "a", area: "80", ownerKey: "o1", vote: A },
        { id: "b", area: "90", ownerKey: "o1", vote: D },
      ]),
    ).toThrow(TallyInputError);
    expect(() =>
      run("ORDINARY", [
        { id: "a", area: "80", ownerKey: "o1", vote: X },
        { id: "b", area: "90", ownerKey: "o1" },
        { id: "c", area: "90", ownerKey: "o1", vote: A },
      ]),
    ).toThrow(/o1/);
  });

  it("treats a missing, null or empty owner key as an owner of their own", () => {
    const r = run("ORDINARY", [
      { id: "a", area: "10", vote: A },
      { id: "b", area: "10", ownerKey: null, vote: A },
      { id: "c", area: "10", ownerKey: "", vote: D },
    ]);
    expect(r.totalCount).toBe(3);
  });

  it("does not confuse an owner key with another dwelling's id", () => {
    const r = run("ORDINARY", [
      { id: "a", area: "10", vote: A },
      { id: "b", area: "10", ownerKey: "a", vote: D },
    ]);
    expect(r.totalCount).toBe(2);
  });

  it("reaches 3/4 of owners only by counting owners, not dwellings", () => {
    // 4 owners: o1 (3 dwellings) and three single owners; o1 + two singles agree = 3/4 owners.
    const r = run("SPECIAL", [
      { id: "a", area: "50", ownerKey: "o1", vote: A },
      { id: "b", area: "50", ownerKey: "o1", vote: A },
      { id: "c", area: "50", ownerKey: "o1", vote: A },
      { id: "d", area: "50", vote: A },
      { id: "e", area: "50", vote: A },
      { id: "f", area: "50", vote: D },
    ]);
    expect(r).toMatchObject({ totalCount: 4, agreeCount: 3, agreeArea: "250", participatingArea: "300", passed: true });
  });
});

describe("tally — invalid input", () => {
  const bad = (area: unknown) => () => run("ORDINARY", [{ id: "a", area: area as string, vote: A }]);

  it.each(["", "abc", "-1", "1e3", "1,5", ".5", "5.", " ", "0", "0.00", "+3"])("refuses the area %j", (area) => {
    expect(bad(area)).toThrow(TallyInputError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -5, 0, 1e21, 1e-7])("refuses the number %s", (area) => {
    expect(bad(area)).toThrow(TallyInputError);
  });

  it("refuses a missing area", () => {
    expect(bad(undefined)).toThrow(TallyInputError);
  });

  it("accepts surrounding spaces in a decimal string", () => {
    expect(run("ORDINARY", [{ id: "a", area: " 12.5 ", vote: A }]).totalArea).toBe("12.5");
  });

  it("refuses a dwelling listed twice", () => {
    expect(() =>
      run("ORDINARY", [
        { id: "a", area: "10", vote: A },
        { id: "a", area: "10", vote: A },
      ]),
    ).toThrow(/twice/);
  });

  it("refuses unknown votes and matter types", () => {
    expect(() => run("ORDINARY", [{ id: "a", area: "10", vote: "YES" as TallyVote }])).toThrow(TallyInputError);
    expect(() => run("MAYBE" as MatterType, [])).toThrow(TallyInputError);
  });
});

describe("tally — agrees with a brute-force rational reference", () => {
  // Integer areas in hundredths keep the reference exact in plain numbers.
  function reference(matter: MatterType, rows: { area: number; vote: TallyVote | null }[]) {
    const total = rows.reduce((s, r) => s + r.area, 0);
    const part = rows.filter((r) => r.vote);
    const partArea = part.reduce((s, r) => s + r.area, 0);
    const agree = part.filter((r) => r.vote === A);
    const agreeArea = agree.reduce((s, r) => s + r.area, 0);
    const quorate = part.length > 0 && 3 * partArea >= 2 * total && 3 * part.length >= 2 * rows.length;
    const passed =
      quorate &&
      (matter === "SPECIAL"
        ? 4 * agreeArea >= 3 * partArea && 4 * agree.length >= 3 * part.length
        : 2 * agreeArea > partArea && 2 * agree.length > part.length);
    return { quorate, passed };
  }

  it("on 2,000 random small ballots that sit near the boundaries", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const votes: (TallyVote | null)[] = [A, A, A, D, X, null];
    const areas = [5000, 5000, 10000, 7500, 2500, 5001];
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
    for (let n = 0; n < 2_000; n++) {
      const size = 1 + Math.floor(random() * 9);
      const matter: MatterType = random() < 0.5 ? "SPECIAL" : "ORDINARY";
      // Few distinct areas make exact ties common.
      const rows = Array.from({ length: size }, () => ({
        area: pick(areas),
        vote: pick(votes),
      }));
      const got = tally({
        matter,
        dwellings: rows.map((r, i) => ({ id: `d${i}`, area: (r.area / 100).toFixed(2), vote: r.vote })),
      });
      expect({ quorate: got.quorate, passed: got.passed }).toEqual(reference(matter, rows));
    }
  });
});
