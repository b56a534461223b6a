import { describe, expect, it } from "vitest";
import { clientAddress, clientIpFrom, CLIENT_IP_HEADER } from "./client-ip";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless the proxy is trusted", () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4", socketAddress: "::ffff:10.0.0.7", trustProxy: false })).toBe(
      "10.0.0.7",
    );
  });

  it("behind a trusted proxy takes the hop the proxy added, not the client-supplied left-most one", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.9", socketAddress: "10.0.0.2", trustProxy: true })).toBe(
      "203.0.113.9",
    );
    expect(
      clientAddress({ forwardedFor: ["6.6.6.6", "203.0.113.10"], socketAddress: "10.0.0.2", trustProxy: true }),
    ).toBe("203.0.113.10");
  });

  it("falls back to the connection when a trusted proxy sent no header", () => {
    expect(clientAddress({ forwardedFor: undefined, socketAddress: "10.0.0.2", trustProxy: true })).toBe("10.0.0.2");
  });
});

describe("clientIpFrom", () => {
  it("reads only the header our server sets", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "10.0.0.7" }))).toBe("10.0.0.7");
  });
});
