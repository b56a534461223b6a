import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, formatBindingCode, generateBindingCode, normalizeBindingCode } from "./codes";

describe("binding codes", () => {
  it("have no look-alike characters and enough entropy", () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThan(58);
  });

  it("are generated from the alphabet at full length, without repeats in practice", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateBindingCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(normalizeBindingCode(code)).toBe(code);
  });

  it("normalise what a resident types", () => {
    expect(normalizeBindingCode(" abcd-efgh jkmn ")).toBe("ABCDEFGHJKMN");
    expect(normalizeBindingCode("ABCD-EFGH-JKM")).toBeNull();
    expect(normalizeBindingCode("ABCD-EFGH-JKM0")).toBeNull();
    expect(normalizeBindingCode("")).toBeNull();
  });

  it("print in groups of four", () => {
    expect(formatBindingCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });
});
