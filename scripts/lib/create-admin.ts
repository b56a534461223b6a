// The first administrator of a real installation (the demo `admin` exists only on the embedded
// database). Later officials are created by an administrator at /admin/accounts.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { generateTemporaryPassword, hashPassword } from "../../src/lib/auth/password";

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export async function createAdminAccount(
  client: PrismaClient,
  input: { username: string; displayName?: string },
): Promise<{ id: string; temporaryPassword: string }> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new Error(
      "用户名只能包含小写字母、数字、点、下划线和连字符,3–64 个字符 / the username may contain a–z, 0–9, . _ - (3–64 characters)",
    );
  }
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await client.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username }, select: { id: true } })) {
      throw new Error(`用户名 ${username} 已存在 / the username ${username} is taken`);
    }
    const created = await tx.user.create({
      data: {
        username,
        displayName: input.displayName?.trim() || "系统管理员",
        role: "ADMIN",
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        action: "account.create",
        entityType: "User",
        entityId: created.id,
        after: { username, role: "ADMIN", via: "npm run accounts:create-admin" },
      },
      select: { id: true },
    });
    return created;
  });
  return { id: user.id, temporaryPassword };
}
