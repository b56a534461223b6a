// The cache's own rules, with a stamp under the test's control; tests/integration/dashboards-cache
// checks it against the real database and the real actions.
import { describe, expect, it } from "vitest";
import { FiguresCache, type FiguresStamp } from "./figures-cache";

const at = (version: number): FiguresStamp => ({ version: BigInt(version), changedAt: new Date(0) });

describe("FiguresCache", () => {
  it("serves a view from memory while the stamp stands and loads again when it moves", async () => {
    const cache = new FiguresCache();
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get("a", at(1), load)).toBe(1);
    expect(await cache.get("a", at(1), load)).toBe(1);
    expect(await cache.get("a", at(2), load)).toBe(2);
    expect(await cache.get("b", at(2), load)).toBe(3);
    expect(cache.loads).toBe(3);
  });

  it("shares one load between concurrent requests", async () => {
    const cache = new FiguresCache();
    let n = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++n), 5));
    expect(
      await Promise.all([
        cache.get("a", at(1), load),
        cache.get("a", at(1), load),
        cache.get("a", Promise.resolve(at(1)), load),
      ]),
    ).toEqual([1, 1, 1]);
    expect(n).toBe(1);
  });

  it("does not let a slow load of an older stamp replace a newer one", async () => {
    const cache = new FiguresCache();
    expect(await cache.get("a", at(5), async () => "v5")).toBe("v5");
    // A request that read stamp 4 before the write still gets fresh data of its own...
    expect(await cache.get("a", at(4), async () => "v4-late")).toBe("v4-late");
    // ...but the entry stays the newer one.
    expect(await cache.get("a", at(5), async () => "reloaded")).toBe("v5");
  });

  it("never keeps a failed load, and loads without caching when there is no stamp", async () => {
    const cache = new FiguresCache();
    await expect(cache.get("a", at(1), async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", at(1), async () => "ok")).toBe("ok");
    let n = 0;
    await cache.get("b", null, async () => ++n);
    await cache.get("b", null, async () => ++n);
    expect(n).toBe(2);
  });

  it("keeps at most its bound, dropping the least recently used", async () => {
    const cache = new FiguresCache(2);
    await cache.get("a", at(1), async () => "a");
    await cache.get("b", at(1), async () => "b");
    await cache.get("a", at(1), async () => "a2"); // a is now the most recent
    await cache.get("c", at(1), async () => "c"); // drops b
    expect(await cache.get("a", at(1), async () => "a3")).toBe("a");
    expect(await cache.get("b", at(1), async () => "b2")).toBe("b2");
  });
});
