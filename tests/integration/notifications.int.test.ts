// Notifications (e.g. overdue escalations): each user reads and clears only their own.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/modules/notifications/actions";
import { notificationsOf, unreadNotificationCount } from "@/modules/notifications/queries";
import { createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const users: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  for (const [key, userId, title] of [
    ["y1", users.yuzhong, "部门任务逾期:市政公用设施监管"],
    ["y2", users.yuzhong, "部门任务逾期:供水设施验收"],
    ["j1", users.jiangbei, "部门任务逾期:江北项目"],
  ] as const) {
    ids[key] = (
      await db.notification.create({
        data: { userId: userId!, title, link: "/district/projects" },
        select: { id: true },
      })
    ).id;
  }
});

const actor = (key: string) => loadActor(db, users[key]!);
const unreadOf = (key: string) => db.notification.count({ where: { userId: users[key], readAt: null } });

describe("notifications", () => {
  it("a user sees only their own, unread counted for the header", async () => {
    expect((await notificationsOf(await actor("yuzhong"))).map((n) => n.title).sort()).toEqual([
      "部门任务逾期:供水设施验收",
      "部门任务逾期:市政公用设施监管",
    ]);
    expect(await unreadNotificationCount(await actor("jiangbei"))).toBe(1);
  });

  it("another user's notification cannot be marked read: not found, nothing changed", async () => {
    actAs(users.jiangbei!);
    expect(codeOf(await markNotificationsRead({ notificationId: ids.y1 }))).toBe("NOT_FOUND");
    expect(await unreadOf("yuzhong")).toBe(2);
    expect(await db.auditLog.count({ where: { action: "notification.markRead" } })).toBe(0);
  });

  it("one, then all of one's own are marked read, with an audit row; others' stay unread", async () => {
    actAs(users.yuzhong!);
    expect(await markNotificationsRead({ notificationId: ids.y1 })).toEqual({ ok: true, data: { count: 1 } });
    expect(await unreadOf("yuzhong")).toBe(1);
    expect(await markNotificationsRead({})).toEqual({ ok: true, data: { count: 1 } });
    expect(await unreadOf("yuzhong")).toBe(0);
    expect(await unreadOf("jiangbei")).toBe(1);
    expect(await db.auditLog.count({ where: { action: "notification.markRead", actorId: users.yuzhong } })).toBe(2);
    // Read ones sort after unread ones.
    actAs(users.jiangbei!);
    expect((await notificationsOf(await actor("jiangbei")))[0]!.readAt).toBeNull();
  });

  it("signed out is refused", async () => {
    actAs(null);
    expect(codeOf(await markNotificationsRead({}))).toBe("UNAUTHENTICATED");
    expect(await unreadOf("jiangbei")).toBe(1);
  });
});
