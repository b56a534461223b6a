import { z } from "zod";

export const UpdateNeighborhoodNotesInput = z.object({
  id: z.string().min(1),
  notes: z.string().max(2000, "备注不能超过 2000 字 / notes may not exceed 2,000 characters"),
  /** The version the user edited; an older one means someone else saved first. */
  version: z.coerce.number().int().min(1),
});

export const NeighborhoodListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  q: z.string().trim().max(50).optional(),
});
