import { describe, expect, it } from "vitest";
import { formFieldErrors, fromFormData, fromSearchParams, newProjectInput, typedOf } from "./new-project-form";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("the new-project form's fields", () => {
  it("makes one line per ticked item with its own figures; a lift line carries its units", () => {
    const input = newProjectInput(
      fromFormData(
        form([
          ["name", "片区改造"],
          ["year", "2027"],
          ["neighborhoodIds", "n1"],
          ["neighborhoodIds", "n2"],
          ["item", "water"],
          ["quantity.water", "3"],
          ["cost.water", "1000"],
          ["item", "lift"],
          ["quantity.lift", "1"],
          ["cost.lift", "300000"],
          ["units.lift", "u1"],
          ["units.lift", "u2"],
          ["quantity.green", "9"],
          ["cost.green", "5"], // not ticked: not a line
        ]),
      ),
    );
    expect(input).toEqual({
      name: "片区改造",
      year: "2027",
      description: "",
      neighborhoodIds: ["n1", "n2"],
      items: [
        { catalogueItemId: "water", quantity: "3", estimatedCost: "1000" },
        { catalogueItemId: "lift", quantity: "1", estimatedCost: "300000", unitIds: ["u1", "u2"] },
      ],
    });
  });

  it("a lift whose units are ticked counts as chosen even without its own box", () => {
    const input = newProjectInput(fromSearchParams({ "units.lift": ["u1"], "quantity.lift": "1", "cost.lift": "5" }));
    expect(input.items).toEqual([{ catalogueItemId: "lift", quantity: "1", estimatedCost: "5", unitIds: ["u1"] }]);
  });

  it("puts the action's errors at the line's own fields", () => {
    const input = newProjectInput(fromSearchParams({ item: ["water", "lift"] }));
    expect(
      formFieldErrors(
        {
          "items.1.unitIds": ["请选择楼栋和至少一个单元"],
          "items.0.estimatedCost": ["金额"],
          items: ["至少一项"],
          name: ["名称"],
        },
        input,
      ),
    ).toEqual({
      "units.lift": ["请选择楼栋和至少一个单元"],
      "cost.water": ["金额"],
      items: ["至少一项"],
      name: ["名称"],
    });
  });

  it("keeps what was typed, repeated fields joined, nothing else", () => {
    expect(
      typedOf(
        fromSearchParams({ name: "甲", item: ["a", "b"], "units.lift": ["u1", "u2"], $ACTION_ID_x: "", other: "z" }),
      ),
    ).toEqual({ name: "甲", item: "a,b", "units.lift": "u1,u2" });
  });
});
