// The address the app sees comes from the connection, not from what a client claims.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "../src/lib/auth/client-ip";
import { recordClientAddress } from "./serve";

let server: Server | null = null;

async function echoServer(trustProxy: boolean): Promise<string> {
  server = createServer((req, res) => {
    recordClientAddress(req, trustProxy);
    res.end(JSON.stringify({ ip: req.headers[CLIENT_IP_HEADER] ?? null, xff: req.headers["x-forwarded-for"] ?? null }));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe("recordClientAddress (real HTTP requests)", () => {
  it("by default ignores a spoofed X-Forwarded-For and a forged client-address header", async () => {
    const url = await echoServer(false);
    const answer = await (
      await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_IP_HEADER]: "7.7.7.7" } })
    ).json();
    expect(answer).toEqual({ ip: "127.0.0.1", xff: null });
  });

  it("behind a trusted proxy takes the right-most hop, the one the proxy added", async () => {
    const url = await echoServer(true);
    const answer = await (await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.5" } })).json();
    expect(answer.ip).toBe("203.0.113.5");
  });
});
