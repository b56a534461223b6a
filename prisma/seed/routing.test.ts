import { describe, expect, it } from "vitest";
import { CATALOGUE } from "./catalogue";
import { DEPARTMENTS } from "./departments";
import { ROUTING_RULES } from "./routing";

// The mappings the programme names (department matrix, DESIGN.md): tag → department code.
const NAMED: [string, string][] = [
  ["lift", "scjgj"],
  ["fire", "xfjyzd"],
  ["gas", "jjxxw"],
  ["telecom", "jjxxw"],
  ["power", "nyj"],
  ["barrier_free", "cl"],
  ["elderly", "mzj"],
  ["governance", "mzj"],
  ["water", "csglj"],
  ["greening", "csglj"],
  ["municipal", "csglj"],
  ["security", "gaj"],
  ["heritage", "whlyw"],
  ["environment", "sthjj"],
  ["planning", "ghzrzyj"],
];

describe("seeded routing rules", () => {
  it("cover every mapping the programme names", () => {
    for (const [tag, department] of NAMED) {
      expect(
        ROUTING_RULES.some((r) => r.matchTag === tag && r.department === department),
        `${tag} → ${department}`,
      ).toBe(true);
    }
  });

  it("name real departments, route lifts before joint acceptance, and are unique per department, tag, stage and kind", () => {
    const codes = new Set(DEPARTMENTS.map((d) => d.code));
    for (const r of ROUTING_RULES) expect(codes.has(r.department), r.department).toBe(true);
    const lift = ROUTING_RULES.find((r) => r.matchTag === "lift")!;
    expect(lift).toMatchObject({ department: "scjgj", kind: "INSPECTION", requiredForAcceptance: true });
    expect(["CONSTRUCTION", "ACCEPTANCE"]).toContain(lift.stage);
    const keys = ROUTING_RULES.map((r) => `${r.department}/${r.matchTag}/${r.stage}/${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("every catalogue tag that names a mapped concern is routed somewhere", () => {
    const routed = new Set(ROUTING_RULES.map((r) => r.matchTag));
    const catalogueTags = new Set(CATALOGUE.flatMap((c) => c.tags));
    for (const [tag] of NAMED)
      if (tag !== "heritage") expect(catalogueTags.has(tag), `a catalogue item carries ${tag}`).toBe(true);
    expect([...catalogueTags].filter((t) => routed.has(t)).length).toBeGreaterThanOrEqual(NAMED.length - 1);
  });
});
