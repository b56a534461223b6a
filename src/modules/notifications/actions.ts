"use server";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { MarkReadInput, OpenNotificationInput } from "./schema";

const ROLES = ["ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT", "RESIDENT"] as const;

/** Marks one of the actor's notifications, or all of their unread ones, as read. */
export const markNotificationsRead = defineAction({
  name: "notification.markRead",
  input: MarkReadInput,
  roles: [...ROLES],
  authorize: async ({ actor, input, tx }) => {
    if (!input.notificationId) return null;
    // Someone else's notification is "not found", like every out-of-scope record.
    const own = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: actor.id },
      select: { id: true },
    });
    if (!own) throw new NotFoundError();
    return own;
  },
  run: async ({ actor, input, tx, audit }) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: new Date() },
    });
    await audit({
      action: "notification.markRead",
      entityType: "Notification",
      entityId: input.notificationId ?? "all",
      after: { count },
    });
    return { count };
  },
  revalidate: () => ["/notifications", "/resident"],
});

/**
 * Opening a notice (its "去投票" / "查看" button): marks it read and answers where it points, so
 * the page can send the reader there. Only one's own; the link is the stored one, never the client's.
 */
export const openNotification = defineAction({
  name: "notification.open",
  input: OpenNotificationInput,
  roles: [...ROLES],
  authorize: async ({ actor, input, tx }) => {
    const own = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: actor.id },
      select: { id: true, link: true, readAt: true },
    });
    if (!own) throw new NotFoundError();
    return own;
  },
  run: async ({ actor, tx, scope, audit }) => {
    if (!scope.readAt) {
      await tx.notification.updateMany({
        where: { id: scope.id, userId: actor.id, readAt: null },
        data: { readAt: new Date() },
      });
      await audit({
        action: "notification.markRead",
        entityType: "Notification",
        entityId: scope.id,
        after: { count: 1, opened: true },
      });
    }
    return { link: scope.link };
  },
  revalidate: () => ["/notifications", "/resident"],
});
