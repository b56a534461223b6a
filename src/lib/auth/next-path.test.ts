import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/resident/bind")).toBe("/resident/bind");
    expect(safeNextPath("/district/projects?stage=CONSULTATION")).toBe("/district/projects?stage=CONSULTATION");
  });
  it("refuses other sites, protocol-relative and odd addresses", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      "/login?next=/x",
      "/api/health",
      "/a\nb",
      42,
      null,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBeNull();
    }
  });
});
