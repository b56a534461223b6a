import { z } from "zod";

export const ResetResidentPasswordInput = z.object({
  userId: z.string().min(1).max(64),
  identityChecked: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { message: "validation.residents.checkTheResidentSIDCard" }),
  ),
});
