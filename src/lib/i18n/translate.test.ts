import { describe, expect, it } from "vitest";
import { z } from "zod";
import { msg, readMessage, ref } from "./message-ref";
import { translateMessage, zodErrorMap } from "./translate";

describe("translateMessage", () => {
  it("puts a key of the catalogues in the reader's language, with its values", () => {
    expect(translateMessage("validation.plans.chooseANeighbourhood", "zh")).toBe("请选择小区");
    expect(translateMessage("validation.plans.chooseANeighbourhood", "en")).toBe("Choose a neighbourhood");
    const exists = msg("errors.plans.planExists", { year: "2026" });
    expect(translateMessage(exists, "zh")).toBe("本区县2026年的年度计划已经存在,每个区县每年只有一份计划。");
    expect(translateMessage(exists, "en")).toBe("Your district already has a 2026 plan.");
  });

  it("translates a value that is a message, picks a value in both languages, and joins a list", () => {
    expect(translateMessage(ref("errors.notFound", { what: ref("errors.things.project") }), "en")).toBe(
      "The project does not exist or you may not see it.",
    );
    const reason = { zh: "晚于2005年底", en: "after 2005" };
    expect(translateMessage(msg("validation.plans.outOfScope", { name: "枇杷山正街小区", reason }), "zh")).toBe(
      "「枇杷山正街小区」不在改造范围内:晚于2005年底",
    );
    expect(translateMessage(msg("validation.plans.outOfScope", { name: "枇杷山正街小区", reason }), "en")).toBe(
      "This neighbourhood is outside the programme's scope: after 2005",
    );
    const list = ref("validation.projects.liftNotAdded", {
      reasons: {
        list: ["validation.projects.aUnitIsChosenTwice", msg("validation.projects.unitHasLift", { unit: "3栋1单元" })],
      },
    });
    expect(translateMessage(list, "zh")).toBe("加装电梯未能添加:同一单元选择了两次;3栋1单元已有电梯,无需加装");
    expect(translateMessage(list, "en")).toBe(
      "The lift was not added: a unit is chosen twice; 3栋1单元 already has a lift",
    );
  });

  it("leaves text that is not a key as it is (Zod's own messages)", () => {
    expect(translateMessage("Invalid input: expected string", "zh")).toBe("Invalid input: expected string");
    expect(readMessage("validation is hard")).toBeNull();
  });

  it("keeps values through the string form a Zod message needs", () => {
    const written = msg("validation.number.range", { label: ref("validation.fields.year"), min: "2019", max: "2035" });
    expect(readMessage(written)).toEqual({
      key: "validation.number.range",
      values: { label: { key: "validation.fields.year" }, min: "2019", max: "2035" },
    });
    expect(translateMessage(written, "zh")).toBe("年份应为 2019–2035 之间的整数");
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
