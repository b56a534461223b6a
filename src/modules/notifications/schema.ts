import { z } from "zod";

export const MarkReadInput = z.object({
  /** One notification, or all of the actor's unread ones when absent. */
  notificationId: z.string().min(1).max(64).optional(),
});
