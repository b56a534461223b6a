import { describe, expect, it } from "vitest";
import { toAuditJson } from "./audit";

describe("toAuditJson", () => {
  it("keeps money and areas exact as strings and never stores secrets", () => {
    expect(
      toAuditJson({
        fen: 12345678901234567n,
        area: "72.25",
        passwordHash: "$argon2id$…",
        code: "500103",
        at: new Date("2026-01-02T03:04:05Z"),
      }),
    ).toEqual({
      fen: "12345678901234567",
      area: "72.25",
      passwordHash: "[redacted]",
      code: "500103",
      at: "2026-01-02T03:04:05.000Z",
    });
    expect(toAuditJson(undefined)).toBeUndefined();
  });
});
