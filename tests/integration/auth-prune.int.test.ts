import { describe, expect, it } from "vitest";
import { AUTH_RECORD_RETENTION_DAYS, pruneAuthRecords } from "@/lib/auth/prune";
import { db } from "@/lib/db";
import { createUser } from "../helpers/fixtures";

const day = 24 * 3600_000;

describe("pruning sign-in records", () => {
  it("removes spent counters and records past retention, and keeps everything that can still matter", async () => {
    const now = new Date("2026-12-01T04:00:00Z");
    const old = new Date(now.getTime() - (AUTH_RECORD_RETENTION_DAYS + 1) * day);
    const recent = new Date(now.getTime() - (AUTH_RECORD_RETENTION_DAYS - 1) * day);
    const user = await createUser({ username: "prune.user", role: "COMMISSION" });

    await db.authThrottle.createMany({
      data: [
        { key: "spent", failures: 5, windowEndsAt: new Date(now.getTime() - 1000) },
        { key: "open-window", failures: 5, windowEndsAt: new Date(now.getTime() + 60_000) },
        {
          key: "still-delayed",
          failures: 12,
          windowEndsAt: new Date(now.getTime() - 1000),
          nextAttemptAt: new Date(now.getTime() + 30_000),
        },
        {
          key: "delay-over",
          failures: 12,
          windowEndsAt: new Date(now.getTime() - 1000),
          nextAttemptAt: new Date(now.getTime() - 1000),
        },
      ],
    });
    await db.loginAttempt.createMany({
      data: [
        { username: "prune.user", ip: "10.0.0.1", success: false, at: old },
        { username: "prune.user", ip: "10.0.0.1", success: true, at: recent },
      ],
    });
    const [expiredLongAgo, revokedLongAgo, revokedRecently, open] = await Promise.all([
      db.userSession.create({ data: { userId: user.id, createdAt: old, expiresAt: old }, select: { id: true } }),
      db.userSession.create({
        data: { userId: user.id, createdAt: old, expiresAt: new Date(now.getTime() + day), revokedAt: old },
        select: { id: true },
      }),
      db.userSession.create({
        data: { userId: user.id, createdAt: recent, expiresAt: recent, revokedAt: recent },
        select: { id: true },
      }),
      db.userSession.create({
        data: { userId: user.id, expiresAt: new Date(now.getTime() + day) },
        select: { id: true },
      }),
    ]);

    expect(await pruneAuthRecords(db, now)).toEqual({ throttles: 2, attempts: 1, sessions: 2 });
    expect(
      (await db.authThrottle.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((t) => t.key),
    ).toEqual(["open-window", "still-delayed"]);
    expect(await db.loginAttempt.count({ where: { username: "prune.user" } })).toBe(1);
    const left = new Set(
      (await db.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((s) => s.id),
    );
    expect(left.has(expiredLongAgo.id) || left.has(revokedLongAgo.id)).toBe(false);
    expect(left.has(revokedRecently.id) && left.has(open.id)).toBe(true);

    // A second run finds nothing more.
    expect(await pruneAuthRecords(db, now)).toEqual({ throttles: 0, attempts: 0, sessions: 0 });
  });
});
