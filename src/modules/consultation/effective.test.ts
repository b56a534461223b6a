import { describe, expect, it } from "vitest";
import { effectiveVote, tallyInputFor, type DwellingVotes } from "./effective";
import { tally } from "./tally";

const t = (minute: number) => new Date(Date.UTC(2026, 10, 23, 2, minute));

describe("effectiveVote", () => {
  it("counts the online vote when there is no paper form", () => {
    expect(effectiveVote({ online: { choice: "AGREE", at: t(1) }, paper: [] })).toMatchObject({
      choice: "AGREE",
      source: "ONLINE",
    });
  });

  it("lets a paper form win over a later online vote", () => {
    const v = effectiveVote({ online: { choice: "AGREE", at: t(9) }, paper: [{ choice: "DISAGREE", at: t(1) }] });
    expect(v).toMatchObject({ choice: "DISAGREE", source: "PAPER" });
  });

  it("takes the latest of several paper forms", () => {
    const v = effectiveVote({
      online: null,
      paper: [
        { choice: "AGREE", at: t(5) },
        { choice: "ABSTAIN", at: t(7) },
        { choice: "DISAGREE", at: t(6) },
      ],
    });
    expect(v?.choice).toBe("ABSTAIN");
  });

  it("counts a proxy's form over the online vote, and the owner's own form over the proxy's", () => {
    const online = { choice: "AGREE" as const, at: t(9) };
    const proxy = [
      { choice: "DISAGREE" as const, at: t(2) },
      { choice: "ABSTAIN" as const, at: t(4) },
    ];
    expect(effectiveVote({ online, paper: [], proxy })).toEqual({ choice: "ABSTAIN", at: t(4), source: "PROXY" });
    expect(effectiveVote({ online, paper: [{ choice: "AGREE", at: t(1) }], proxy })).toEqual({
      choice: "AGREE",
      at: t(1),
      source: "PAPER",
    });
    expect(effectiveVote({ online: null, paper: [], proxy: [] })).toBeNull();
    // Without proxy forms (a revoked authorisation passes none) the online vote counts again.
    expect(effectiveVote({ online, paper: [], proxy: [] })?.source).toBe("ONLINE");
  });

  it("is nothing when the dwelling did not vote", () => {
    expect(effectiveVote({ online: null, paper: [] })).toBeNull();
  });
});

describe("tallyInputFor", () => {
  const row = (
    id: string,
    ownerRef: string | null,
    online: DwellingVotes["online"],
    paper: DwellingVotes["paper"] = [],
  ): DwellingVotes => ({
    id,
    area: "50",
    ownerRef,
    online,
    paper,
  });

  it("applies an owner's latest vote to all of their dwellings, so the rule can count them once", () => {
    const input = tallyInputFor("ORDINARY", [
      row("a", "o1", { choice: "AGREE", at: t(1) }),
      row("b", "o1", { choice: "DISAGREE", at: t(2) }),
      row("c", "o1", null),
      row("d", null, { choice: "AGREE", at: t(3) }),
    ]);
    expect(input.dwellings.map((d) => d.vote)).toEqual(["DISAGREE", "DISAGREE", "DISAGREE", "AGREE"]);
    const result = tally(input);
    expect(result).toMatchObject({ totalCount: 2, participatingCount: 2, agreeCount: 1, agreeArea: "50" });
  });

  it("resolves an owner by effective votes, so a paper form beats their online vote on another dwelling", () => {
    const input = tallyInputFor("ORDINARY", [
      row("a", "o1", { choice: "AGREE", at: t(9) }),
      row("b", "o1", null, [{ choice: "DISAGREE", at: t(10) }]),
    ]);
    expect(input.dwellings.map((d) => d.vote)).toEqual(["DISAGREE", "DISAGREE"]);
  });

  it("counts a dwelling that voted online, on paper and through a proxy once, with its one effective vote", () => {
    const input = tallyInputFor("ORDINARY", [
      {
        id: "a",
        area: "50",
        ownerRef: null,
        online: { choice: "AGREE", at: t(1) },
        paper: [],
        proxy: [{ choice: "DISAGREE", at: t(2) }],
      },
      {
        id: "b",
        area: "50",
        ownerRef: null,
        online: { choice: "AGREE", at: t(1) },
        paper: [{ choice: "ABSTAIN", at: t(0) }],
        proxy: [{ choice: "DISAGREE", at: t(2) }],
      },
    ]);
    expect(input.dwellings.map((d) => d.vote)).toEqual(["DISAGREE", "ABSTAIN"]);
    expect(tally(input)).toMatchObject({ totalCount: 2, participatingCount: 2, agreeCount: 0 });
  });

  it("leaves dwellings of no registered owner alone", () => {
    const input = tallyInputFor("SPECIAL", [row("a", null, { choice: "AGREE", at: t(1) }), row("b", null, null)]);
    expect(input.dwellings.map((d) => d.vote)).toEqual(["AGREE", null]);
  });
});
