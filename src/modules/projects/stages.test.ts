import { describe, expect, it } from "vitest";
import { zhText } from "../../../tests/helpers/messages";
import { checkTransition, isOverdue, nextStage, type StageFacts } from "./stages";

const ready: StageFacts = {
  neighborhoodCount: 1,
  itemCount: 3,
  proposedItemCount: 0,
  hasPassedDesignReview: true,
  milestoneCount: 2,
  unfinishedMilestoneCount: 0,
  acceptanceDocumentCount: 1,
  hasManagementModel: true,
  pendingSignOffDepartments: [],
};

const reason = (r: ReturnType<typeof checkTransition>) => (r.ok ? "" : zhText(r.reason));

describe("checkTransition", () => {
  it("walks the whole lifecycle when every precondition holds", () => {
    let stage = "RESERVE" as Parameters<typeof nextStage>[0];
    const visited = [stage];
    for (let next = nextStage(stage); next; next = nextStage(stage)) {
      expect(checkTransition(stage, next, ready)).toEqual({ ok: true });
      stage = next;
      visited.push(stage);
    }
    expect(visited).toHaveLength(8);
    expect(nextStage("LONG_TERM")).toBeNull();
  });

  it("never skips or goes back", () => {
    expect(reason(checkTransition("RESERVE", "DESIGN", ready))).toContain("逐阶段推进");
    expect(reason(checkTransition("DESIGN", "CONSULTATION", ready))).toContain("不能跳过或回退");
    expect(reason(checkTransition("DESIGN", "DESIGN", ready))).toContain("已处于");
  });

  it("explains each refusal", () => {
    expect(reason(checkTransition("RESERVE", "CONSULTATION", { ...ready, neighborhoodCount: 0 }))).toContain(
      "尚未关联小区",
    );
    expect(reason(checkTransition("RESERVE", "CONSULTATION", { ...ready, itemCount: 0 }))).toContain("尚无改造内容");
    expect(reason(checkTransition("CONSULTATION", "DESIGN", { ...ready, proposedItemCount: 2 }))).toContain("2 项");
    expect(reason(checkTransition("DESIGN", "APPROVED", { ...ready, hasPassedDesignReview: false }))).toContain(
      "专家评审",
    );
    expect(reason(checkTransition("APPROVED", "CONSTRUCTION", { ...ready, milestoneCount: 0 }))).toContain("进度节点");
    expect(reason(checkTransition("CONSTRUCTION", "ACCEPTANCE", { ...ready, unfinishedMilestoneCount: 1 }))).toContain(
      "1 个进度节点未完成",
    );
    expect(reason(checkTransition("ACCEPTANCE", "COMPLETED", { ...ready, acceptanceDocumentCount: 0 }))).toContain(
      "验收",
    );
    expect(reason(checkTransition("COMPLETED", "LONG_TERM", { ...ready, hasManagementModel: false }))).toContain(
      "长效管理模式",
    );
  });
});

describe("isOverdue", () => {
  const today = new Date("2026-11-29T10:00:00Z");
  it("flags unfinished milestones whose planned day has passed", () => {
    expect(isOverdue({ plannedEnd: new Date("2026-11-28"), actualEnd: null }, today)).toBe(true);
    expect(isOverdue({ plannedEnd: new Date("2026-11-29"), actualEnd: null }, today)).toBe(false);
    expect(isOverdue({ plannedEnd: new Date("2026-11-01"), actualEnd: new Date("2026-11-20") }, today)).toBe(false);
  });
  it("counts days as Chongqing does (UTC+8)", () => {
    // 17:00 UTC on the 29th is already 01:00 on the 30th in Chongqing: the 29th has passed.
    expect(isOverdue({ plannedEnd: new Date("2026-11-29"), actualEnd: null }, new Date("2026-11-29T17:00:00Z"))).toBe(
      true,
    );
  });
});

describe("the joint-acceptance gate", () => {
  it("refuses completion while a required sign-off is open and names the departments once each", () => {
    const r = checkTransition("ACCEPTANCE", "COMPLETED", {
      ...ready,
      pendingSignOffDepartments: ["市市场监管局", "市消防救援总队", "市市场监管局"],
    });
    expect(r.ok).toBe(false);
    expect(reason(r)).toBe("联合验收尚不能完成:市市场监管局、市消防救援总队的验收签认或检验任务尚未办结。");
  });

  it("lets completion through once every sign-off is done, and never blocks the earlier stages", () => {
    expect(checkTransition("ACCEPTANCE", "COMPLETED", ready)).toEqual({ ok: true });
    expect(
      checkTransition("CONSTRUCTION", "ACCEPTANCE", { ...ready, pendingSignOffDepartments: ["市市场监管局"] }),
    ).toEqual({ ok: true });
  });
});
