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
  OWNER_KEY_SECRET: z
    .string()
    .min(32, "OWNER_KEY_SECRET 至少需要 32 个字符 / OWNER_KEY_SECRET needs at least 32 characters")
    .optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Trust X-Forwarded-For from a reverse proxy for the client address (login throttling). */
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof EnvSchema>;

const PublicUrl = z
  .string()
  .trim()
  .url(
    "PUBLIC_URL 须是完整网址,如 https://renew.example.gov.cn / PUBLIC_URL must be a full address such as https://renew.example.gov.cn",
  )
  .refine(
    (v) => /^https?:\/\//.test(v),
    "PUBLIC_URL 须以 http:// 或 https:// 开头 / PUBLIC_URL must start with http:// or https://",
  );

/**
 * The public address printed on letters and in QR codes (without a trailing slash): PUBLIC_URL,
 * else NEXTAUTH_URL, else http://localhost:$PORT. Never the request's Host header, which a client
 * chooses and a proxy may rewrite.
 */
export function publicUrl(
  source: Partial<Record<"PUBLIC_URL" | "NEXTAUTH_URL" | "PORT", string>> = process.env,
): string {
  const raw =
    source.PUBLIC_URL?.trim() || source.NEXTAUTH_URL?.trim() || `http://localhost:${source.PORT?.trim() || "3000"}`;
  const parsed = PublicUrl.safeParse(raw);
  if (!parsed.success) throw new Error(`配置错误 / Configuration error:\n  - ${parsed.error.issues[0]!.message}`);
  return parsed.data.replace(/\/+$/, "");
}

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
