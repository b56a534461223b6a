import { describe, expect, it } from "vitest";
import { databaseUnavailable } from "./database-errors";

describe("databaseUnavailable", () => {
  it("recognises a connection ended by the server, a closed socket and an unreachable server, wherever in the chain", () => {
    const terminated = {
      code: "P2039",
      meta: { driverAdapterError: { message: "x", cause: { kind: "postgres", originalCode: "57P01" } } },
    };
    expect(databaseUnavailable(terminated)?.code).toBe("UNAVAILABLE");
    expect(databaseUnavailable(new Error("Connection terminated unexpectedly"))?.messageIn("zh")).toBe(
      "数据库连接中断,本次操作未保存。请稍后重试。",
    );
    expect(databaseUnavailable({ cause: { kind: "ConnectionClosed" } })?.code).toBe("UNAVAILABLE");
    expect(databaseUnavailable({ code: "08006" })?.code).toBe("UNAVAILABLE");
  });
  it("calls a transaction that ran out of time busy, and leaves everything else alone", () => {
    expect(databaseUnavailable({ code: "P2028", message: "Transaction API error" })?.messageIn("zh")).toContain(
      "系统繁忙",
    );
    expect(databaseUnavailable({ code: "P2002" })).toBeNull();
    expect(databaseUnavailable(new TypeError("cannot read properties of undefined"))).toBeNull();
    expect(databaseUnavailable(null)).toBeNull();
  });
});
