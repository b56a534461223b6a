import { describe, expect, it } from "vitest";
import { describeHistory } from "./history";

describe("describeHistory", () => {
  it("puts audited changes in plain Chinese", () => {
    expect(describeHistory("project.advanceStage", { stage: "RESERVE" }, { stage: "CONSULTATION", note: "" }).zh).toBe(
      "阶段由“储备”推进到“征求意见”",
    );
    expect(describeHistory("project.setManagementModel", null, { managementModel: "SELF_MANAGEMENT" }).zh).toContain(
      "居民自治管理",
    );
    expect(
      describeHistory(
        "project.updateMilestone",
        { progress: 40 },
        { name: "管网", progress: 100, actualEnd: "2026-11-20T00:00:00.000Z" },
      ).zh,
    ).toBe("更新进度节点“管网”:进度 40% → 100%,实际完成 2026-11-20");
    expect(describeHistory("something.else", null, null).zh).toBe("something.else");
  });
});
