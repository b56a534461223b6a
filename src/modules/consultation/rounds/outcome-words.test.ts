import { describe, expect, it } from "vitest";
import { outcomeMeaning, roundName } from "./outcome-words";

describe("outcomeMeaning", () => {
  it("says nothing before the count", () => {
    expect(outcomeMeaning({ outcome: "PENDING", ballotStatus: "OPEN", nextRound: null })).toBeNull();
  });

  it("tells a failed item will not be built for now and that a second round will follow", () => {
    const words = outcomeMeaning({ outcome: "FAILED", ballotStatus: "PUBLISHED", nextRound: null })!;
    expect(words.zh).toContain("本项未通过,暂不实施;社区将组织第二轮征求意见");
    expect(words.zh).toContain("同意");
    const quorum = outcomeMeaning({ outcome: "NOT_QUORATE", ballotStatus: "CLOSED", nextRound: null })!;
    expect(quorum.zh).toContain("不足三分之二");
    expect(quorum.zh).toContain("本项未通过,暂不实施;社区将组织第二轮征求意见");
  });

  it("sends residents to the next round while it is open, and to its result once counted", () => {
    expect(
      outcomeMeaning({ outcome: "NOT_QUORATE", ballotStatus: "FINAL", nextRound: { round: 2, status: "OPEN" } })!.zh,
    ).toContain("社区已组织第二轮征求意见,请参加第二轮表决");
    expect(
      outcomeMeaning({ outcome: "FAILED", ballotStatus: "FINAL", nextRound: { round: 3, status: "PUBLISHED" } })!.zh,
    ).toContain("以第三轮表决结果为准");
  });

  it("distinguishes a passed item under notice from one that binds the works", () => {
    expect(outcomeMeaning({ outcome: "PASSED", ballotStatus: "PUBLISHED", nextRound: null })!.zh).toContain("公示期满");
    expect(outcomeMeaning({ outcome: "PASSED", ballotStatus: "FINAL", nextRound: null })!.zh).toContain(
      "已纳入改造内容",
    );
    expect(outcomeMeaning({ outcome: "FAILED", ballotStatus: "FINAL", nextRound: null })!.zh).toContain(
      "不纳入本次改造",
    );
  });
});

describe("roundName", () => {
  it("writes rounds in Chinese numerals up to ten", () => {
    expect(roundName(2).zh).toBe("第二轮");
    expect(roundName(10).zh).toBe("第十轮");
    expect(roundName(12).zh).toBe("第12轮");
  });
});
