import { describe, expect, it } from "vitest";
import { excerpt, noticeText, renderNotice } from "./notice-text";

const params = {
  ballotTitle: "2026年改造内容表决",
  projectName: "枇杷山正街小区改造",
  opensAt: "2026-12-01T01:00:00.000Z",
  closesAt: "2026-12-10T10:00:00.000Z",
};

describe("the words of a resident's notice", () => {
  it("says in plain Chinese what to do and until when, in Beijing time", () => {
    const t = noticeText("BALLOT_OPENED", params, "zh");
    expect(t.title).toBe("请您投票:2026年改造内容表决");
    expect(t.body).toContain("2026/12/10 18:00");
    expect(t.body).toContain("每户一票");
    expect(t.linkLabel).toBe("去投票");
  });

  it("has English for every kind", () => {
    const ascii = {
      ballotTitle: "Vote 2026",
      projectName: "Pipashan",
      opensAt: params.opensAt,
      closesAt: params.closesAt,
      previousClosesAt: params.opensAt,
      noticeEndsAt: "2026-12-20T15:59:00.000Z",
      stage: "CONSTRUCTION" as const,
      response: "Checked",
      reason: "Rain",
    };
    for (const kind of [
      "BALLOT_OPENED",
      "BALLOT_CLOSING",
      "BALLOT_EXTENDED",
      "RESULT_PUBLISHED",
      "OBJECTION_ANSWERED",
      "PROJECT_STAGE_CHANGED",
    ] as const) {
      const en = noticeText(kind, ascii, "en");
      // No Chinese left in the English words (the names here are ASCII).
      expect(`${en.title} ${en.body} ${en.linkLabel}`).not.toMatch(/[\u4e00-\u9fff]/u);
      expect(noticeText(kind, ascii, "zh").title).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(noticeText("PROJECT_STAGE_CHANGED", { projectName: "P", stage: "CONSTRUCTION" }, "en").title).toContain(
      "Construction",
    );
    expect(noticeText("PROJECT_STAGE_CHANGED", { projectName: "P", stage: "CONSTRUCTION" }, "zh").title).toContain(
      "施工",
    );
  });

  it("renders a stored notice in the reader's language, and a free-text one as written", () => {
    const row = { kind: "BALLOT_CLOSING" as const, params, title: "还有两天截止投票:2026年改造内容表决", body: "…" };
    expect(renderNotice(row, "en").title).toBe("Two days left to vote: 2026年改造内容表决");
    expect(renderNotice({ kind: null, params: null, title: "部门任务逾期", body: "b" }, "en")).toEqual({
      title: "部门任务逾期",
      body: "b",
      linkLabel: "Open",
    });
    // Facts that no longer parse fall back to the words as sent, never a broken page.
    expect(renderNotice({ ...row, params: { closesAt: "not a date" } }, "zh").title).toBe(row.title);
  });

  it("cuts long answers", () => {
    expect(excerpt("一".repeat(300)).length).toBe(200);
    expect(excerpt("短")).toBe("短");
  });
});
