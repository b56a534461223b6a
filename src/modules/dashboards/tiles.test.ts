import { describe, expect, it } from "vitest";
import { DISTRICTS } from "../../../prisma/seed/districts";
import { DISTRICT_TILES, shortDistrictName, TILE_COLUMNS, TILE_ROWS, tileTone } from "./tiles";

describe("the tile map", () => {
  it("places each of the 38 seeded divisions once, on its own square inside the grid", () => {
    expect(DISTRICT_TILES.map((t) => t.code).sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
    expect(new Set(DISTRICT_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(38);
    for (const t of DISTRICT_TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_COLUMNS);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_ROWS);
    }
  });

  it("shortens names for a small tile", () => {
    expect(shortDistrictName("渝中区")).toBe("渝中");
    expect(shortDistrictName("忠县")).toBe("忠县");
    expect(shortDistrictName("石柱土家族自治县")).toBe("石柱");
    expect(shortDistrictName("大渡口区")).toBe("大渡口");
  });

  it("colours by start rate against the follow-up threshold", () => {
    expect(tileTone(null, 60)).toBe("none");
    expect(tileTone(59.9, 60)).toBe("laggard");
    expect(tileTone(60, 60)).toBe("onTrack");
    expect(tileTone(100, 60)).toBe("done");
    expect(tileTone(0, 0)).toBe("onTrack");
  });
});
