// The gate in front of Next.js, over real HTTP: never more than its limit inside, nobody dropped,
// first come first served, and a slot comes back when an answer ends or its client goes away.
import { createServer, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { admissionGate, admissionLimit } from "./admission";

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A server whose handler holds each answer until the test releases it. */
async function heldServer(limit: number) {
  const held: { path: string; res: ServerResponse }[] = [];
  let most = 0;
  const gate = admissionGate(limit, (req, res) => {
    held.push({ path: req.url!, res });
    most = Math.max(most, gate.inFlight());
  });
  server = createServer(gate);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };
  return { gate, held, base, until, most: () => most };
}

describe("admissionGate", () => {
  it("lets `limit` requests in, queues the rest in arrival order and answers every one", async () => {
    const { gate, held, base, until, most } = await heldServer(2);
    const answers = [1, 2, 3, 4, 5].map((n) => fetch(`${base}/${n}`).then((r) => r.text()));
    await until(() => held.length === 2 && gate.waiting() === 3);
    expect(held.map((h) => h.path)).toEqual(["/1", "/2"]);
    const order: string[] = [];
    while (order.length < 5) {
      await until(() => held.length > 0);
      const { path, res } = held.shift()!;
      order.push(path);
      res.end(`answer ${path}`);
    }
    expect(await Promise.all(answers)).toEqual(["answer /1", "answer /2", "answer /3", "answer /4", "answer /5"]);
    expect(order.slice(2).sort()).toEqual(["/3", "/4", "/5"]);
    expect(most()).toBe(2);
    await until(() => gate.inFlight() === 0);
    expect(gate.waiting()).toBe(0);
  });

  it("gives the slot back when a client goes away, and skips a client that left while waiting", async () => {
    const { gate, held, base, until } = await heldServer(1);
    const first = request(`${base}/gone`);
    first.on("error", () => {});
    first.end();
    await until(() => held.length === 1);
    const second = request(`${base}/gave-up`);
    second.on("error", () => {});
    second.end();
    await until(() => gate.waiting() === 1);
    second.destroy();
    const third = fetch(`${base}/third`).then((r) => r.text());
    await until(() => gate.waiting() === 2);
    first.destroy(); // the held answer's client leaves: its slot returns
    await until(() => held.length === 2);
    expect(held[1]!.path).toBe("/third");
    held[1]!.res.end("ok");
    expect(await third).toBe("ok");
  });
});

describe("admissionLimit", () => {
  it("is MAX_IN_FLIGHT when set, else four per database connection", () => {
    expect(admissionLimit({ MAX_IN_FLIGHT: "12" })).toBe(12);
    expect(admissionLimit({ DB_POOL_MAX: "5" })).toBe(20);
    expect(admissionLimit({})).toBe(40);
    expect(admissionLimit({ MAX_IN_FLIGHT: "0", DB_POOL_MAX: "x" })).toBe(40);
  });
});
