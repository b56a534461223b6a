import { z } from "zod";

export const ResetResidentPasswordInput = z.object({
  userId: z.string().min(1).max(64),
  identityChecked: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { message: "请先在社区当面核验本人身份证件,并勾选确认 / Check the resident's ID card in person first, and tick the box" }),
  ),
});
