// Splitting the residents' share of a lift's cost among the dwellings of its stairwell unit, by
// floor coefficient × exclusive area. Exact: decimals are read into scaled BigInts, each share is
// the floor of its exact quota, and the fen left over go one each to the largest remainders (ties
// to the earlier dwelling in the input), so the parts always add up to the whole.
// A dwelling whose weight is 0 (floors 1–2 with the default table) never receives a fen.
import { readDecimal, type Scaled } from "@/lib/money";

export type LiftSplitInput = {
  totalFen: number;
  subsidyFen: number;
  coefficients: Record<number, number | string>;
  dwellings: { id: string; floor: number; area: number | string }[];
};

export type LiftSplitResult = { shares: { id: string; fen: number }[] };

/** A refusal of the split, in Chinese and English (`message` carries both). */
export class LiftSplitError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "LiftSplitError";
    this.zh = zh;
    this.en = en;
  }
}

function wholeFen(value: number, zh: string, en: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new LiftSplitError(
      `${zh}应为不小于0的整数(分),收到 ${value}。`,
      `${en} must be a whole number of fen ≥ 0; got ${value}.`,
    );
  return BigInt(value);
}

export function splitLiftCost(input: LiftSplitInput): LiftSplitResult {
  const total = wholeFen(input.totalFen, "电梯费用", "The lift's cost");
  const subsidy = wholeFen(input.subsidyFen, "补助金额", "The subsidy");
  if (subsidy > total) {
    throw new LiftSplitError(
      `补助(${input.subsidyFen} 分)超过电梯费用(${input.totalFen} 分),没有需要居民分摊的金额。`,
      `The subsidy (${input.subsidyFen} fen) exceeds the lift's cost (${input.totalFen} fen).`,
    );
  }
  const amount = total - subsidy;

  const seen = new Set<string>();
  const weights: Scaled[] = input.dwellings.map((d, index) => {
    const where = `第 ${index + 1} 户(${d.id})`;
    const whereEn = `dwelling ${index + 1} (${d.id})`;
    if (seen.has(d.id)) throw new LiftSplitError(`${where}重复出现。`, `${whereEn} appears twice.`);
    seen.add(d.id);
    if (!Number.isInteger(d.floor))
      throw new LiftSplitError(
        `${where}的楼层“${d.floor}”不是整数。`,
        `${whereEn} has floor "${d.floor}", not a whole number.`,
      );
    if (!Object.prototype.hasOwnProperty.call(input.coefficients, d.floor)) {
      throw new LiftSplitError(
        `分摊系数表中没有第 ${d.floor} 层的系数(${where}),请先补充系数表。`,
        `The coefficient table has no coefficient for floor ${d.floor} (${whereEn}); complete the table first.`,
      );
    }
    const coefficient = readDecimal(input.coefficients[d.floor]!);
    if (!coefficient)
      throw new LiftSplitError(
        `第 ${d.floor} 层的系数“${input.coefficients[d.floor]}”不是不小于0的数字。`,
        `The coefficient for floor ${d.floor} ("${input.coefficients[d.floor]}") is not a number ≥ 0.`,
      );
    const area = readDecimal(d.area);
    if (!area)
      throw new LiftSplitError(
        `${where}的面积“${d.area}”不是不小于0的数字。`,
        `${whereEn} has area "${d.area}", not a number ≥ 0.`,
      );
    return { int: coefficient.int * area.int, scale: coefficient.scale + area.scale };
  });

  // Bring every weight to one scale, so they compare and add as integers.
  const scale = Math.max(0, ...weights.map((w) => w.scale));
  const w = weights.map((x) => x.int * 10n ** BigInt(scale - x.scale));
  const sum = w.reduce((a, b) => a + b, 0n);
  if (amount > 0n && sum === 0n) {
    throw new LiftSplitError(
      input.dwellings.length === 0
        ? "该单元没有登记住户,无法分摊。"
        : "该单元所有住户的分摊权重(楼层系数×面积)均为0,无法分摊;请检查系数表或住户面积。",
      input.dwellings.length === 0
        ? "The unit has no dwellings to share the cost."
        : "Every dwelling's weight (floor coefficient × area) is 0, so the cost cannot be shared; check the table or the areas.",
    );
  }
  if (amount === 0n) return { shares: input.dwellings.map((d) => ({ id: d.id, fen: 0 })) };

  const base = w.map((x) => (amount * x) / sum);
  const remainders = w.map((x, index) => ({ index, rem: (amount * x) % sum }));
  let left = amount - base.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  for (const r of remainders) {
    if (left === 0n) break;
    base[r.index]! += 1n;
    left -= 1n;
  }
  return { shares: input.dwellings.map((d, index) => ({ id: d.id, fen: Number(base[index]) })) };
}
