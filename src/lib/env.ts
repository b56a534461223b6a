// Environment, validated once. Missing or malformed settings stop the app with a message that
// says what to set, in Chinese and English.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "缺少 DATABASE_URL(数据库连接串)/ DATABASE_URL is not set" })
    .url("DATABASE_URL 不是有效的连接串 / DATABASE_URL is not a valid URL"),
  AUTH_SECRET: z
    .string({
      error:
        "使用外部数据库时必须设置 AUTH_SECRET(至少 32 个字符的随机串)/ AUTH_SECRET must be set (32+ random characters) when DATABASE_URL points at an external database",
    })
    .min(32, "AUTH_SECRET 至少需要 32 个字符 / AUTH_SECRET needs at least 32 characters"),
  /**
   * Key of the owner register's ID-number hashes. Unset → derived from AUTH_SECRET; set it on its
   * own in production so that rotating AUTH_SECRET does not change every owner's key.
   */
  OWNER_KEY_SECRET: z.string().min(32, "OWNER_KEY_SECRET 至少需要 32 个字符 / OWNER_KEY_SECRET needs at least 32 characters").optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Trust X-Forwarded-For from a reverse proxy for the client address (login throttling). */
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`配置错误 / Configuration error:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
