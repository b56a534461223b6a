"use server";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { MarkReadInput } from "./schema";

/** Marks one of the actor's notifications, or all of their unread ones, as read. */
export const markNotificationsRead = defineAction({
  name: "notification.markRead",
  input: MarkReadInput,
  roles: ["ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT", "RESIDENT"],
  authorize: async ({ actor, input, tx }) => {
    if (!input.notificationId) return null;
    // Someone else's notification is "not found", like every out-of-scope record.
    const own = await tx.notification.findFirst({ where: { id: input.notificationId, userId: actor.id }, select: { id: true } });
    if (!own) throw new NotFoundError();
    return own;
  },
  run: async ({ actor, input, tx, audit }) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: new Date() },
    });
    await audit({ action: "notification.markRead", entityType: "Notification", entityId: input.notificationId ?? "all", after: { count } });
    return { count };
  },
  revalidate: () => ["/notifications"],
});
