import { z } from "zod";

export const MarkReadInput = z.object({
  /** One notification, or all of the actor's unread ones when absent. */
  notificationId: z.string().min(1).max(64).optional(),
});

export const OpenNotificationInput = z.object({ notificationId: z.string().min(1).max(64) });

/** Where a plain form returns to: the resident's home page or the notifications page. */
export const ReturnTo = z.enum(["resident", "notifications"]).catch("notifications");
export type ReturnTo = z.infer<typeof ReturnTo>;
export const RETURN_PATHS: Record<ReturnTo, string> = { resident: "/resident", notifications: "/notifications" };
