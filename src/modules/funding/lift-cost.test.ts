import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLiftCoefficients } from "./default-coefficients";
import { LiftSplitError, splitLiftCost } from "./lift-cost";

const DEFAULT = Object.fromEntries(defaultLiftCoefficients().map((c) => [c.floor, c.coefficient]));

describe("splitLiftCost", () => {
  it("splits by coefficient × area, with the subsidy deducted first", () => {
    const { shares } = splitLiftCost({
      totalFen: 450_000_00,
      subsidyFen: 150_000_00,
      coefficients: { 1: 0, 2: "0", 3: "0.6", 4: 0.8 },
      dwellings: [
        { id: "a", floor: 1, area: "80" },
        { id: "b", floor: 2, area: 80 },
        { id: "c", floor: 3, area: "100" },
        { id: "d", floor: 4, area: "75" },
      ],
    });
    // weights 0, 0, 60, 60 → half each of 300 000 yuan
    expect(shares).toEqual([
      { id: "a", fen: 0 },
      { id: "b", fen: 0 },
      { id: "c", fen: 150_000_00 },
      { id: "d", fen: 150_000_00 },
    ]);
  });

  it("gives the left-over fen to the largest remainders, ties to the earlier dwelling", () => {
    const { shares } = splitLiftCost({
      totalFen: 100,
      subsidyFen: 0,
      coefficients: { 3: 1 },
      dwellings: ["x", "y", "z"].map((id) => ({ id, floor: 3, area: "50.00" })),
    });
    expect(shares.map((s) => s.fen)).toEqual([34, 33, 33]);
    const reversed = splitLiftCost({
      totalFen: 100,
      subsidyFen: 0,
      coefficients: { 3: 1 },
      dwellings: ["z", "y", "x"].map((id) => ({ id, floor: 3, area: "50.00" })),
    });
    expect(reversed.shares).toEqual([
      { id: "z", fen: 34 },
      { id: "y", fen: 33 },
      { id: "x", fen: 33 },
    ]);
    // Not by index when the remainders differ: 2/3 of 1 fen beats 1/3.
    expect(
      splitLiftCost({
        totalFen: 1,
        subsidyFen: 0,
        coefficients: { 3: 1, 4: 2 },
        dwellings: [
          { id: "a", floor: 3, area: 1 },
          { id: "b", floor: 4, area: 1 },
        ],
      }).shares,
    ).toEqual([
      { id: "a", fen: 0 },
      { id: "b", fen: 1 },
    ]);
  });

  it("is deterministic: the same input gives the same parts", () => {
    const input = {
      totalFen: 1_234_567,
      subsidyFen: 1_001,
      coefficients: DEFAULT,
      dwellings: Array.from({ length: 18 }, (_, i) => ({ id: `d${i}`, floor: 1 + Math.floor(i / 2), area: "66.66" })),
    };
    expect(splitLiftCost(input)).toEqual(splitLiftCost(structuredClone(input)));
  });

  // The default table in tenths (floor 3: 6, +2 a floor), and areas in hundredths: the exact weights
  // the split must honour, and the parts they give, computed here without the code under test.
  const tenths = (floor: number) => (floor <= 2 ? 0n : BigInt(6 + (floor - 3) * 2));
  /** Largest remainder, written plainly: each quota rounded down, the fen left over to the largest remainders, ties to the earlier. */
  function reference(weights: bigint[], amount: bigint): bigint[] {
    const sum = weights.reduce((a, b) => a + b, 0n);
    const parts = weights.map((w) => (amount * w) / sum);
    let left = amount - parts.reduce((a, b) => a + b, 0n);
    const order = weights
      .map((w, i) => ({ i, rem: (amount * w) % sum }))
      .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
    for (const { i } of order) if (left-- > 0n) parts[i]! += 1n;
    return parts;
  }
  /** Problems with a split of `amount`: parts not summing to it, negative, paid by floors 1–2, or not the largest-remainder parts. */
  function splitProblems(dwellings: { id: string; floor: number; area: string | number }[], amount: bigint): string[] {
    const { shares } = splitLiftCost({ totalFen: Number(amount), subsidyFen: 0, coefficients: DEFAULT, dwellings });
    const weights = dwellings.map((d) => tenths(d.floor) * BigInt(Math.round(Number(d.area) * 100)));
    const problems: string[] = [];
    if (shares.map((s) => s.id).join() !== dwellings.map((d) => d.id).join()) problems.push("order");
    if (shares.reduce((total, s) => total + BigInt(s.fen), 0n) !== amount) problems.push("sum");
    const expected = reference(weights, amount);
    for (const [i, s] of shares.entries()) {
      const fen = BigInt(s.fen);
      if (!Number.isSafeInteger(s.fen) || fen < 0n) problems.push(`${s.id}: ${s.fen} is not whole fen ≥ 0`);
      if (dwellings[i]!.floor <= 2 && fen !== 0n) problems.push(`${s.id}: floor ${dwellings[i]!.floor} pays`);
      if (fen !== expected[i]) problems.push(`${s.id}: ${s.fen} fen, largest remainder gives ${expected[i]}`);
    }
    return problems;
  }

  it("always adds up exactly to cost − subsidy, in the largest-remainder parts (property, fixed seed)", () => {
    const dwelling = fc.record({
      floor: fc.integer({ min: 1, max: 33 }),
      cents: fc.integer({ min: 2_000, max: 17_000 }),
      asText: fc.boolean(),
    });
    const split = fc.record({
      dwellings: fc.array(dwelling, { minLength: 1, maxLength: 40 }),
      // Small totals make remainders and ties common; large ones test the scale.
      totalFen: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 100_000_000_000 })),
      subsidyPermille: fc.integer({ min: 0, max: 1_000 }),
    });
    fc.assert(
      fc.property(split, ({ dwellings, totalFen, subsidyPermille }) => {
        const rows = dwellings.map((d, i) => ({
          id: `d${i}`,
          // At least one dwelling above the second floor, so some weight is positive.
          floor: i === 0 ? Math.max(3, d.floor) : d.floor,
          area: d.asText ? (d.cents / 100).toFixed(2) : d.cents / 100,
        }));
        const subsidyFen = Math.floor((totalFen * subsidyPermille) / 1_000);
        const { shares } = splitLiftCost({ totalFen, subsidyFen, coefficients: DEFAULT, dwellings: rows });
        expect(shares.reduce((sum, s) => sum + s.fen, 0)).toBe(totalFen - subsidyFen);
        expect(splitProblems(rows, BigInt(totalFen - subsidyFen))).toEqual([]);
      }),
      { seed: 278, numRuns: 200 },
    );
  });

  it("holds at the edges: one fen among many, nothing to pay, the largest total, one payer", () => {
    const equal = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, floor: 3, area: "66.66" }));
    expect(splitProblems(equal, 1n)).toEqual([]);
    expect(
      splitLiftCost({ totalFen: 1, subsidyFen: 0, coefficients: DEFAULT, dwellings: equal })
        .shares.filter((s) => s.fen > 0)
        .map((s) => s.id),
    ).toEqual(["e0"]);
    expect(
      splitLiftCost({ totalFen: 5_000, subsidyFen: 5_000, coefficients: DEFAULT, dwellings: equal }).shares.every(
        (s) => s.fen === 0,
      ),
    ).toBe(true);
    const mixed = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      floor: 1 + (i % 33),
      area: (20 + i * 3.37).toFixed(2),
    }));
    expect(splitProblems(mixed, BigInt(Number.MAX_SAFE_INTEGER))).toEqual([]);
    expect(
      splitProblems(
        [
          { id: "top", floor: 33, area: "150.00" },
          { id: "ground", floor: 1, area: "150.00" },
        ],
        123_456_789n,
      ),
    ).toEqual([]);
  });

  it("lets floors 1–2 pay nothing with the default table", () => {
    expect(DEFAULT[1]).toBe("0.0");
    expect(DEFAULT[2]).toBe("0.0");
    expect(DEFAULT[3]).toBe("0.6");
    expect(DEFAULT[6]).toBe("1.2");
    expect(DEFAULT[33]).toBe("6.6");
    const { shares } = splitLiftCost({
      totalFen: 999_999,
      subsidyFen: 0,
      coefficients: DEFAULT,
      dwellings: [1, 2, 3, 4, 5, 6].map((floor) => ({ id: `f${floor}`, floor, area: "70.5" })),
    });
    expect(shares.slice(0, 2).map((s) => s.fen)).toEqual([0, 0]);
    expect(shares.slice(2).every((s, i, all) => i === 0 || s.fen > all[i - 1]!.fen)).toBe(true);
  });

  it("refuses a floor missing from the table, naming it", () => {
    expect(() =>
      splitLiftCost({
        totalFen: 100,
        subsidyFen: 0,
        coefficients: { 3: 1 },
        dwellings: [
          { id: "a", floor: 3, area: 1 },
          { id: "b", floor: 7, area: 1 },
        ],
      }),
    ).toThrow(/第 7 层.*floor 7/);
  });

  it("refuses invalid input with a clear message", () => {
    const ok = { totalFen: 100, subsidyFen: 0, coefficients: { 3: 1 }, dwellings: [{ id: "a", floor: 3, area: 1 }] };
    expect(() => splitLiftCost({ ...ok, subsidyFen: 101 })).toThrow(/补助.*超过/);
    expect(() => splitLiftCost({ ...ok, totalFen: -1 })).toThrow(LiftSplitError);
    expect(() => splitLiftCost({ ...ok, totalFen: 1.5 })).toThrow(/整数/);
    expect(() => splitLiftCost({ ...ok, coefficients: { 3: "-0.5" } })).toThrow(/系数/);
    expect(() => splitLiftCost({ ...ok, dwellings: [{ id: "a", floor: 3, area: "九十" }] })).toThrow(/面积/);
    expect(() =>
      splitLiftCost({
        ...ok,
        dwellings: [
          { id: "a", floor: 3, area: 1 },
          { id: "a", floor: 3, area: 1 },
        ],
      }),
    ).toThrow(/重复/);
    expect(() => splitLiftCost({ ...ok, dwellings: [{ id: "a", floor: 2.5, area: 1 }] })).toThrow(/楼层/);
  });

  it("refuses when every weight is zero but something is to be paid; zero to pay gives zeros", () => {
    const ground = [
      { id: "a", floor: 1, area: "80" },
      { id: "b", floor: 2, area: "80" },
    ];
    expect(() => splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: DEFAULT, dwellings: ground })).toThrow(
      /均为0/,
    );
    expect(splitLiftCost({ totalFen: 100, subsidyFen: 100, coefficients: DEFAULT, dwellings: ground }).shares).toEqual([
      { id: "a", fen: 0 },
      { id: "b", fen: 0 },
    ]);
    expect(() => splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: DEFAULT, dwellings: [] })).toThrow(
      /没有登记住户/,
    );
  });
});
