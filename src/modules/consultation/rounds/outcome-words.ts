// What an item's result means for the works, in the plain words a resident reads on the ballot
// and on their project's page. Pure: the caller passes the item's outcome, its ballot's status
// and the next round (if the district opened one).

type Outcome = "PENDING" | "PASSED" | "FAILED" | "NOT_QUORATE";
type RoundStatus = "DRAFT" | "OPEN" | "CLOSED" | "PUBLISHED" | "FINAL" | "CANCELLED";

export type OutcomeContext = {
  outcome: Outcome;
  ballotStatus: RoundStatus;
  /** The round that re-asks this item, if one was opened. */
  nextRound: { round: number; status: RoundStatus } | null;
};

export type Words = { zh: string; en: string };

const NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 2 → 第二轮 (rounds beyond ten are written in digits). */
export function roundName(round: number): Words {
  const zh = round >= 0 && round <= 10 ? `第${NUMERALS[round]}轮` : `第${round}轮`;
  return { zh, en: `round ${round}` };
}

/** Null while nothing is decided yet (the count has not run). */
export function outcomeMeaning({ outcome, ballotStatus, nextRound }: OutcomeContext): Words | null {
  if (outcome === "PENDING") return null;
  if (outcome === "PASSED") {
    return ballotStatus === "FINAL"
      ? {
          zh: "本项通过,已纳入改造内容,将按计划实施。",
          en: "Passed: it is part of the works and will be carried out as planned.",
        }
      : {
          zh: "本项通过;公示期满、异议答复完毕后纳入改造内容。",
          en: "Passed: it joins the works once the notice period is over and objections are answered.",
        };
  }
  const why: Words =
    outcome === "NOT_QUORATE"
      ? {
          zh: "参与表决的业主人数或专有面积不足三分之二,",
          en: "Fewer than two thirds of the owners (by number or by area) took part, so ",
        }
      : { zh: "同意的业主人数或专有面积未达到通过比例,", en: "Not enough owners (by number or by area) agreed, so " };
  if (nextRound) {
    const name = roundName(nextRound.round);
    const open = nextRound.status === "OPEN" || nextRound.status === "DRAFT";
    return open
      ? {
          zh: `${why.zh}本项未通过,暂不实施;社区已组织${name.zh}征求意见,请参加${name.zh}表决。`,
          en: `${why.en}the item did not pass and will not be built for now; ${name.en} of the consultation is open: please vote in it.`,
        }
      : {
          zh: `${why.zh}本项未通过,暂不实施;是否实施以${name.zh}表决结果为准。`,
          en: `${why.en}the item did not pass and will not be built for now; ${name.en} decides it.`,
        };
  }
  if (ballotStatus === "FINAL") {
    return {
      zh: `${why.zh}本项未通过,不纳入本次改造。`,
      en: `${why.en}the item did not pass and is not part of these works.`,
    };
  }
  return {
    zh: `${why.zh}本项未通过,暂不实施;社区将组织第二轮征求意见。`,
    en: `${why.en}the item did not pass and will not be built for now; the community will hold a second round of consultation.`,
  };
}
