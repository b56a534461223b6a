// Demo data for the consultation: a second resident account with no dwelling yet, so a binding
// code can be redeemed in a demonstration (e.g. as co-owner of resident.demo's dwelling).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { hashPassword } from "../../src/lib/auth/password";

export const DEMO_UNBOUND_RESIDENT = "resident.neighbor";

export async function ensureConsultationDemo(db: PrismaClient, password: string): Promise<void> {
  const existing = await db.user.findUnique({ where: { username: DEMO_UNBOUND_RESIDENT }, select: { id: true } });
  if (existing) return;
  await db.user.create({
    data: { username: DEMO_UNBOUND_RESIDENT, displayName: "李阿姨(待绑定)", role: "RESIDENT", passwordHash: await hashPassword(password) },
    select: { id: true },
  });
}
