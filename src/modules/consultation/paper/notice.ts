// The figures of the 公示 notice for one item: both counts (owners and area) against both
// thresholds, for taking part (2/3) and for agreeing (3/4 or more than 1/2 of those taking part),
// each threshold stated as the smallest figure that meets it. Exact: areas are integers at the
// figures' own decimal scale (at least 0.01 m², the register's precision), never floats.
import type { MatterType, TallyResult } from "../tally";

export type Threshold = {
  /** What was reached. */
  actual: string;
  /** What the threshold is measured against. */
  of: string;
  /** The smallest figure that meets the threshold. */
  required: string;
  met: boolean;
};

export type NoticeFigures = {
  participation: { owners: Threshold; area: Threshold; rule: "2/3" };
  agreement: { owners: Threshold; area: Threshold; rule: "3/4" | ">1/2" };
  quorate: boolean;
  passed: boolean;
};

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

function scaleOf(...texts: string[]): number {
  return Math.max(2, ...texts.map((t) => (t.includes(".") ? t.length - t.indexOf(".") - 1 : 0)));
}

function toScaled(text: string, scale: number): bigint {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new Error(`not a decimal area: ${text}`);
  return BigInt(m[1]! + (m[2] ?? "").padEnd(scale, "0"));
}

function format(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, "0");
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** Smallest whole (in the scaled unit) x with x/whole ≥ num/den. */
const atLeast = (whole: bigint, num: bigint, den: bigint) => ceilDiv(whole * num, den);
/** Smallest whole x with x/whole > num/den. */
const moreThan = (whole: bigint, num: bigint, den: bigint) => (whole * num) / den + 1n;

function threshold(actual: bigint, of: bigint, required: bigint, show: (v: bigint) => string): Threshold {
  return { actual: show(actual), of: show(of), required: show(required), met: of > 0n && actual >= required };
}

export function noticeFigures(result: TallyResult, matter: MatterType): NoticeFigures {
  const scale = scaleOf(result.totalArea, result.participatingArea, result.agreeArea);
  const area = (t: string) => toScaled(t, scale);
  const showArea = (v: bigint) => format(v, scale);
  const showCount = (v: bigint) => v.toString();
  const total = BigInt(result.totalCount);
  const taking = BigInt(result.participatingCount);
  const agree = BigInt(result.agreeCount);
  const [totalArea, takingArea, agreeArea] = [
    area(result.totalArea),
    area(result.participatingArea),
    area(result.agreeArea),
  ];

  const special = matter === "SPECIAL";
  const pass = (whole: bigint) => (special ? atLeast(whole, 3n, 4n) : moreThan(whole, 1n, 2n));
  const participation = {
    owners: threshold(taking, total, atLeast(total, 2n, 3n), showCount),
    area: threshold(takingArea, totalArea, atLeast(totalArea, 2n, 3n), showArea),
    rule: "2/3" as const,
  };
  const agreement = {
    owners: threshold(agree, taking, pass(taking), showCount),
    area: threshold(agreeArea, takingArea, pass(takingArea), showArea),
    rule: special ? ("3/4" as const) : (">1/2" as const),
  };
  return { participation, agreement, quorate: result.quorate, passed: result.passed };
}
