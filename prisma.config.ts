// Prisma CLI configuration. The app itself never reads this: it connects through
// src/lib/db.ts. `prisma generate` needs no database, so the URL may be absent here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
