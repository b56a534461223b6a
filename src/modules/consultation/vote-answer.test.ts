import { describe, expect, it } from "vitest";
import { voteAnswerPath } from "./vote-answer";

describe("voteAnswerPath", () => {
  const form = new FormData();
  form.set("ballotItemId", "i1");
  form.set("dwellingId", "d1");

  it("goes back to the item voted on with the outcome", () => {
    expect(voteAnswerPath("b1", form, { ok: true, data: {} })).toBe("/resident/ballots/b1?ok=voted#item-i1-d1");
    expect(voteAnswerPath("b1", form, { ok: false, code: "RULE_VIOLATION", error: "表决已截止" })).toBe(
      `/resident/ballots/b1?error=${encodeURIComponent("表决已截止")}#item-i1-d1`,
    );
  });

  it("keeps a strange ballot id inside the path and drops the anchor without a form", () => {
    expect(voteAnswerPath("../x?y", null, { ok: false, code: "INVALID_INPUT", error: "e" })).toBe(
      "/resident/ballots/..%2Fx%3Fy?error=e",
    );
  });
});
