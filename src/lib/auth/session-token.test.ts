import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token";

const secret = "a-test-secret-of-at-least-thirty-two-chars";

describe("decodeSessionToken", () => {
  it("reads the user and session, the same on the second (remembered) read", async () => {
    const raw = await encode({ token: { uid: "u1", sid: "s1", sub: "u1" }, secret, maxAge: 60 });
    expect(await decodeSessionToken(raw, secret)).toEqual({ userId: "u1", sessionId: "s1" });
    expect(await decodeSessionToken(raw, secret)).toEqual({ userId: "u1", sessionId: "s1" });
  });

  it("refuses a token under another secret, even one remembered under the right one", async () => {
    const raw = await encode({ token: { uid: "u2", sid: "s2", sub: "u2" }, secret, maxAge: 60 });
    expect((await decodeSessionToken(raw, secret)).userId).toBe("u2");
    expect(await decodeSessionToken(raw, "another-secret-of-at-least-thirty-two-chars")).toEqual({
      userId: null,
      sessionId: null,
    });
  });

  it("refuses a tampered, an expired and a missing token", async () => {
    const raw = await encode({ token: { uid: "u3", sid: "s3", sub: "u3" }, secret, maxAge: 60 });
    expect(await decodeSessionToken(raw.slice(0, -4) + "AAAA", secret)).toEqual({ userId: null, sessionId: null });
    const expired = await encode({ token: { uid: "u4", sid: "s4", sub: "u4" }, secret, maxAge: -60 });
    expect(await decodeSessionToken(expired, secret)).toEqual({ userId: null, sessionId: null });
    expect(await decodeSessionToken(undefined, secret)).toEqual({ userId: null, sessionId: null });
  });
});
