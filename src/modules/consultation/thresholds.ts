// What an open ballot still lacks, per item: how many more owners and how much more area must take
// part to reach the 2/3 participation thresholds, and how many more agreeing owners and how much
// more agreeing area (among those who took part so far) the passing thresholds need — 3/4 for a
// special matter, more than 1/2 for an ordinary one (民法典 第二百七十八条). Pure and exact: it reads
// the counts of the tally (owners counted once by ownerRef there) and works on scaled integers.
import type { MatterType, TallyResult } from "./tally";

type Gap = { have: string; need: string; missing: string; met: boolean };
type CountGap = { have: number; need: number; missing: number; met: boolean };

export type ThresholdGaps = {
  participation: { met: boolean; owners: CountGap; area: Gap & { total: string } };
  /** Among the owners who took part so far; `met` needs somebody to have taken part. */
  passing: { met: boolean; owners: CountGap; area: Gap };
  /** Participation and passing both met: what the tally at closing would decide on these votes. */
  passed: boolean;
};

type Counts = Pick<
  TallyResult,
  "totalArea" | "totalCount" | "participatingArea" | "participatingCount" | "agreeArea" | "agreeCount"
>;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

function digits(text: string): number {
  const m = DECIMAL.exec(text);
  if (!m) throw new Error(`not a decimal area: ${text}`);
  return (m[2] ?? "").length;
}

function scaled(text: string, scale: number): bigint {
  const [whole, fraction = ""] = text.split(".");
  return BigInt(whole + fraction.padEnd(scale, "0"));
}

function formatFixed(value: bigint, scale: number): string {
  if (scale === 0) return value.toString();
  const d = value.toString().padStart(scale + 1, "0");
  return `${d.slice(0, -scale)}.${d.slice(-scale)}`;
}

/** Smallest x with x·den ≥ whole·num (at least num/den of whole). */
const ceilShare = (whole: bigint, num: bigint, den: bigint) => (whole * num + den - 1n) / den;
/** Smallest x with x·den > whole·num (more than num/den of whole). */
const aboveShare = (whole: bigint, num: bigint, den: bigint) => (whole * num) / den + 1n;

export function thresholdGaps(matter: MatterType, r: Counts): ThresholdGaps {
  // Areas are shown at m² with two decimals (the register's precision), more if the data has more.
  const scale = Math.max(2, digits(r.totalArea), digits(r.participatingArea), digits(r.agreeArea));
  const total = scaled(r.totalArea, scale);
  const part = scaled(r.participatingArea, scale);
  const agree = scaled(r.agreeArea, scale);
  const count = (have: number, need: bigint): CountGap => {
    const n = Number(need);
    return { have, need: n, missing: Math.max(0, n - have), met: have >= n };
  };
  const area = (have: bigint, need: bigint): Gap => ({
    have: formatFixed(have, scale),
    need: formatFixed(need, scale),
    missing: formatFixed(need > have ? need - have : 0n, scale),
    met: have >= need,
  });

  const pOwners = count(r.participatingCount, ceilShare(BigInt(r.totalCount), 2n, 3n));
  const pArea = area(part, ceilShare(total, 2n, 3n));
  const participationMet = r.totalCount > 0 && r.participatingCount > 0 && pOwners.met && pArea.met;

  const needOwners =
    matter === "SPECIAL"
      ? ceilShare(BigInt(r.participatingCount), 3n, 4n)
      : aboveShare(BigInt(r.participatingCount), 1n, 2n);
  const needArea = matter === "SPECIAL" ? ceilShare(part, 3n, 4n) : aboveShare(part, 1n, 2n);
  const aOwners = count(r.agreeCount, needOwners);
  const aArea = area(agree, needArea);
  const passingMet = r.participatingCount > 0 && aOwners.met && aArea.met;

  return {
    participation: { met: participationMet, owners: pOwners, area: { ...pArea, total: formatFixed(total, scale) } },
    passing: { met: passingMet, owners: aOwners, area: aArea },
    passed: participationMet && passingMet,
  };
}

/** The gaps in words, Chinese: "还差 2 户、35.20 m² 达到参与门槛" / "同意还差 1 户 / 12.00 m² 达到通过门槛". */
export function gapSentences(g: ThresholdGaps): { participation: string; passing: string } {
  if (g.participation.owners.need === 0) return { participation: "本事项没有应参与表决的住户", passing: "—" };
  const parts = (owners: CountGap, area: Gap, sep: string) =>
    [owners.missing > 0 ? `${owners.missing} 户` : null, area.met ? null : `${area.missing} m²`]
      .filter(Boolean)
      .join(sep);
  const participation = g.participation.met
    ? "已达到参与门槛(三分之二)"
    : `还差 ${parts(g.participation.owners, g.participation.area, "、")} 达到参与门槛`;
  const passing =
    g.participation.owners.have === 0
      ? "尚无人表决"
      : g.passing.met
        ? "同意已达到通过门槛"
        : `同意还差 ${parts(g.passing.owners, g.passing.area, " / ")} 达到通过门槛`;
  return { participation, passing };
}

export function gapSentencesEn(g: ThresholdGaps): { participation: string; passing: string } {
  if (g.participation.owners.need === 0)
    return { participation: "Nobody is entitled to vote on this item", passing: "—" };
  const parts = (owners: CountGap, area: Gap, sep: string) =>
    [owners.missing > 0 ? `${owners.missing} owner(s)` : null, area.met ? null : `${area.missing} m²`]
      .filter(Boolean)
      .join(sep);
  const participation = g.participation.met
    ? "Participation threshold (2/3) reached"
    : `${parts(g.participation.owners, g.participation.area, ", ")} short of the participation threshold`;
  const passing =
    g.participation.owners.have === 0
      ? "Nobody has voted yet"
      : g.passing.met
        ? "Agreement reaches the passing threshold"
        : `Agreement ${parts(g.passing.owners, g.passing.area, " / ")} short of the passing threshold`;
  return { participation, passing };
}
