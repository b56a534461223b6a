import { describe, expect, it } from "vitest";
import { dwellingsWithoutVote, maskPhone } from "./follow-up";

const at = new Date("2026-12-01T02:00:00Z");
const none = (id: string) => ({ id, online: null, paper: [] });

describe("the follow-up list", () => {
  it("counts a proxy's vote as the dwelling's vote", () => {
    const item = [
      { id: "a", online: null, paper: [], proxy: [{ choice: "AGREE" as const, at }] },
      { id: "b", online: null, paper: [], proxy: [] },
    ];
    expect(dwellingsWithoutVote([item])).toEqual(["b"]);
  });

  it("keeps only dwellings with no effective vote on any item", () => {
    const greening = [
      { id: "a", online: { choice: "AGREE" as const, at }, paper: [] },
      { id: "b", online: null, paper: [{ choice: "DISAGREE" as const, at }] },
      none("c"),
      none("d"),
    ];
    // The lift item is put to unit 1 only (a, c); c voted there, so c has voted.
    const lift = [none("a"), { id: "c", online: { choice: "ABSTAIN" as const, at }, paper: [] }];
    expect(dwellingsWithoutVote([greening, lift])).toEqual(["d"]);
    expect(dwellingsWithoutVote([greening])).toEqual(["c", "d"]);
    // A dwelling only in the lift's scope and silent there is listed too.
    expect(dwellingsWithoutVote([[none("e")], greening])).toEqual(["e", "c", "d"]);
    expect(dwellingsWithoutVote([])).toEqual([]);
  });
});

describe("masked phone numbers", () => {
  it("show the first three and last four digits of a mobile number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("138 1234 5678")).toBe("138****5678");
    expect(maskPhone("+86 138-1234-5678")).toBe("138****5678");
    expect(maskPhone("023-6388123")).toBe("******8123");
    expect(maskPhone("12")).toBe("**");
    expect(maskPhone(null)).toBe("");
  });
});
