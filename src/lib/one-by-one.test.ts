import { describe, expect, it } from "vitest";
import { oneByOne } from "./one-by-one";

describe("oneByOne", () => {
  it("starts each step only after the last has finished, and answers in the steps' order", async () => {
    const events: string[] = [];
    const step = (name: string, value: number) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setImmediate(resolve));
      events.push(`end ${name}`);
      return value;
    };
    const results = await oneByOne(step("a", 1), step("b", 2), () => "plain");
    expect(results).toEqual([1, 2, "plain"]);
    expect(events).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
