// The default lift cost table a district starts from (and may change): floors 1–2 do not use the
// lift and pay nothing; from floor 3 the coefficient is 0.6 and rises by 0.2 a floor (3: 0.6,
// 4: 0.8, 5: 1.0, 6: 1.2 … 33: 6.6). The table the district saves is what counts.
export const DEFAULT_TOP_FLOOR = 33;

export function defaultLiftCoefficients(topFloor = DEFAULT_TOP_FLOOR): { floor: number; coefficient: string }[] {
  return Array.from({ length: topFloor }, (_, i) => {
    const floor = i + 1;
    // In tenths, to stay exact: 6 tenths at floor 3, +2 tenths per floor.
    const tenths = floor <= 2 ? 0 : 6 + (floor - 3) * 2;
    return { floor, coefficient: `${Math.floor(tenths / 10)}.${tenths % 10}` };
  });
}
