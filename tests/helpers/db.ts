// A clean database for each test file: every table emptied, reference data seeded again.
import { seedReference } from "../../prisma/seed/reference";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
    await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
  }
  await seedReference(db as unknown as PrismaClient);
}
