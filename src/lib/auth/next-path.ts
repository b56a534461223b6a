/**
 * Where to go after signing in: only a path on this site (never `//host` or a full address),
 * so a link cannot send a resident elsewhere after they typed their password.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 300) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f]/.test(value))
    return null;
  if (value.startsWith("/login") || value.startsWith("/api/")) return null;
  return value;
}
