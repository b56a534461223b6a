import { describe, expect, it } from "vitest";
import { zhText } from "../../../tests/helpers/messages";
import { CreateAccountInput } from "./schema";

const base = { username: "jb.zhang", displayName: "张伟", role: "DISTRICT", districtId: "d1" };

describe("what the administrator may type for an account", () => {
  it("lowercases the username and accepts mobile and landline numbers", () => {
    expect(CreateAccountInput.parse({ ...base, username: " JB.Zhang ", phone: "13800000000" })).toMatchObject({
      username: "jb.zhang",
      phone: "13800000000",
      streetIds: [],
    });
    expect(CreateAccountInput.parse({ ...base, phone: "023-63851234", streetIds: "s1" })).toMatchObject({
      phone: "023-63851234",
      streetIds: ["s1"],
    });
    expect(CreateAccountInput.parse({ ...base, phone: "" }).phone).toBeUndefined();
  });

  it("refuses a bad username, a bad phone and the resident role, each at its field", () => {
    const result = CreateAccountInput.safeParse({ ...base, username: "张三", phone: "12345678901", role: "RESIDENT" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), zhText(i.message)]));
    expect(Object.keys(fields).sort()).toEqual(["phone", "role", "username"]);
    expect(fields.role).toContain("绑定码");
    expect(CreateAccountInput.safeParse({ ...base, username: "ab" }).success).toBe(false);
    expect(CreateAccountInput.safeParse({ ...base, username: "a".repeat(65) }).success).toBe(false);
  });
});
