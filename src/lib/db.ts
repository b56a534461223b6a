import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  // Pool size is bounded: the embedded server accepts a fixed number of connections, and a
  // PostgreSQL server's max_connections is shared by every app server in front of it.
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { renewDb?: Db };

export const db: Db = globalForDb.renewDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.renewDb = db;
