// Runs before each integration test file: points the app's client at the test database, stands
// in for the parts of Next.js that need a live request (session cookie, cache revalidation), and
// gives the file a clean database with the reference data.
import { afterAll, beforeAll, inject, vi } from "vitest";
import { requestContext } from "../helpers/request-context";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
// PGlite behind pglite-socket is one session for all its connections: two pool connections'
// extended-protocol messages can interleave there ("bind message supplies 2 parameters…"), so the
// embedded database gets one connection.
process.env.DB_POOL_MAX ??= inject("embeddedDb") ? "1" : "5";

// Only the session lookup is replaced: who is signed in comes from actAs(); everything the
// action then does (loading the actor, checking scope, writing) runs against the real database.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getRequestContext: async () => requestContext(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

beforeAll(async () => {
  const { resetDatabase } = await import("../helpers/db");
  await resetDatabase();
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
