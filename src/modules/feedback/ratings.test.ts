import { describe, expect, it } from "vitest";
import { ratingSummary } from "./ratings";

describe("ratingSummary", () => {
  it("is empty without ratings", () => {
    expect(ratingSummary([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });

  it("averages to one decimal, half up", () => {
    expect(ratingSummary([5, 4]).average).toBe("4.5");
    expect(ratingSummary([5, 4, 4]).average).toBe("4.3"); // 4.333…
    expect(ratingSummary([5, 5, 4]).average).toBe("4.7"); // 4.666…
    expect(ratingSummary([1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]).average).toBe("2.0"); // 1.95 → 2.0
    expect(ratingSummary([5]).average).toBe("5.0");
  });

  it("counts each score", () => {
    expect(ratingSummary([1, 5, 5, 3]).distribution).toEqual([1, 0, 1, 0, 2]);
  });

  it("refuses scores outside 1–5", () => {
    for (const bad of [0, 6, 2.5]) expect(() => ratingSummary([bad])).toThrow(RangeError);
  });
});
