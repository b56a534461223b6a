// Satisfaction scores (1–5) summarised without floating-point drift: the average is kept as an
// exact fraction and printed to one decimal, rounded half up.

export type RatingSummary = {
  count: number;
  average: string | null;
  distribution: [number, number, number, number, number];
};

export function ratingSummary(scores: readonly number[]): RatingSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 1 || s > 5) throw new RangeError(`score out of range: ${s}`);
    distribution[s - 1] = distribution[s - 1]! + 1;
    sum += s;
  }
  if (scores.length === 0) return { count: 0, average: null, distribution };
  // Tenths, rounded half up: floor((10·sum + count/2) / count) with integers only.
  const tenths = Math.floor((20 * sum + scores.length) / (2 * scores.length));
  return { count: scores.length, average: `${Math.floor(tenths / 10)}.${tenths % 10}`, distribution };
}
