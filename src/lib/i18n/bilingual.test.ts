import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inLocale, zodErrorMap } from "./bilingual";

describe("inLocale", () => {
  it("shows the user's half of a bilingual message", () => {
    expect(inLocale("请填写地址 / address is required", "zh")).toBe("请填写地址");
    expect(inLocale("请填写地址 / address is required", "en")).toBe("address is required");
  });

  it("keeps slashes inside a half", () => {
    const message = "请填写 11 位手机号,或带区号的固定电话(如 023-63851234) / a mobile number or a landline such as 023-63851234";
    expect(inLocale(message, "zh")).toBe("请填写 11 位手机号,或带区号的固定电话(如 023-63851234)");
    expect(inLocale("面积/户数须为正数 / area and households must be positive", "zh")).toBe("面积/户数须为正数");
    expect(inLocale("面积/户数须为正数 / area and households must be positive", "en")).toBe("area and households must be positive");
  });

  it("leaves one-language messages alone", () => {
    expect(inLocale("绑定码不正确", "en")).toBe("绑定码不正确");
    expect(inLocale("Too big / too small", "zh")).toBe("Too big / too small");
  });
});

describe("zodErrorMap", () => {
  it("puts Zod's own messages in the user's language", () => {
    const schema = z.object({ year: z.number() });
    const zh = schema.safeParse({ year: "x" }, { error: zodErrorMap("zh") });
    const en = schema.safeParse({ year: "x" }, { error: zodErrorMap("en") });
    expect(zh.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.error?.issues[0]?.message).toMatch(/^Invalid input/);
  });
});
