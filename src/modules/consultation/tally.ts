// The owners' decision rule of 民法典 第二百七十八条, with the headcount of 最高人民法院《关于审理
// 建筑物区分所有权纠纷案件适用法律若干问题的解释》第九条 (one owner of several dwellings counts once).
// Pure and exact: areas are parsed from decimal text into integers at a common scale and every
// comparison is a cross-multiplication of integers, so no floating point ever decides a vote.
import { formatFixed, readDecimal, type Scaled } from "@/lib/money";

export type MatterType = "SPECIAL" | "ORDINARY";
export type TallyVote = "AGREE" | "DISAGREE" | "ABSTAIN";

export type TallyDwelling = {
  id: string;
  /** Exclusive (专有部分) area in m², as decimal text ("89.37") or a number. */
  area: string | number;
  /** Dwellings sharing a key belong to one owner; missing means the dwelling is its own owner. */
  ownerKey?: string | null;
  vote?: TallyVote | null;
};

export type TallyInput = { matter: MatterType; dwellings: readonly TallyDwelling[] };

export type TallyResult = {
  quorate: boolean;
  passed: boolean;
  totalArea: string;
  totalCount: number;
  participatingArea: string;
  participatingCount: number;
  agreeArea: string;
  agreeCount: number;
};

/** Raised for input the rule cannot decide on (bad area, duplicate dwelling, split owner vote). */
export class TallyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TallyInputError";
  }
}

export function tally(input: TallyInput): TallyResult {
  if (input.matter !== "SPECIAL" && input.matter !== "ORDINARY") {
    throw new TallyInputError(`unknown matter type: ${String(input.matter)}`);
  }
  const parsed = input.dwellings.map((d) => ({ ...d, scaled: areaOf(d) }));
  const scale = Math.max(0, ...parsed.map((d) => d.scaled.scale));

  const seen = new Set<string>();
  const owners = new Map<string, { area: bigint; vote: TallyVote | null; firstVoter: string | null }>();
  for (const d of parsed) {
    if (seen.has(d.id)) throw new TallyInputError(`dwelling ${d.id} appears twice`);
    seen.add(d.id);
    if (d.vote != null && d.vote !== "AGREE" && d.vote !== "DISAGREE" && d.vote !== "ABSTAIN") {
      throw new TallyInputError(`dwelling ${d.id} has an unknown vote: ${String(d.vote)}`);
    }
    // Prefixes keep an owner key from colliding with a dwelling id used as its own owner.
    const key = d.ownerKey ? `owner:${d.ownerKey}` : `dwelling:${d.id}`;
    const owner = owners.get(key) ?? { area: 0n, vote: null, firstVoter: null };
    owner.area += d.scaled.int * 10n ** BigInt(scale - d.scaled.scale);
    if (d.vote != null) {
      if (owner.vote != null && owner.vote !== d.vote) {
        throw new TallyInputError(
          `owner ${d.ownerKey} votes ${owner.vote} on dwelling ${owner.firstVoter} but ${d.vote} on dwelling ${d.id}`,
        );
      }
      owner.vote = d.vote;
      owner.firstVoter ??= d.id;
    }
    owners.set(key, owner);
  }

  let totalArea = 0n;
  let participatingArea = 0n;
  let agreeArea = 0n;
  let participatingCount = 0;
  let agreeCount = 0;
  for (const owner of owners.values()) {
    totalArea += owner.area;
    // The owner's one vote covers all of their dwellings' area in scope (第九条).
    if (owner.vote == null) continue;
    participatingArea += owner.area;
    participatingCount += 1;
    if (owner.vote === "AGREE") {
      agreeArea += owner.area;
      agreeCount += 1;
    }
  }
  const totalCount = owners.size;

  // Nobody in scope, or nobody voting: nothing can be decided.
  const quorate =
    totalCount > 0 &&
    participatingCount > 0 &&
    atLeast(participatingArea, totalArea, 2n, 3n) &&
    atLeast(BigInt(participatingCount), BigInt(totalCount), 2n, 3n);

  const passed =
    quorate &&
    (input.matter === "SPECIAL"
      ? atLeast(agreeArea, participatingArea, 3n, 4n) && atLeast(BigInt(agreeCount), BigInt(participatingCount), 3n, 4n)
      : moreThan(agreeArea, participatingArea, 1n, 2n) &&
        moreThan(BigInt(agreeCount), BigInt(participatingCount), 1n, 2n));

  return {
    quorate,
    passed,
    totalArea: format(totalArea, scale),
    totalCount,
    participatingArea: format(participatingArea, scale),
    participatingCount,
    agreeArea: format(agreeArea, scale),
    agreeCount,
  };
}

/** part / whole ≥ num / den, exactly. */
function atLeast(part: bigint, whole: bigint, num: bigint, den: bigint): boolean {
  return part * den >= whole * num;
}

/** part / whole > num / den, exactly. */
function moreThan(part: bigint, whole: bigint, num: bigint, den: bigint): boolean {
  return part * den > whole * num;
}

function areaOf(d: TallyDwelling): Scaled {
  if (typeof d.area === "number" && !Number.isFinite(d.area))
    throw new TallyInputError(`dwelling ${d.id} has a non-finite area`);
  if (typeof d.area !== "number" && typeof d.area !== "string")
    throw new TallyInputError(`dwelling ${d.id} has no area`);
  // A number is read by its shortest text, e.g. 89.37 → "89.37"; exponent forms (tiny or huge
  // numbers) are refused rather than guessed at.
  const scaled = readDecimal(d.area);
  if (!scaled) throw new TallyInputError(`dwelling ${d.id} has an invalid area: ${String(d.area)}`);
  if (scaled.int === 0n) throw new TallyInputError(`dwelling ${d.id} has a zero area`);
  return scaled;
}

/** Scaled integer → shortest decimal text ("120.5", "98", "0.25"). */
function format(value: bigint, scale: number): string {
  return formatFixed(value, scale, { grouping: false, trim: true });
}
