// The tile map of Chongqing's 38 district-level divisions: one square per division, placed on a
// grid that keeps their rough geography (the main urban districts in the middle-west, the
// Three Gorges counties to the north-east, the Wuling mountain counties to the south-east).
// Shipped as data: no map tiles or boundary files are fetched from anywhere.

export type TilePosition = { code: string; col: number; row: number };

export const TILE_COLUMNS = 12;
export const TILE_ROWS = 7;

export const DISTRICT_TILES: readonly TilePosition[] = [
  { code: "500229", col: 9, row: 0 }, // 城口县
  { code: "500154", col: 8, row: 1 }, // 开州区
  { code: "500238", col: 10, row: 1 }, // 巫溪县
  { code: "500155", col: 7, row: 2 }, // 梁平区
  { code: "500101", col: 8, row: 2 }, // 万州区
  { code: "500235", col: 9, row: 2 }, // 云阳县
  { code: "500236", col: 10, row: 2 }, // 奉节县
  { code: "500237", col: 11, row: 2 }, // 巫山县
  { code: "500152", col: 1, row: 3 }, // 潼南区
  { code: "500117", col: 2, row: 3 }, // 合川区
  { code: "500109", col: 3, row: 3 }, // 北碚区
  { code: "500112", col: 4, row: 3 }, // 渝北区
  { code: "500115", col: 5, row: 3 }, // 长寿区
  { code: "500231", col: 6, row: 3 }, // 垫江县
  { code: "500233", col: 7, row: 3 }, // 忠县
  { code: "500240", col: 8, row: 3 }, // 石柱土家族自治县
  { code: "500111", col: 0, row: 4 }, // 大足区
  { code: "500151", col: 1, row: 4 }, // 铜梁区
  { code: "500120", col: 2, row: 4 }, // 璧山区
  { code: "500106", col: 3, row: 4 }, // 沙坪坝区
  { code: "500103", col: 4, row: 4 }, // 渝中区
  { code: "500105", col: 5, row: 4 }, // 江北区
  { code: "500102", col: 6, row: 4 }, // 涪陵区
  { code: "500230", col: 7, row: 4 }, // 丰都县
  { code: "500153", col: 0, row: 5 }, // 荣昌区
  { code: "500118", col: 1, row: 5 }, // 永川区
  { code: "500104", col: 2, row: 5 }, // 大渡口区
  { code: "500107", col: 3, row: 5 }, // 九龙坡区
  { code: "500108", col: 4, row: 5 }, // 南岸区
  { code: "500113", col: 5, row: 5 }, // 巴南区
  { code: "500156", col: 6, row: 5 }, // 武隆区
  { code: "500243", col: 7, row: 5 }, // 彭水苗族土家族自治县
  { code: "500114", col: 8, row: 5 }, // 黔江区
  { code: "500116", col: 2, row: 6 }, // 江津区
  { code: "500110", col: 3, row: 6 }, // 綦江区
  { code: "500119", col: 5, row: 6 }, // 南川区
  { code: "500242", col: 8, row: 6 }, // 酉阳土家族苗族自治县
  { code: "500241", col: 9, row: 6 }, // 秀山土家族苗族自治县
];

/** The name on a small tile: "渝中" for 渝中区, "石柱" for 石柱土家族自治县. */
export function shortDistrictName(name: string): string {
  if (name.endsWith("自治县")) return name.slice(0, 2);
  if (name.length > 2 && (name.endsWith("区") || name.endsWith("县"))) return name.slice(0, -1);
  return name;
}

export type TileTone = "none" | "laggard" | "onTrack" | "done";

/**
 * A tile's colour: grey without an approved plan, red below the commission's follow-up threshold
 * (the same test as the bulletin's laggards), green at or above it, dark green when every planned
 * neighbourhood has started.
 */
export function tileTone(startRatePct: number | null, thresholdPercent: number): TileTone {
  if (startRatePct === null) return "none";
  if (startRatePct < thresholdPercent) return "laggard";
  if (startRatePct >= 100) return "done";
  return "onTrack";
}
