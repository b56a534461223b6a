import { describe, expect, it } from "vitest";
import { cleanAddress, hasUnsafeText } from "./text-safety";

describe("hasUnsafeText", () => {
  it("finds NUL, lone surrogates and control characters", () => {
    for (const bad of ["a\u0000b", "x\uD800", "\uDC00y", "bell\u0007", "\u001B[31m"])
      expect(hasUnsafeText(bad), JSON.stringify(bad)).toBe(true);
  });
  it("accepts Chinese, emoji pairs, tabs and line breaks", () => {
    for (const good of ["枇杷山正街小区 3-2", "👍🏻 好", "第一行\n第二行\r\n\t缩进", ""])
      expect(hasUnsafeText(good), good).toBe(false);
  });
});

describe("cleanAddress", () => {
  it("decodes a normal address and refuses NUL, broken UTF-8 and broken escapes", () => {
    expect(cleanAddress("/district/neighborhoods?q=%E6%9E%87%E6%9D%B7")).toBe("/district/neighborhoods?q=枇杷");
    expect(cleanAddress("/district/neighborhoods?q=a%00b")).toBeNull();
    expect(cleanAddress("/district/projects/%ED%A0%80")).toBeNull();
    expect(cleanAddress("/x?q=%E0%A4%A")).toBeNull();
  });
});
