import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** How many of the actor's own notifications are unread (the header's badge). */
export function unreadNotificationCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The actor's own notifications, unread first, newest first. A user never sees another's. */
export function notificationsOf(actor: Actor, take = 100) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take,
    select: { id: true, kind: true, params: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

export type NotificationRow = Awaited<ReturnType<typeof notificationsOf>>[number];
