// Prisma CLI configuration. The app itself never reads this: it connects through
// src/lib/db.ts. `prisma generate` needs no database, so the URL may be absent here.
//
// `npm run db:generate` runs `prisma generate` with PRISMA_SCHEMA_ENGINE_BINARY=package.json: the
// CLI makes sure its native schema engine exists before `generate` (and `migrate`, `db`,
// `validate`, `format`, `version`) even though `generate` never runs it, and downloads it from
// binaries.prisma.sh, which machines that only reach the npm registry cannot. Pointing the variable
// at any existing file skips that; it is set for `generate` only, so the stock `prisma migrate`
// on a machine with internet still gets the real engine. See docs/migrations.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
    // Only `prisma migrate diff --from-migrations` needs it named (prisma migrate dev creates and
    // drops its own on the DATABASE_URL server); prisma/migrations.int.test.ts passes one.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
