import { describe, expect, it } from "vitest";
import { describeAccountAudit } from "./audit-text";

describe("an account's audit row in plain words", () => {
  it("names each changed field with its old and new value", () => {
    const text = describeAccountAudit(
      {
        action: "account.update",
        before: {
          displayName: "张伟",
          role: "DISTRICT",
          district: { id: "d1", name: "江北区" },
          streets: [],
          active: true,
        },
        after: {
          displayName: "张伟",
          role: "DISTRICT",
          district: { id: "d1", name: "江北区" },
          streets: [{ id: "s1", name: "观音桥街道" }],
          active: true,
          sessionsEnded: 2,
        },
      },
      "zh",
    );
    expect(text.title).toBe("修改资料");
    expect(text.changes).toEqual(["街道/乡镇:全区 → 观音桥街道", "结束登录会话 2 个"]);
  });

  it("says what a disabled account was", () => {
    const text = describeAccountAudit(
      { action: "account.disable", before: { active: true }, after: { active: false, sessionsEnded: 0 } },
      "zh",
    );
    expect(text).toEqual({ title: "停用账号", changes: ["状态:启用 → 停用"] });
  });

  it("lists what a new account was given", () => {
    const text = describeAccountAudit(
      {
        action: "account.create",
        before: null,
        after: {
          role: "DEPARTMENT",
          displayName: "市市场监管局",
          department: { id: "x", name: "市市场监管局" },
          district: null,
          streets: [],
          phone: null,
        },
      },
      "zh",
    );
    expect(text.changes).toEqual(["角色:市级部门", "姓名/单位:市市场监管局", "市级部门:市市场监管局"]);
  });
});
