// The dashboards', the roll-up's and the open data's figures, cached in the process and keyed by
// the database's figures stamp (FiguresStamp, bumped by triggers at the commit of every
// transaction that changed a table those figures read — migration figures_stamp).
//
// Why not Next's own cache ("use cache" + cacheTag, or unstable_cache + revalidateTag): those need
// every write to name the tags it invalidates, and the figures are written by far more than the
// actions — the dwelling triggers, the 2,000-row and 5,000-row imports, the monthly jobs, the fill
// script, a restore — and with two app processes behind a proxy the default handler's tags live
// in one process's memory, so a write on one would leave the other's figures stale. The stamp is
// read from the database on each request (one indexed row), so every process sees every writer's
// commit, and a figure is served from memory only while the database says nothing it reads has
// changed: exactly what a direct count says, at the cost of one round trip instead of thirty.
//
// Relative imports and a client parameter (no "server-only"), so scripts and tests can use it.
import type { PrismaClient } from "../generated/prisma/client";

export type FiguresStamp = { version: bigint; changedAt: Date };

type StampClient = Pick<PrismaClient, "figuresStamp">;

/** The stamp as committed now; null if the row is missing (a freshly truncated test database). */
export async function readFiguresStamp(client: StampClient): Promise<FiguresStamp | null> {
  return client.figuresStamp.findUnique({ where: { id: 1 }, select: { version: true, changedAt: true } });
}

type Entry = { version: bigint; value: Promise<unknown> };

/**
 * A bounded map from a view's key (what it shows: year, scope, day) to its figures at a stamp
 * version. Concurrent requests for a missing view share one load. Cached values are shared
 * between requests: callers must not mutate them.
 */
export class FiguresCache {
  private readonly entries = new Map<string, Entry>();
  loads = 0;

  constructor(private readonly maxEntries = 256) {}

  /**
   * The figures of `key` at the stamp `stamp` resolves to. The stamp is read before the figures
   * are loaded, and the bump commits with the change it marks, so a value stored at version v
   * includes every change up to v; any later change raises the version and misses.
   */
  async get<T>(
    key: string,
    stamp: Promise<FiguresStamp | null> | FiguresStamp | null,
    load: () => Promise<T>,
  ): Promise<T> {
    const current = await stamp;
    if (!current) return load();
    const hit = this.entries.get(key);
    if (hit && hit.version === current.version) {
      // Most recently used last, so eviction takes the oldest.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    this.loads++;
    const value = load();
    // A slow load that read an older stamp must not replace a newer one.
    if (!hit || hit.version < current.version) {
      this.entries.delete(key);
      this.entries.set(key, { version: current.version, value });
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      value.catch(() => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      });
    }
    return value;
  }

  clear() {
    this.entries.clear();
  }
}
