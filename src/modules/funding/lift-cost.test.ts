import { describe, expect, it } from "vitest";
import { defaultLiftCoefficients } from "./default-coefficients";
import { LiftSplitError, splitLiftCost } from "./lift-cost";

const DEFAULT = Object.fromEntries(defaultLiftCoefficients().map((c) => [c.floor, c.coefficient]));

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
    const { shares } = splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: { 3: 1 }, dwellings: ["x", "y", "z"].map((id) => ({ id, floor: 3, area: "50.00" })) });
    expect(shares.map((s) => s.fen)).toEqual([34, 33, 33]);
    const reversed = splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: { 3: 1 }, dwellings: ["z", "y", "x"].map((id) => ({ id, floor: 3, area: "50.00" })) });
    expect(reversed.shares).toEqual([{ id: "z", fen: 34 }, { id: "y", fen: 33 }, { id: "x", fen: 33 }]);
    // Not by index when the remainders differ: 2/3 of 1 fen beats 1/3.
    expect(splitLiftCost({ totalFen: 1, subsidyFen: 0, coefficients: { 3: 1, 4: 2 }, dwellings: [{ id: "a", floor: 3, area: 1 }, { id: "b", floor: 4, area: 1 }] }).shares).toEqual([{ id: "a", fen: 0 }, { id: "b", fen: 1 }]);
  });

  it("is deterministic: the same input gives the same parts", () => {
    const input = { totalFen: 1_234_567, subsidyFen: 1_001, coefficients: DEFAULT, dwellings: Array.from({ length: 18 }, (_, i) => ({ id: `d${i}`, floor: 1 + Math.floor(i / 2), area: "66.66" })) };
    expect(splitLiftCost(input)).toEqual(splitLiftCost(structuredClone(input)));
  });

  it("always adds up exactly to cost − subsidy, with whole fen ≥ 0 (randomised)", { timeout: 60_000 }, () => {
    const random = prng(278);
    for (let round = 0; round < 2000; round++) {
      const floors = 3 + Math.floor(random() * 31);
      const count = 1 + Math.floor(random() * 40);
      const dwellings = Array.from({ length: count }, (_, i) => ({
        id: `d${i}`,
        floor: 1 + Math.floor(random() * floors),
        area: random() < 0.5 ? (20 + random() * 150).toFixed(2) : Math.round((20 + random() * 150) * 100) / 100,
      }));
      // Guarantee at least one dwelling above the second floor, so some weight is positive.
      dwellings[0]!.floor = Math.max(3, dwellings[0]!.floor);
      const totalFen = Math.floor(random() * (random() < 0.2 ? 1000 : 1e11));
      const subsidyFen = Math.floor(random() * totalFen);
      const { shares } = splitLiftCost({ totalFen, subsidyFen, coefficients: DEFAULT, dwellings });
      expect(shares.map((s) => s.id)).toEqual(dwellings.map((d) => d.id));
      expect(shares.reduce((sum, s) => sum + s.fen, 0)).toBe(totalFen - subsidyFen);
      for (const [i, s] of shares.entries()) {
        expect(Number.isInteger(s.fen) && s.fen >= 0).toBe(true);
        if (dwellings[i]!.floor <= 2) expect(s.fen).toBe(0);
      }
    }
  });

  it("lets floors 1–2 pay nothing with the default table", () => {
    expect(DEFAULT[1]).toBe("0.0");
    expect(DEFAULT[2]).toBe("0.0");
    expect(DEFAULT[3]).toBe("0.6");
    expect(DEFAULT[6]).toBe("1.2");
    expect(DEFAULT[33]).toBe("6.6");
    const { shares } = splitLiftCost({ totalFen: 999_999, subsidyFen: 0, coefficients: DEFAULT, dwellings: [1, 2, 3, 4, 5, 6].map((floor) => ({ id: `f${floor}`, floor, area: "70.5" })) });
    expect(shares.slice(0, 2).map((s) => s.fen)).toEqual([0, 0]);
    expect(shares.slice(2).every((s, i, all) => i === 0 || s.fen > all[i - 1]!.fen)).toBe(true);
  });

  it("refuses a floor missing from the table, naming it", () => {
    expect(() => splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: { 3: 1 }, dwellings: [{ id: "a", floor: 3, area: 1 }, { id: "b", floor: 7, area: 1 }] })).toThrow(/第 7 层.*floor 7/);
  });

  it("refuses invalid input with a clear message", () => {
    const ok = { totalFen: 100, subsidyFen: 0, coefficients: { 3: 1 }, dwellings: [{ id: "a", floor: 3, area: 1 }] };
    expect(() => splitLiftCost({ ...ok, subsidyFen: 101 })).toThrow(/补助.*超过/);
    expect(() => splitLiftCost({ ...ok, totalFen: -1 })).toThrow(LiftSplitError);
    expect(() => splitLiftCost({ ...ok, totalFen: 1.5 })).toThrow(/整数/);
    expect(() => splitLiftCost({ ...ok, coefficients: { 3: "-0.5" } })).toThrow(/系数/);
    expect(() => splitLiftCost({ ...ok, dwellings: [{ id: "a", floor: 3, area: "九十" }] })).toThrow(/面积/);
    expect(() => splitLiftCost({ ...ok, dwellings: [{ id: "a", floor: 3, area: 1 }, { id: "a", floor: 3, area: 1 }] })).toThrow(/重复/);
    expect(() => splitLiftCost({ ...ok, dwellings: [{ id: "a", floor: 2.5, area: 1 }] })).toThrow(/楼层/);
  });

  it("refuses when every weight is zero but something is to be paid; zero to pay gives zeros", () => {
    const ground = [{ id: "a", floor: 1, area: "80" }, { id: "b", floor: 2, area: "80" }];
    expect(() => splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: DEFAULT, dwellings: ground })).toThrow(/均为0/);
    expect(splitLiftCost({ totalFen: 100, subsidyFen: 100, coefficients: DEFAULT, dwellings: ground }).shares).toEqual([{ id: "a", fen: 0 }, { id: "b", fen: 0 }]);
    expect(() => splitLiftCost({ totalFen: 100, subsidyFen: 0, coefficients: DEFAULT, dwellings: [] })).toThrow(/没有登记住户/);
  });
});
