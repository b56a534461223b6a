import { describe, expect, it, vi } from "vitest";

describe("GET /api/health", () => {
  it("answers 200 with db ok when the database answers", async () => {
    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with db down when it does not", async () => {
    vi.resetModules();
    const saved = process.env.DATABASE_URL;
    // A port nothing listens on.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
    try {
      const { env } = await import("@/lib/env");
      expect(env().DATABASE_URL).toContain(":1/");
      const globalForDb = globalThis as unknown as { renewDb?: unknown };
      const previous = globalForDb.renewDb;
      delete globalForDb.renewDb;
      const { GET } = await import("./route");
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ db: "down" });
      globalForDb.renewDb = previous;
    } finally {
      process.env.DATABASE_URL = saved;
      vi.resetModules();
    }
  });
});
