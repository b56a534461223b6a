// npm run db:seed: reference data always; demo data for the embedded database or with SEED_DEMO=1.
import { seedDemo } from "../prisma/seed/demo";
import { seedReference } from "../prisma/seed/reference";
import { createScriptClient } from "./lib/client";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async ({ url, embedded }) => {
    const client = createScriptClient(url);
    try {
      await seedReference(client);
      console.log("已写入基础数据 / reference data seeded");
      if (embedded || process.env.SEED_DEMO === "1") {
        const { created } = await seedDemo(client);
        console.log(created ? "已写入演示数据 / demo data seeded" : "演示数据已存在 / demo data already present");
      }
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error(`写入数据失败 / seeding failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
