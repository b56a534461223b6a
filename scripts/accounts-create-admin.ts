// npm run accounts:create-admin -- <username> ["显示名称"]
// Creates an administrator with a temporary password, printed once, to be changed at first sign-in.
// Uses DATABASE_URL, or the embedded database like `npm start`.
import { createScriptClient } from "./lib/client";
import { createAdminAccount } from "./lib/create-admin";
import { withDatabase } from "./lib/database";

const [username, displayName] = process.argv.slice(2);
if (!username) {
  console.error('用法 / usage: npm run accounts:create-admin -- <username> ["显示名称"]');
  process.exit(2);
}

try {
  await withDatabase(async ({ url }) => {
    const client = createScriptClient(url);
    try {
      const { temporaryPassword } = await createAdminAccount(client, { username, displayName });
      console.log(`已创建系统管理员 ${username.toLowerCase()} / administrator created.`);
      console.log(
        `临时密码(只显示这一次,首次登录须修改)/ temporary password (shown once, change it at first sign-in):\n\n    ${temporaryPassword}\n`,
      );
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  console.error(`创建失败 / failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
