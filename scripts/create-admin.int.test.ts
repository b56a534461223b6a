import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { authenticate } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { createAdminAccount } from "./lib/create-admin";

const client = db as unknown as PrismaClient;

describe("createAdminAccount", () => {
  it("creates an administrator whose temporary password works once and must be changed", async () => {
    const { id, temporaryPassword } = await createAdminAccount(client, { username: " First.Admin " });
    const user = await db.user.findUniqueOrThrow({
      where: { id },
      select: { username: true, role: true, mustChangePassword: true, passwordHash: true },
    });
    expect(user).toMatchObject({ username: "first.admin", role: "ADMIN", mustChangePassword: true });
    expect(user.passwordHash).not.toContain(temporaryPassword);
    expect(
      await authenticate(db, { username: "first.admin", password: temporaryPassword, ip: "10.0.0.1" }),
    ).toMatchObject({ id, mustChangePassword: true });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "account.create" },
      select: { after: true },
    });
    expect(JSON.stringify(audit.after)).not.toContain(temporaryPassword);
  });

  it("refuses a taken or malformed username and writes nothing", async () => {
    const before = await db.user.count();
    await expect(createAdminAccount(client, { username: "first.admin" })).rejects.toThrow("已存在");
    await expect(createAdminAccount(client, { username: "a b" })).rejects.toThrow("用户名只能包含");
    expect(await db.user.count()).toBe(before);
  });
});
